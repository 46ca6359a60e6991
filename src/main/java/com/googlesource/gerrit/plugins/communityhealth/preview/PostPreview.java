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

package com.googlesource.gerrit.plugins.communityhealth.preview;

import com.google.gerrit.extensions.restapi.AuthException;
import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestModifyView;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.ProjectPermission;
import com.google.gerrit.server.project.ProjectResource;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigReadPermission;
import com.googlesource.gerrit.plugins.communityhealth.api.PreviewInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.restapi.PluginSwitch;
import java.util.Map;

/**
 * Handles {@code POST /projects/{project}/community-health~preview}: what a {@code
 * community-health.config} text would change on the project's open changes the caller can see.
 * Project owners and administrators only (those who may change the configuration); anonymous
 * callers are turned away by Gerrit itself, as for any POST.
 *
 * <p>The body is checked field by field, as {@code ~sweep}'s is: a misspelt field must not preview
 * an empty text.
 */
@Singleton
public class PostPreview implements RestModifyView<ProjectResource, JsonObject> {
  static final String CONFIG = "config";

  private final PermissionBackend permissionBackend;
  private final ConfigPreviewer previewer;
  private final ConfigReadPermission configRead;
  private final ServerSettings settings;

  @Inject
  PostPreview(
      PermissionBackend permissionBackend,
      ConfigPreviewer previewer,
      ConfigReadPermission configRead,
      ServerSettings settings) {
    this.permissionBackend = permissionBackend;
    this.previewer = previewer;
    this.configRead = configRead;
    this.settings = settings;
  }

  @Override
  public Response<PreviewInfo> apply(ProjectResource resource, JsonObject body) throws Exception {
    PluginSwitch.checkEnabled(settings);
    try {
      permissionBackend
          .currentUser()
          .project(resource.getNameKey())
          .check(ProjectPermission.WRITE_CONFIG);
    } catch (AuthException e) {
      throw new AuthException("only project owners and administrators may preview a configuration");
    }
    String text = parse(body);
    ConfigPreviewer.Outcome outcome =
        previewer.preview(
            resource.getNameKey(),
            text,
            new ConfigPreviewer.Viewer(
                permissionBackend.currentUser(),
                false,
                configRead.visibility(resource.getNameKey())));
    if (!outcome.errors().isEmpty()) {
      throw new BadRequestException(
          "invalid " + ProjectPolicy.FILE_NAME + ":\n" + String.join("\n", outcome.errors()));
    }
    return Response.ok(PreviewSummary.json(outcome.result().orElseThrow()));
  }

  /** The {@code config} field: the only one, and a string. */
  static String parse(JsonObject body) throws BadRequestException {
    String text = null;
    if (body != null) {
      for (Map.Entry<String, JsonElement> field : body.entrySet()) {
        String name = field.getKey();
        if (!name.equals(CONFIG)) {
          throw new BadRequestException(
              "unknown field '"
                  + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                  + "'; the only field is "
                  + CONFIG);
        }
        JsonElement value = field.getValue();
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
          throw new BadRequestException(CONFIG + " must be the text of the file, as a string");
        }
        text = value.getAsString();
      }
    }
    if (text == null) {
      throw new BadRequestException(
          "missing field '" + CONFIG + "': the whole text of " + ProjectPolicy.FILE_NAME);
    }
    return text;
  }
}
