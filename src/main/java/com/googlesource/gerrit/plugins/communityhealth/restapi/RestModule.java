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

import static com.google.gerrit.server.change.ChangeResource.CHANGE_KIND;
import static com.google.gerrit.server.config.ConfigResource.CONFIG_KIND;
import static com.google.gerrit.server.project.ProjectResource.PROJECT_KIND;

import com.google.gerrit.extensions.restapi.RestApiModule;

/** Binds the plugin's REST endpoints (each under the {@code community-health~} prefix). */
public class RestModule extends RestApiModule {
  @Override
  protected void configure() {
    get(PROJECT_KIND, "config").to(GetConfig.class);
    get(CHANGE_KIND, "signals").to(GetSignals.class);
    get(PROJECT_KIND, "queue").to(GetProjectQueue.class);
    get(PROJECT_KIND, "metrics").to(GetMetrics.class);
    get(CONFIG_KIND, "queue").to(GetServerQueue.class);
    get(PROJECT_KIND, "features").to(GetFeatures.class);
    get(PROJECT_KIND, "reviewers").to(GetReviewers.class);
    post(CONFIG_KIND, "sweep").to(PostSweep.class);
    post(PROJECT_KIND, "focus-refresh").to(PostFocusRefresh.class);
  }
}
