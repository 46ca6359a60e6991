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

import com.google.gerrit.extensions.restapi.AuthException;
import com.google.gerrit.extensions.restapi.ResourceConflictException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestModifyView;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.permissions.ProjectPermission;
import com.google.gerrit.server.project.ProjectResource;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.api.FocusRefreshInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.signals.LearnedFocusStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Handles {@code POST /projects/{project}/community-health~focus-refresh}: learns the project's
 * focus areas from their linked changes now, instead of after the next change update, and answers
 * per area how many linked changes it learned from. For project owners (those who may change the
 * project's configuration).
 */
@Singleton
public class PostFocusRefresh implements RestModifyView<ProjectResource, JsonObject> {
  private final PermissionBackend permissionBackend;
  private final LearnedFocusStore store;
  private final ServerSettings settings;

  @Inject
  PostFocusRefresh(
      PermissionBackend permissionBackend, LearnedFocusStore store, ServerSettings settings) {
    this.permissionBackend = permissionBackend;
    this.store = store;
    this.settings = settings;
  }

  @Override
  public Response<FocusRefreshInfo> apply(ProjectResource resource, JsonObject body)
      throws AuthException, PermissionBackendException, ResourceConflictException {
    permissionBackend
        .currentUser()
        .project(resource.getNameKey())
        .check(ProjectPermission.WRITE_CONFIG);
    PluginSwitch.checkEnabled(settings);
    LearnedFocusStore.Refresh refresh = store.refresh(resource.getNameKey());
    FocusRefreshInfo info = new FocusRefreshInfo();
    info.changes = refresh.changes();
    info.tookMs = refresh.took().toMillis();
    List<FocusRefreshInfo.AreaInfo> areas = new ArrayList<>();
    refresh
        .linked()
        .forEach(
            (name, count) -> {
              FocusRefreshInfo.AreaInfo a = new FocusRefreshInfo.AreaInfo();
              a.name = name;
              a.linkedChanges = count;
              a.tookMs = info.tookMs;
              areas.add(a);
            });
    info.areas = areas;
    return Response.ok(info);
  }
}
