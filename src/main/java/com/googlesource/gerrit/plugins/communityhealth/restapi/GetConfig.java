// Copyright (C) 2026 The community-health Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.common.collect.ImmutableList;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.project.ProjectResource;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigReadPermission;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigVisibility;
import com.googlesource.gerrit.plugins.communityhealth.api.ConfigInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Handles {@code GET /projects/{project}/community-health~config}: the effective configuration,
 * with where each value came from. Gerrit has already checked that the caller can see the project;
 * how much of the file they see is {@link ConfigVisibility}'s rule (all of it only to those who may
 * read {@code refs/meta/config}).
 */
@Singleton
public class GetConfig implements RestReadView<ProjectResource> {
  private final PolicyLoader policyLoader;
  private final ServerSettings settings;
  private final ConfigReadPermission readPermission;

  @Inject
  GetConfig(
      PolicyLoader policyLoader, ServerSettings settings, ConfigReadPermission readPermission) {
    this.policyLoader = policyLoader;
    this.settings = settings;
    this.readPermission = readPermission;
  }

  @Override
  public Response<ConfigInfo> apply(ProjectResource resource) {
    ConfigVisibility visibility = readPermission.visibility(resource.getNameKey());
    LoadedPolicy loaded = policyLoader.load(resource.getProjectState());
    ConfigInfo info = new ConfigInfo();
    info.project = resource.getName();
    info.enabled = settings.enabled();
    info.sections =
        visibility.visible(EffectiveConfig.describe(loaded)).stream()
            .map(GetConfig::toInfo)
            .collect(ImmutableList.toImmutableList());
    // Problems quote the file's lines: only for those who may read it.
    if (visibility.full() && !loaded.problems().isEmpty()) {
      info.problems =
          loaded.problems().stream()
              .map(p -> p.describe(ProjectPolicy.FILE_NAME))
              .collect(ImmutableList.toImmutableList());
    }
    return Response.ok(info);
  }

  private static ConfigInfo.SectionInfo toInfo(EffectiveConfig.Section s) {
    ConfigInfo.SectionInfo info = new ConfigInfo.SectionInfo();
    info.section = s.section();
    info.name = s.name().orElse(null);
    info.source = s.source();
    Map<String, ConfigInfo.ValueInfo> values = new LinkedHashMap<>();
    s.values()
        .forEach(
            (k, v) -> {
              ConfigInfo.ValueInfo vi = new ConfigInfo.ValueInfo();
              vi.value = v.value();
              vi.source = v.source();
              values.put(k, vi);
            });
    info.values = values;
    return info;
  }
}
