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

package com.googlesource.gerrit.plugins.communityhealth.faults;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.TestMetricMaker;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.server.update.context.RefUpdateContext;
import com.google.gerrit.testing.ConfigSuite;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.ConfigInfo;
import com.googlesource.gerrit.plugins.communityhealth.automation.Sweeper;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics.Component;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.jgit.junit.TestRepository;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.junit.After;
import org.junit.Before;

/**
 * Base of the fault tests: a bot account, a newcomer, a valid configuration to break, and the
 * checks that Gerrit and the plugin still answer.
 */
public abstract class AbstractFaultsIT extends AbstractCommunityHealthIT {
  @ConfigSuite.Default
  public static Config withBot() {
    Config cfg = new Config();
    cfg.setString("plugin", "community-health", "botAccount", "ch-bot");
    return cfg;
  }

  protected static final String ERRORS = "plugins/community-health/errors";
  protected static final ZoneId UTC = ZoneId.of("UTC");
  protected static final String XENAPI_FILE = "nova/virt/xenapi/vm_utils.py";
  protected static final String VALID =
      """
      [feature "xenapi"]
        path = nova/virt/xenapi/**
        maturity = experimental
        maintainer = vera
      [newcomer]
        welcome = true
      [review]
        ignoredAfter = 5s
        newcomerIgnoredAfter = 5s
        remind = true
      """;

  @Inject protected TestMetricMaker testMetrics;

  protected TestAccount bot;
  protected TestAccount carla;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, MILLISECONDS);
    bot =
        accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
    carla = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
    accountCreator.create("vera", "vera@example.com", "Vera Maintainer", null);
  }

  @After
  public void tearDown() {
    TestTimeUtil.useSystemTime();
  }

  /**
   * Pushes and reviews (of a change pushed here), a change query with the attribute and the
   * plugin's operators, the change page and the plugin's views of the change and project all answer
   * 200.
   */
  protected void assertGerritAndPluginAnswer(PushOneCommit.Result change) throws Exception {
    String id = change.getChangeId();
    PushOneCommit.Result another = pushChangeAs(admin, project, "another", "z.txt", UTC);
    // A review of another change: one of the given change would end its wait.
    adminRestSession
        .post(
            "/changes/" + another.getChangeId() + "/revisions/current/review",
            new ReviewInput().message("Seen"))
        .assertOK();
    adminRestSession.get("/changes/" + id + "/detail").assertOK();
    for (String q :
        new String[] {
          "project:" + project.get(),
          "project:" + project.get() + " is:ignored_" + PLUGIN,
          "project:" + project.get() + " is:newcomer_" + PLUGIN,
          "project:" + project.get() + " tier_" + PLUGIN + ":experimental",
        }) {
      RestResponse res =
          adminRestSession.get(
              "/changes/?q="
                  + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
      assertWithMessage(q).that(res.getStatusCode()).isEqualTo(200);
    }
    adminRestSession.get(signalsUrl(id)).assertOK();
    adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~config").assertOK();
    adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~queue").assertOK();
    gApi.changes().id(another.getChangeId()).abandon();
  }

  /** Commits {@code text} as the config straight into refs/meta/config: no validation runs. */
  protected void writeConfigBehindGerritsBack(String text) throws Exception {
    try (RefUpdateContext ctx = RefUpdateContext.openDirectPush(Optional.empty());
        Repository repo = repoManager.openRepository(project);
        TestRepository<Repository> tr = new TestRepository<>(repo)) {
      tr.branch(RefNames.REFS_CONFIG)
          .commit()
          .add(ProjectPolicy.FILE_NAME, text)
          .message("Edited on the server")
          .create();
    }
    // What an admin does after editing a repository on disk (or what the cache's check does).
    projectCache.evictAndReindex(project);
  }

  protected long errors(Component component) {
    return testMetrics.getCount(ERRORS, component);
  }

  protected java.util.List<String> problems() throws Exception {
    ConfigInfo info =
        getJson(adminRestSession, projectUrl(project) + "/" + PLUGIN + "~config", ConfigInfo.class);
    return Optional.ofNullable(info.problems).orElse(java.util.List.of());
  }

  protected String signalsUrl(String changeId) {
    return "/changes/" + changeId + "/" + PLUGIN + "~signals";
  }

  protected Sweeper sweeper() {
    return plugin.getSysInjector().getInstance(Sweeper.class);
  }

  protected void abandonOpenChanges() throws Exception {
    for (ChangeInfo open : gApi.changes().query("status:open").get()) {
      gApi.changes().id(open.id).abandon();
    }
  }
}
