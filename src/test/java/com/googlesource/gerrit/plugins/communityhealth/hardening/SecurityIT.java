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

package com.googlesource.gerrit.plugins.communityhealth.hardening;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.block;
import static com.google.gerrit.server.group.SystemGroupBackend.ANONYMOUS_USERS;
import static com.google.gerrit.server.group.SystemGroupBackend.REGISTERED_USERS;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.common.collect.ImmutableList;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.config.GerritConfig;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.extensions.common.ChangeMessageInfo;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.junit.TestRepository;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Who may do what, and what reports reveal (issue 10, part 5), in a real Gerrit.
 *
 * <p>The dashboard page ({@code static/dashboard.html}) has no data of its own: it calls the
 * features, queue and metrics endpoints below from the browser, as the signed-in user (or
 * anonymously), so what these endpoints reveal to a caller is all the dashboard can show them.
 * Sweeps by non-admins are covered by {@code SweeperIT#nonAdminIsForbidden}.
 */
public class SecurityIT extends AbstractCommunityHealthIT {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final String PRIVATE_SUBJECT = "Upgrade PRIVATE-SECRET-7f3a";
  private static final String HIDDEN_SUBJECT = "Upgrade HIDDEN-SECRET-91c2";

  /** Markup, mentions, links, account-tag forgery, control and bidi characters, emoji and RTL. */
  private static final String HOSTILE_NAME =
      "👩‍👩‍👧‍👦שלום[x](https://e.vil)@admin<b>x</b><GERRIT_ACCOUNT_1>www.evil.io\u202E\u0007";

  @Inject private ProjectOperations projectOperations;

  @Before
  public void setUp() {
    TestTimeUtil.resetWithClockStep(1, MILLISECONDS);
  }

  @After
  public void tearDown() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void nonOwnerCannotChangeTheConfiguration() throws Exception {
    pushConfig(project, "[review]\n  ignoredAfter = 3d\n").assertOkStatus();

    // user cannot even read refs/meta/config: the push goes on top of master.
    TestRepository<InMemoryRepository> repo = cloneProject(project, user);
    PushOneCommit.Result r =
        pushFactory
            .create(
                user.newIdent(),
                repo,
                "Take over",
                ProjectPolicy.FILE_NAME,
                "[review]\n  ignoredAfter = 1s\n  remind = true\n")
            .to(RefNames.REFS_CONFIG);
    r.assertErrorStatus();

    String config = body(adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~config"));
    assertThat(config).contains("\"3d\"");
    assertThat(config).doesNotContain("\"1s\"");
  }

  @Test
  public void reportsRevealNothingAboutPrivateChangesOrHiddenProjects() throws Exception {
    pushConfig(
            project,
            "[feature \"db\"]\n  path = nova/db/**\n  maturity = complete\n"
                + "[focusArea \"upgrades\"]\n  query = upgrade\n")
        .assertOkStatus();
    TestAccount olga = accountCreator.create("olga", "olga@example.com", "Olga Owner", null);
    PushOneCommit.Result visible =
        pushChangeAs(olga, project, "Upgrade the visible part", "nova/db/a.py", UTC);
    PushOneCommit.Result secret = pushChangeAs(olga, project, PRIVATE_SUBJECT, "nova/db/b.py", UTC);
    gApi.changes().id(secret.getChangeId()).setPrivate(true);

    Project.NameKey hidden = projectOperations.newProject().name("hidden-91c2").create();
    pushConfig(hidden, "[feature \"db\"]\n  path = nova/db/**\n").assertOkStatus();
    PushOneCommit.Result hiddenChange =
        pushChangeAs(admin, hidden, HIDDEN_SUBJECT, "nova/db/c.py", UTC);
    projectOperations
        .project(hidden)
        .forUpdate()
        .add(block(Permission.READ).ref("refs/*").group(REGISTERED_USERS))
        .add(block(Permission.READ).ref("refs/*").group(ANONYMOUS_USERS))
        .update();

    String queue = projectUrl(project) + "/" + PLUGIN + "~queue";
    String serverQueue = "/config/server/" + PLUGIN + "~queue";
    String features = projectUrl(project) + "/" + PLUGIN + "~features";
    String metrics = projectUrl(project) + "/" + PLUGIN + "~metrics";
    // The owner sees their private change: what follows is hidden from others, not missing.
    assertThat(body(server.createRestSession(olga).get(queue))).contains(PRIVATE_SUBJECT);

    for (RestSession caller : List.of(userRestSession, anonymousRestSession)) {
      String who = caller == userRestSession ? "user" : "anonymous";
      for (String url : List.of(queue, serverQueue, features, metrics)) {
        String json = body(caller.get(url));
        assertWithMessage(who + " " + url).that(json).doesNotContain("SECRET");
        assertWithMessage(who + " " + url).that(json).doesNotContain(hidden.get());
        assertWithMessage(who + " " + url)
            .that(json)
            .doesNotContain("\"number\":" + secret.getChange().getId().get() + ",");
      }
      JsonObject q = JsonParser.parseString(body(caller.get(queue))).getAsJsonObject();
      assertWithMessage(who).that(q.getAsJsonArray("changes")).hasSize(1);
      assertWithMessage(who)
          .that(q.getAsJsonArray("changes").get(0).getAsJsonObject().get("number").getAsInt())
          .isEqualTo(visible.getChange().getId().get());
      JsonObject m = JsonParser.parseString(body(caller.get(metrics))).getAsJsonObject();
      assertWithMessage(who)
          .that(m.getAsJsonObject("focus_coverage").get("open_changes").getAsInt())
          .isEqualTo(1);
      assertWithMessage(who).that(body(caller.get(features))).contains("\"open\":1");

      for (PushOneCommit.Result invisible : List.of(secret, hiddenChange)) {
        String signals = "/changes/" + invisible.getChange().getId().get() + "/" + PLUGIN;
        RestResponse res = caller.get(signals + "~signals");
        assertWithMessage(who + " " + signals).that(res.getStatusCode()).isEqualTo(404);
        assertWithMessage(who).that(res.getEntityContent()).doesNotContain("SECRET");
      }
      for (String view : List.of("~queue", "~features", "~metrics", "~config")) {
        RestResponse res = caller.get(projectUrl(hidden) + "/" + PLUGIN + view);
        assertWithMessage(who + " " + view).that(res.getStatusCode()).isEqualTo(404);
        assertWithMessage(who).that(res.getEntityContent()).doesNotContain("SECRET");
      }
      // Change queries with the plugin's operators are Gerrit's, with its visibility.
      String query = body(caller.get("/changes/?q=" + "is:newcomer_" + PLUGIN + "+OR+status:open"));
      assertWithMessage(who).that(query).doesNotContain("SECRET");
    }
  }

  @Test
  @GerritConfig(name = "plugin.community-health.botAccount", value = "ch-bot")
  public void welcomeCannotBeMadeToInjectMarkupOrMentions() throws Exception {
    accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
    TestAccount mentor =
        accountCreator.create("mentor", "mentor@example.com", HOSTILE_NAME + " mentor", null);
    pushConfig(
            project,
            "[newcomer]\n  welcome = true\n  mentor = mentor\n  mentorAs = mention\n"
                + "  guide = https://example.org/contributing\n")
        .assertOkStatus();
    TestAccount hostile =
        accountCreator.create("mallory", "mallory@example.com", HOSTILE_NAME, null);

    PushOneCommit.Result change = pushChangeAs(hostile, project, "Hi", "h.txt", UTC);
    drainPluginQueue();

    ImmutableList<ChangeMessageInfo> welcomes =
        messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG);
    assertThat(welcomes).hasSize(1);
    String text = welcomes.get(0).message;
    assertThat(text).contains("Contributor guide: https://example.org/contributing");
    assertThat(text).contains("will gladly help you along");
    assertNoInjection(text.replace("https://example.org/contributing", ""));
    // Escaping is for the message only: the accounts keep their names.
    assertThat(gApi.accounts().id(hostile.id().get()).get().name).isEqualTo(HOSTILE_NAME);
    assertThat(gApi.accounts().id(mentor.id().get()).get().name)
        .isEqualTo(HOSTILE_NAME + " mentor");
  }

  @Test
  @GerritConfig(name = "plugin.community-health.botAccount", value = "ch-bot")
  public void reminderCannotBeMadeToInjectMarkupOrMentions() throws Exception {
    accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
    TestAccount maintainer =
        accountCreator.create("mallory", "mallory@example.com", HOSTILE_NAME, null);
    pushConfig(
            project,
            "[feature \"f\"]\n  path = f/**\n  maintainer = mallory\n"
                + "[review]\n  ignoredAfter = 5s\n  newcomerIgnoredAfter = 5s\n  remind = true\n"
                + "  escalate = maintainers\n  exempt = hashtag:frozen\n")
        .assertOkStatus();
    TestAccount carla = accountCreator.create("carla", "carla@example.com", "Carla", null);
    PushOneCommit.Result change = pushChangeAs(carla, project, "Fix f", "f/a.py", UTC);
    TestTimeUtil.incrementClock(10, SECONDS);

    adminRestSession.post("/config/server/" + PLUGIN + "~sweep").assertOK();

    ImmutableList<ChangeMessageInfo> reminders =
        messagesTagged(change.getChangeId(), BotPost.IGNORED_TAG);
    assertThat(reminders).hasSize(1);
    String text = reminders.get(0).message;
    assertThat(text).contains("Added to the attention set: ");
    assertThat(text).contains("www\\.evil");
    assertNoInjection(text);
    assertThat(gApi.accounts().id(maintainer.id().get()).get().name).isEqualTo(HOSTILE_NAME);
    assertThat(gApi.changes().id(change.getChangeId()).get().attentionSet)
        .containsKey(maintainer.id().get());
  }

  /** What a hostile name must not become in a message Gerrit renders as Markdown. */
  private static void assertNoInjection(String text) {
    for (String forbidden :
        List.of(
            "[x](", "https://e.vil", "<b>", "<GERRIT_ACCOUNT_", "www.evil", "\u202E", "\u0007")) {
      assertWithMessage("[%s] in %s", forbidden, text).that(text).doesNotContain(forbidden);
    }
    assertWithMessage("unescaped @ in %s", text).that(text).doesNotContainMatch("[^\\\\]@admin");
    assertThat(text).contains("👩‍👩‍👧‍👦");
    assertThat(text).contains("שלום");
  }

  private static String body(RestResponse res) throws Exception {
    res.assertOK();
    return res.getEntityContent();
  }
}
