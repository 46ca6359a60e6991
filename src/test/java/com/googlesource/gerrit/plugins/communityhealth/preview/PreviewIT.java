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

import static com.google.common.truth.Truth.assertThat;
import static com.google.gerrit.acceptance.GitUtil.fetch;
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.allow;
import static java.util.concurrent.TimeUnit.DAYS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.common.collect.ImmutableList;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.config.GerritConfig;
import com.google.gerrit.acceptance.testsuite.group.GroupOperations;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.entities.AccountGroup;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.extensions.common.ChangeMessageInfo;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.PreviewInfo;
import com.googlesource.gerrit.plugins.communityhealth.automation.PluginWorkQueue;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.junit.TestRepository;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class PreviewIT extends AbstractCommunityHealthIT {
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static final String IN_FORCE =
      """
      [review]
        ignoredAfter = 7d
        newcomerIgnoredAfter = 7d
      """;

  /** Adds a focus area and lowers ignoredAfter: the text of the example. */
  private static final String CANDIDATE =
      """
      [focusArea "upgrades"]
        description = Database upgrades
        query = upgrade
      [review]
        ignoredAfter = 1d
        newcomerIgnoredAfter = 1d
      """;

  @Inject private ProjectOperations projectOperations;
  @Inject private GroupOperations groupOperations;

  private TestAccount contributor;
  private PushOneCommit.Result upgrade;
  private PushOneCommit.Result docs;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
    pushConfig(project, IN_FORCE).assertOkStatus();
    contributor = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
    upgrade = pushChangeAs(contributor, project, "Upgrade the database schema", "db/a.py", UTC);
    docs = pushChangeAs(contributor, project, "Fix a typo in the docs", "doc/b.txt", UTC);
    // Both have waited two days: ignored under 1d, not under 7d.
    TestTimeUtil.incrementClock(2, DAYS);
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void ownerSeesTheChangesThatWouldMatchAndBecomeIgnored() throws Exception {
    PreviewInfo info = preview(adminRestSession, CANDIDATE);

    assertThat(info.examined).isEqualTo(2);
    assertThat(info.focusAreas).hasSize(1);
    PreviewInfo.FocusAreaInfo area = info.focusAreas.get(0);
    assertThat(area.name).isEqualTo("upgrades");
    assertThat(area.added).isTrue();
    assertThat(numbers(area.startMatching)).containsExactly(number(upgrade));
    assertThat(area.startMatching.changes.get(0).subject).isEqualTo("Upgrade the database schema");
    assertThat(numbers(info.becomeIgnored)).containsExactly(number(upgrade), number(docs));
    assertThat(info.stopIgnored.count).isEqualTo(0);
    assertThat(info.welcome.before).isFalse();
    assertThat(info.welcome.after).isFalse();
    assertThat(info.summary).contains("Change " + number(upgrade) + ": Upgrade the database");
    assertThat(info.summary).contains("2 changes would become ignored");
  }

  @Test
  public void changesThatWouldNoLongerBeFlaggedNewcomerAreListed() throws Exception {
    // Carla has merged nothing: a newcomer under the default maxMergedChanges, not under 0.
    assertThat(signals(upgrade.getChangeId()).newcomer).isTrue();

    PreviewInfo info = preview(adminRestSession, IN_FORCE + "[newcomer]\n  maxMergedChanges = 0\n");

    assertThat(numbers(info.stopNewcomer)).containsExactly(number(upgrade), number(docs));
    assertThat(info.becomeNewcomer.count).isEqualTo(0);
    assertThat(info.summary).contains("2 changes would no longer be flagged newcomer");
    assertThat(info.summary).contains("Change " + number(docs) + ": Fix a typo in the docs");
  }

  @Test
  public void previewPostsNothingAndCachesNothingAsInForce() throws Exception {
    // The signals and the policy in force are cached by these reads; the preview adds nothing.
    for (PushOneCommit.Result r : List.of(upgrade, docs)) {
      adminRestSession.get("/changes/" + r.getChangeId() + "/" + PLUGIN + "~signals").assertOK();
    }
    long signalsCached = cacheEntries("change_signals");
    long policiesCached = cacheEntries("policy");
    assertThat(signalsCached).isAtLeast(2);

    preview(adminRestSession, CANDIDATE);

    assertThat(cacheEntries("change_signals")).isEqualTo(signalsCached);
    assertThat(cacheEntries("policy")).isEqualTo(policiesCached);

    // The signals in force are unchanged: no focus area, not ignored under 7d.
    JsonObject signals =
        getJson(
            adminRestSession,
            "/changes/" + upgrade.getChangeId() + "/" + PLUGIN + "~signals",
            JsonObject.class);
    assertThat(signals.has("focus_areas")).isFalse();
    assertThat(signals.get("ignored").getAsBoolean()).isFalse();
    String config =
        adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~config").getEntityContent();
    assertThat(config).contains("7d");
    assertThat(config).doesNotContain("upgrades");
    drainPluginQueue();
    for (PushOneCommit.Result r : List.of(upgrade, docs)) {
      assertThat(
              gApi.changes().id(r.getChangeId()).messages().stream()
                  .filter(m -> m.tag != null && m.tag.startsWith("autogenerated:community-health"))
                  .count())
          .isEqualTo(0);
    }
    assertThat(pluginRefs()).isEmpty();
  }

  @Test
  public void invalidTextIsRejectedWithTheProblemsOfAPush() throws Exception {
    RestResponse r =
        adminRestSession.post(
            previewUrl(), body("[review]\n  ignoredAfter = soon\n[focusArea \"x\"]\n"));

    r.assertBadRequest();
    String text = r.getEntityContent();
    assertThat(text).contains("invalid " + ProjectPolicy.FILE_NAME);
    assertThat(text).contains("ignoredAfter");
  }

  @Test
  public void missingOrMisspeltFieldIsABadRequest() throws Exception {
    JsonObject misspelt = new JsonObject();
    misspelt.addProperty("cfg", CANDIDATE);
    adminRestSession.post(previewUrl(), misspelt).assertBadRequest();
    adminRestSession.post(previewUrl(), new JsonObject()).assertBadRequest();
  }

  @Test
  public void registeredNonOwnerIsForbidden() throws Exception {
    RestResponse r = userRestSession.post(previewUrl(), body(CANDIDATE));

    r.assertForbidden();
    assertThat(r.getEntityContent()).doesNotContain("Upgrade");
  }

  @Test
  public void anonymousCallerIsTurnedAway() throws Exception {
    RestResponse r = anonymousRestSession.post(previewUrl(), body(CANDIDATE));

    // Gerrit answers any anonymous POST with 403 "Authentication required".
    r.assertForbidden();
    assertThat(r.getEntityContent()).contains("Authentication required");
  }

  @Test
  public void ownerWhoIsNotAdminDoesNotSeeAnotherUsersPrivateChange() throws Exception {
    TestAccount olga = accountCreator.create("olga", "olga@example.com", "Olga Owner", null);
    AccountGroup.UUID owners =
        groupOperations.newGroup().name("preview-owners").addMember(olga.id()).create();
    projectOperations
        .project(project)
        .forUpdate()
        .add(allow(Permission.OWNER).ref("refs/*").group(owners))
        .update();
    PushOneCommit.Result secret =
        pushChangeAs(contributor, project, "Upgrade SECRET private", "db/s.py", UTC);
    gApi.changes().id(secret.getChangeId()).setPrivate(true);

    PreviewInfo info = preview(server.createRestSession(olga), CANDIDATE);

    assertThat(numbers(info.focusAreas.get(0).startMatching)).containsExactly(number(upgrade));
    assertThat(info.summary).doesNotContain("SECRET");
    // The owner of the private change is no project owner: it stays 403 for them.
    server.createRestSession(contributor).post(previewUrl(), body(CANDIDATE)).assertForbidden();
  }

  @Test
  public void configChangeForReviewGetsOneMessagePerPatchSetNamingWhatPreviewNames()
      throws Exception {
    PushOneCommit.Result review = pushConfigForReview("Preview me", CANDIDATE);
    drainPluginQueue();

    ImmutableList<ChangeMessageInfo> messages =
        messagesTagged(review.getChangeId(), ReviewPreviewer.TAG);
    assertThat(messages).hasSize(1);
    String message = messages.get(0).message;
    assertThat(message).contains("patch set 1");
    PreviewInfo info = preview(adminRestSession, CANDIDATE);
    // The same computation, so the same text (the config change itself is one more open change).
    assertThat(message).endsWith(info.summary);
    assertThat(message).contains("Change " + number(upgrade) + ": Upgrade the database schema");
    assertThat(message).contains("2 changes would become ignored");

    // A second patch set gets its own message.
    amendConfigForReview(review, CANDIDATE.replace("1d", "12h"));
    drainPluginQueue();
    messages = messagesTagged(review.getChangeId(), ReviewPreviewer.TAG);
    assertThat(messages).hasSize(2);
    assertThat(messages.get(1).message).contains("patch set 2");
    assertThat(messages.get(1)._revisionNumber).isEqualTo(2);

    // Triggering patch set 2 again (a replayed event, a restart) posts nothing more.
    ReviewPreviewer previewer = plugin.getSysInjector().getInstance(ReviewPreviewer.class);
    assertThat(previewer.preview(project, Change.id(review.getChange().getId().get()), 2))
        .isEqualTo(ReviewPreviewer.Outcome.ALREADY_POSTED);
    assertThat(messagesTagged(review.getChangeId(), ReviewPreviewer.TAG)).hasSize(2);
  }

  @Test
  public void messageListsNoPrivateChange() throws Exception {
    PushOneCommit.Result secret =
        pushChangeAs(contributor, project, "Upgrade SECRET private", "db/s.py", UTC);
    gApi.changes().id(secret.getChangeId()).setPrivate(true);
    // The reader of the message may not see it, whoever uploads the configuration.
    gApi.changes().id(secret.getChangeId()).addReviewer(admin.email());

    PushOneCommit.Result review = pushConfigForReview("Preview me", CANDIDATE);
    drainPluginQueue();

    ImmutableList<ChangeMessageInfo> messages =
        messagesTagged(review.getChangeId(), ReviewPreviewer.TAG);
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).message).contains("Upgrade the database schema");
    assertThat(messages.get(0).message).doesNotContain("SECRET");
  }

  @Test
  public void configChangeNotTouchingTheFileGetsNoMessage() throws Exception {
    TestRepository<InMemoryRepository> repo = configRepo();
    PushOneCommit.Result review =
        pushFactory
            .create(admin.newIdent(), repo, "Add notes", "notes.txt", "hello\n")
            .to("refs/for/" + RefNames.REFS_CONFIG);
    review.assertOkStatus();
    drainPluginQueue();

    assertThat(messagesTagged(review.getChangeId(), ReviewPreviewer.TAG)).isEmpty();
  }

  @Test
  public void configChangeSubmittedBeforeItsTurnGetsNoMessage() throws Exception {
    PluginWorkQueue queue = plugin.getSysInjector().getInstance(PluginWorkQueue.class);
    CountDownLatch release = new CountDownLatch(1);
    queue.submit(
        "test: hold the queue",
        HealthMetrics.Component.LISTENER,
        () -> {
          try {
            release.await(60, SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    PushOneCommit.Result review;
    try {
      review = pushConfigForReview("Submitted at once", CANDIDATE);
      merge(review);
    } finally {
      release.countDown();
    }
    drainPluginQueue();

    assertThat(messagesTagged(review.getChangeId(), ReviewPreviewer.TAG)).isEmpty();
  }

  @Test
  public void concurrentTriggersOfOnePatchSetPostOnce() throws Exception {
    PushOneCommit.Result review = pushConfigForReview("Race", CANDIDATE);
    Change.Id id = Change.id(review.getChange().getId().get());
    ReviewPreviewer previewer = plugin.getSysInjector().getInstance(ReviewPreviewer.class);

    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<ReviewPreviewer.Outcome>> results = new ArrayList<>();
      Callable<ReviewPreviewer.Outcome> trigger = () -> previewer.preview(project, id, 1);
      for (int i = 0; i < 3; i++) {
        results.add(pool.submit(trigger));
      }
      for (Future<ReviewPreviewer.Outcome> f : results) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    drainPluginQueue();

    assertThat(messagesTagged(review.getChangeId(), ReviewPreviewer.TAG)).hasSize(1);
  }

  @Test
  @GerritConfig(name = "plugin.community-health.enabled", value = "false")
  public void switchedOffThePreviewAnswersConflictAndTheBotPostsNothing() throws Exception {
    adminRestSession.post(previewUrl(), body(CANDIDATE)).assertConflict();

    PushOneCommit.Result review = pushConfigForReview("Preview me", CANDIDATE);
    drainPluginQueue();
    assertThat(messagesTagged(review.getChangeId(), ReviewPreviewer.TAG)).isEmpty();
    // A trigger queued before the switch was turned off, run after: still nothing.
    ReviewPreviewer previewer = plugin.getSysInjector().getInstance(ReviewPreviewer.class);
    assertThat(previewer.preview(project, Change.id(review.getChange().getId().get()), 1))
        .isEqualTo(ReviewPreviewer.Outcome.DISABLED);
    assertThat(messagesTagged(review.getChangeId(), ReviewPreviewer.TAG)).isEmpty();
  }

  @Test
  public void inheritedQueryKeepsItsQuotes() throws Exception {
    Project.NameKey parent = projectOperations.newProject().create();
    Project.NameKey child = projectOperations.newProject().parent(parent).create();
    pushConfig(
            parent,
            "[focusArea \"migrations\"]\n"
                + "  description = Online migrations\n"
                + "  query = \"online migration\"\n")
        .assertOkStatus();
    // One of the two words only: no match for the phrase, a match for the two loose words.
    PushOneCommit.Result online =
        pushChangeAs(contributor, child, "Fix the online help", "doc/c.txt", UTC);
    assertThat(signals(online.getChangeId()).focusAreas).isNull();

    PreviewInfo info = preview(adminRestSession, child, "[review]\n  ignoredAfter = 30d\n");

    assertThat(info.examined).isEqualTo(1);
    assertThat(info.focusAreas).isEmpty();
  }

  private PreviewInfo preview(RestSession session, String text) throws Exception {
    return preview(session, project, text);
  }

  private PreviewInfo preview(RestSession session, Project.NameKey project, String text)
      throws Exception {
    RestResponse r = session.post(projectUrl(project) + "/" + PLUGIN + "~preview", body(text));
    r.assertOK();
    return newGson().fromJson(r.getReader(), PreviewInfo.class);
  }

  /** Entries in one of the plugin's caches, as Gerrit's cache REST API counts them. */
  private long cacheEntries(String cache) throws Exception {
    JsonObject info =
        getJson(
            adminRestSession, "/config/server/caches/" + PLUGIN + "-" + cache, JsonObject.class);
    return info.getAsJsonObject("entries").get("mem").getAsLong();
  }

  private String previewUrl() {
    return projectUrl(project) + "/" + PLUGIN + "~preview";
  }

  private static JsonObject body(String text) {
    JsonObject body = new JsonObject();
    body.addProperty("config", text);
    return body;
  }

  private TestRepository<InMemoryRepository> configRepo() throws Exception {
    TestRepository<InMemoryRepository> repo = cloneProject(project, admin);
    fetch(repo, RefNames.REFS_CONFIG + ":" + RefNames.REFS_CONFIG);
    repo.reset(RefNames.REFS_CONFIG);
    return repo;
  }

  private PushOneCommit.Result pushConfigForReview(String subject, String text) throws Exception {
    PushOneCommit.Result r =
        pushFactory
            .create(admin.newIdent(), configRepo(), subject, ProjectPolicy.FILE_NAME, text)
            .to("refs/for/" + RefNames.REFS_CONFIG);
    r.assertOkStatus();
    return r;
  }

  private void amendConfigForReview(PushOneCommit.Result change, String text) throws Exception {
    TestRepository<InMemoryRepository> repo = configRepo();
    pushFactory
        .create(
            admin.newIdent(),
            repo,
            change.getChange().change().getSubject(),
            ProjectPolicy.FILE_NAME,
            text,
            change.getChangeId())
        .to("refs/for/" + RefNames.REFS_CONFIG)
        .assertOkStatus();
  }

  private List<String> pluginRefs() throws Exception {
    try (Repository repo = repoManager.openRepository(project)) {
      return repo.getRefDatabase().getRefsByPrefix(Claims.REFS_PREFIX).stream()
          .map(Ref::getName)
          .toList();
    }
  }

  private static int number(PushOneCommit.Result r) {
    return r.getChange().getId().get();
  }

  private static List<Integer> numbers(PreviewInfo.ChangeListInfo list) {
    return list.changes.stream().map(c -> c._number).toList();
  }
}
