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
import com.google.common.collect.ImmutableMap;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.project.ProjectResource;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigReadPermission;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigVisibility;
import com.googlesource.gerrit.plugins.communityhealth.api.ConfigInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigProblem;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixImport;
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
    // Imported values only for callers who may read the matrix's branch (issue 21.3).
    ImmutableMap<String, MatrixImport> unreadable =
        loaded.policy().matrixImports().stream()
            .filter(i -> !readPermission.canReadImport(resource.getNameKey(), i.ref()))
            .collect(ImmutableMap.toImmutableMap(MatrixImport::feature, i -> i));
    info.sections =
        visibility.visible(hideImports(EffectiveConfig.describe(loaded), unreadable)).stream()
            .map(GetConfig::toInfo)
            .collect(ImmutableList.toImmutableList());
    // Problems quote the file's lines: only for those who may read it.
    if (visibility.full() && !loaded.problems().isEmpty()) {
      info.problems =
          loaded.problems().stream()
              .map(
                  p ->
                      isAbout(p, unreadable)
                          ? ConfigProblem.of(
                                  p.section(),
                                  p.subsection().orElse(null),
                                  p.key().orElse(null),
                                  UNREADABLE_IMPORT)
                              .describe(ProjectPolicy.FILE_NAME)
                          : p.describe(ProjectPolicy.FILE_NAME))
              .distinct()
              .collect(ImmutableList.toImmutableList());
    }
    return Response.ok(info);
  }

  /** Stands for a value, or a problem, from a matrix on a branch the caller may not read. */
  static final String UNREADABLE_IMPORT =
      "imported from a feature matrix on a branch you cannot read";

  /**
   * Replaces each value imported from a branch the caller may not read by {@code hidden}, keeping
   * its source (the matrix reference, which the file itself names): the caller learns that the
   * value comes from there, not what it is.
   */
  private static ImmutableList<EffectiveConfig.Section> hideImports(
      ImmutableList<EffectiveConfig.Section> sections, Map<String, MatrixImport> unreadable) {
    if (unreadable.isEmpty()) {
      return sections;
    }
    ImmutableList.Builder<EffectiveConfig.Section> out = ImmutableList.builder();
    for (EffectiveConfig.Section s : sections) {
      MatrixImport i = s.name().map(unreadable::get).orElse(null);
      if (!s.section().equals("feature") || i == null) {
        out.add(s);
        continue;
      }
      ImmutableMap.Builder<String, EffectiveConfig.Value> values = ImmutableMap.builder();
      s.values()
          .forEach(
              (k, v) ->
                  values.put(
                      k,
                      i.imports(k) && !k.equals("matrix")
                          ? new EffectiveConfig.Value(
                              ConfigVisibility.HIDDEN_SOURCE, i.ref().toString())
                          : v));
      out.add(
          new EffectiveConfig.Section(s.section(), s.name(), s.source(), values.buildOrThrow()));
    }
    return out.build();
  }

  private static boolean isAbout(ConfigProblem p, Map<String, MatrixImport> unreadable) {
    return p.section().equals("feature")
        && p.subsection().map(unreadable::containsKey).orElse(false)
        && p.key().map("matrix"::equals).orElse(false);
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
