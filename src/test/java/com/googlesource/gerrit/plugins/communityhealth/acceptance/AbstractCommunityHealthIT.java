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

package com.googlesource.gerrit.plugins.communityhealth.acceptance;

import static com.google.gerrit.acceptance.GitUtil.fetch;

import com.google.gerrit.acceptance.LightweightPluginDaemonTest;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestPlugin;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import org.eclipse.jgit.junit.TestRepository;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;

/**
 * Base of the acceptance tests: a real in-process Gerrit with the plugin installed through its
 * real {@code PluginModule} and {@code HttpModule}.
 */
@TestPlugin(
    name = "community-health",
    sysModule = "com.googlesource.gerrit.plugins.communityhealth.module.PluginModule",
    httpModule = "com.googlesource.gerrit.plugins.communityhealth.module.HttpModule")
public abstract class AbstractCommunityHealthIT extends LightweightPluginDaemonTest {
  protected static final String PLUGIN = "community-health";

  /** Pushes {@code text} as the project's {@code community-health.config}, as admin. */
  protected PushOneCommit.Result pushConfig(Project.NameKey project, String text)
      throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, admin);
    fetch(repo, RefNames.REFS_CONFIG + ":" + RefNames.REFS_CONFIG);
    repo.reset(RefNames.REFS_CONFIG);
    return pushFactory
        .create(admin.newIdent(), repo, "Update community-health config", ProjectPolicy.FILE_NAME, text)
        .to(RefNames.REFS_CONFIG);
  }

  /** GETs a plugin REST view and parses the JSON, failing unless the status is 200. */
  protected <T> T getJson(RestSession session, String path, Class<T> type) throws Exception {
    RestResponse response = session.get(path);
    response.assertOK();
    return newGson().fromJson(response.getReader(), type);
  }

  protected static String projectUrl(Project.NameKey project) {
    return "/projects/" + java.net.URLEncoder.encode(project.get(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
