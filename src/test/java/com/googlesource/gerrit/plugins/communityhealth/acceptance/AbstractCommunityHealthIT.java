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

import com.google.common.collect.ImmutableList;
import com.google.gerrit.acceptance.LightweightPluginDaemonTest;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.TestPlugin;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.extensions.common.ChangeMessageInfo;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.googlesource.gerrit.plugins.communityhealth.api.ChangeHealthInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import java.time.ZoneId;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.junit.TestRepository;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Base of the acceptance tests: a real in-process Gerrit with the plugin installed through its real
 * {@code PluginModule} and {@code HttpModule}.
 */
@TestPlugin(
    name = "community-health",
    sysModule = "com.googlesource.gerrit.plugins.communityhealth.module.PluginModule",
    httpModule = "com.googlesource.gerrit.plugins.communityhealth.module.HttpModule")
public abstract class AbstractCommunityHealthIT extends LightweightPluginDaemonTest {
  protected static final String PLUGIN = "community-health";

  /** Pushes {@code text} as the project's {@code community-health.config}, as admin. */
  protected PushOneCommit.Result pushConfig(Project.NameKey project, String text) throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, admin);
    fetch(repo, RefNames.REFS_CONFIG + ":" + RefNames.REFS_CONFIG);
    repo.reset(RefNames.REFS_CONFIG);
    return pushFactory
        .create(
            admin.newIdent(), repo, "Update community-health config", ProjectPolicy.FILE_NAME, text)
        .to(RefNames.REFS_CONFIG);
  }

  /** A fluent {@code community-health.config} for {@link #project}; {@code push()} pushes it. */
  protected HealthConfig config() {
    return config(project);
  }

  /** A fluent {@code community-health.config} for {@code project}; {@code push()} pushes it. */
  protected HealthConfig config(Project.NameKey project) {
    return new HealthConfig(text -> pushConfig(project, text));
  }

  /** The change's {@code ~signals}, read as admin; see {@link SignalsSubject}. */
  protected SignalsInfo signals(String changeId) throws Exception {
    return getJson(
        adminRestSession, "/changes/" + changeId + "/" + PLUGIN + "~signals", SignalsInfo.class);
  }

  /**
   * The plugin's attribute in the change's {@code ChangeInfo.plugins}, read as admin; see {@link
   * ChangeHealthSubject}.
   */
  protected ChangeHealthInfo healthAttribute(String changeId) throws Exception {
    RestResponse response = adminRestSession.get("/changes/" + changeId);
    response.assertOK();
    JsonObject change = JsonParser.parseReader(response.getReader()).getAsJsonObject();
    if (change.has("plugins")) {
      for (JsonElement p : change.getAsJsonArray("plugins")) {
        if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
          return newGson().fromJson(p, ChangeHealthInfo.class);
        }
      }
    }
    throw new AssertionError("no " + PLUGIN + " attribute in " + change);
  }

  /** Pushes one new change for review as {@code owner}, with a commit author in {@code zone}. */
  protected PushOneCommit.Result pushChangeAs(
      TestAccount owner, Project.NameKey project, String subject, String file, ZoneId zone)
      throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, owner);
    PersonIdent author = new PersonIdent(owner.fullName(), owner.email(), TimeUtil.now(), zone);
    PushOneCommit.Result r =
        pushFactory.create(author, repo, subject, file, subject + "\n").to("refs/for/master");
    r.assertOkStatus();
    return r;
  }

  /** Merges a change as admin. */
  protected void merge(PushOneCommit.Result change) throws Exception {
    gApi.changes().id(change.getChangeId()).current().review(ReviewInput.approve());
    gApi.changes().id(change.getChangeId()).current().submit();
  }

  /** The change's messages with the given tag. */
  protected ImmutableList<ChangeMessageInfo> messagesTagged(String changeId, String tag)
      throws Exception {
    return gApi.changes().id(changeId).messages().stream()
        .filter(m -> tag.equals(m.tag))
        .collect(ImmutableList.toImmutableList());
  }

  /** Waits until the plugin's work queue has run everything queued so far. */
  protected void drainPluginQueue() throws Exception {
    plugin
        .getSysInjector()
        .getInstance(
            com.googlesource.gerrit.plugins.communityhealth.automation.PluginWorkQueue.class)
        .awaitIdle(java.time.Duration.ofSeconds(60));
  }

  /** GETs a plugin REST view and parses the JSON, failing unless the status is 200. */
  protected <T> T getJson(RestSession session, String path, Class<T> type) throws Exception {
    RestResponse response = session.get(path);
    response.assertOK();
    return newGson().fromJson(response.getReader(), type);
  }

  protected static String projectUrl(Project.NameKey project) {
    return "/projects/"
        + java.net.URLEncoder.encode(project.get(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
