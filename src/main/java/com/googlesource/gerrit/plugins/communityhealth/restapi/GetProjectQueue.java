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

import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.project.ProjectResource;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.api.QueueInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import java.util.Optional;

/**
 * Handles {@code GET /projects/{project}/community-health~queue}: the project's open changes ranked
 * for review. Not a singleton: the paging options are per request.
 */
public class GetProjectQueue extends QueuePaging implements RestReadView<ProjectResource> {
  private final ServerSettings settings;
  private final ReviewQueue queue;

  @Inject
  GetProjectQueue(ServerSettings settings, ReviewQueue queue) {
    this.settings = settings;
    this.queue = queue;
  }

  @Override
  public Response<QueueInfo> apply(ProjectResource resource) throws Exception {
    PluginSwitch.checkEnabled(settings);
    checkPaging();
    return Response.ok(queue.rank(Optional.of(resource.getNameKey()), start(), limit()));
  }
}
