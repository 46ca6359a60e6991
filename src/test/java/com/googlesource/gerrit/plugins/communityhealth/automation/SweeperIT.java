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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.googlesource.gerrit.plugins.communityhealth.acceptance.ChangeHealthSubject.assertThat;
import static java.util.concurrent.TimeUnit.HOURS;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.common.cache.Cache;
import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.Uninterruptibles;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.TestMetricMaker;
import com.google.gerrit.acceptance.config.GerritConfig;
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.common.RawInputUtil;
import com.google.gerrit.extensions.api.changes.HashtagsInput;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.extensions.common.AttentionSetInfo;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.common.ChangeMessageInfo;
import com.google.gerrit.extensions.registration.DynamicSet;
import com.google.gerrit.extensions.registration.RegistrationHandle;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.IdentifiedUser;
import com.google.gerrit.server.events.Event;
import com.google.gerrit.server.events.UserScopedEventListener;
import com.google.gerrit.testing.ConfigSuite;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.HealthConfig;
import com.googlesource.gerrit.plugins.communityhealth.api.ChangeHealthInfo;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeRevisionKey;
import com.googlesource.gerrit.plugins.communityhealth.events.IgnoredChangeEvent;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SweeperIT extends AbstractCommunityHealthIT {
  @ConfigSuite.Default
  public static Config withBot() {
    Config cfg = new Config();
    cfg.setString("plugin", "community-health", "botAccount", "ch-bot");
    return cfg;
  }

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final String XENAPI_FILE = "nova/virt/xenapi/vm_utils.py";
  private static final String SWEEP = "/config/server/" + PLUGIN + "~sweep";

  @Inject private RequestScopeOperations requestScopeOperations;
  @Inject private DynamicSet<UserScopedEventListener> eventListeners;
  @Inject private IdentifiedUser.GenericFactory userFactory;
  @Inject private TestMetricMaker testMetrics;

  private TestAccount bot;
  private TestAccount carla;
  private TestAccount vera;
  private TestAccount mia;
  private final List<Event> events = new CopyOnWriteArrayList<>();
  private RegistrationHandle eventRegistration;

  @Before
  public void setUp() throws Exception {
    abandonOpenChanges();
    TestTimeUtil.resetWithClockStep(1, MILLISECONDS);
    bot =
        accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
    carla = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
    vera = accountCreator.create("vera", "vera@example.com", "Vera Maintainer", null);
    mia = accountCreator.create("mia", "mia@example.com", "Mia Maintainer", null);
    CurrentUser listenerUser = userFactory.create(admin.id());
    eventRegistration =
        eventListeners.add(
            "community-health-test",
            new UserScopedEventListener() {
              @Override
              public void onEvent(Event e) {
                if (IgnoredChangeEvent.TYPE.equals(e.getType())) {
                  events.add(e);
                }
              }

              @Override
              public CurrentUser getUser() {
                return listenerUser;
              }
            });
  }

  @After
  public void tearDown() {
    if (eventRegistration != null) {
      eventRegistration.remove();
    }
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void doneWhen_ignoredChangeIsFlaggedRemindedOnceEscalatedAndClearedByAReview()
      throws Exception {
    configureReminders();
    PushOneCommit.Result r = pushChangeAs(carla, project, "xenapi: fix", XENAPI_FILE, UTC);
    assertThat(healthAttribute(r.getChangeId())).isNotIgnored();

    TestTimeUtil.incrementClock(6, SECONDS);
    assertThat(healthAttribute(r.getChangeId())).isIgnored();

    SweepReport first = sweeper().sweep(false);
    assertThat(first.reminded()).isEqualTo(1);

    ImmutableList<ChangeMessageInfo> reminders =
        messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG);
    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).author._accountId).isEqualTo(bot.id().get());
    assertThat(reminders.get(0).message).contains("waiting on reviewers");
    assertThat(reminders.get(0).message).contains("Added to the attention set: Vera Maintainer");
    Map<Integer, AttentionSetInfo> attention = attentionSet(r);
    assertThat(attention).containsKey(vera.id().get());
    assertThat(attention.get(vera.id().get()).reason).contains("Waiting on reviewers since");
    assertThat(attention).doesNotContainKey(carla.id().get());

    requestScopeOperations.setApiUser(vera.id());
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("Looking"));
    requestScopeOperations.setApiUser(admin.id());
    ChangeHealthInfo after = healthAttribute(r.getChangeId());
    assertThat(after).isNotIgnored();
    assertThat(after).isNotWaiting();
  }

  @Test
  public void twoSweepsGiveExactlyOneReminder() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();
    long postedBefore = testMetrics.getCount("plugins/community-health/reminders_posted");

    SweepReport first = sweeper().sweep(false);
    SweepReport second = sweeper().sweep(false);

    assertThat(first.reminded()).isEqualTo(1);
    assertThat(second.reminded()).isEqualTo(0);
    assertThat(second.ignored()).isEqualTo(1);
    assertThat(second.skipped()).containsEntry(SweepReport.Skip.ALREADY_REMINDED, 1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
    assertThat(testMetrics.getCount("plugins/community-health/reminders_posted"))
        .isEqualTo(postedBefore + 1);
  }

  @Test
  public void reminderIsNotRepeatedWithoutTheSweepersMemory() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();
    sweeper().sweep(false);

    // A restart or a second primary remembers nothing: the message on the change is the marker.
    forgetCachedReminders();
    SweepReport again = sweeper().sweep(false);

    assertThat(again.reminded()).isEqualTo(0);
    assertThat(again.skipped()).containsEntry(SweepReport.Skip.ALREADY_REMINDED, 1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
  }

  @Test
  public void twoSweepsAtOnceGiveOneReminder() throws Exception {
    configureReminders();
    // The race is won or lost in milliseconds: run it a few times.
    for (int round = 0; round < 40; round++) {
      abandonOpenChanges();
      raceTwoSweeps(ignoredChange());
    }
  }

  private void raceTwoSweeps(PushOneCommit.Result r) throws Exception {
    List<SweepReport> reports = twoSweepsAtOnce();
    assertWithMessage(reports.toString())
        .that(reports.stream().mapToInt(SweepReport::reminded).sum())
        .isEqualTo(1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
  }

  /** Two seconds on, Carla uploads a new patch set of {@code r}; ten seconds pass unreviewed. */
  private void ownerAnswersWithANewPatchSetNobodyLooksAt(PushOneCommit.Result r) throws Exception {
    TestTimeUtil.incrementClock(2, SECONDS);
    requestScopeOperations.setApiUser(carla.id());
    gApi.changes()
        .id(r.getChangeId())
        .edit()
        .modifyFile(XENAPI_FILE, RawInputUtil.create("fixed\n"));
    gApi.changes().id(r.getChangeId()).edit().publish();
    requestScopeOperations.setApiUser(admin.id());
    TestTimeUtil.incrementClock(10, SECONDS);
  }

  /** Carla's three changes, oldest first, each an hour older than the next; an hour passes. */
  private List<PushOneCommit.Result> threeChangesAnHourApart() throws Exception {
    List<PushOneCommit.Result> pushed = new ArrayList<>();
    for (String n : List.of("first", "second", "third")) {
      pushed.add(
          pushChangeAs(carla, project, n, "nova/virt/xenapi/" + (pushed.size() + 1) + ".py", UTC));
      TestTimeUtil.incrementClock(1, HOURS);
    }
    return pushed;
  }

  /** The reports of two sweeps started at the same moment on two threads. */
  private List<SweepReport> twoSweepsAtOnce() throws Exception {
    Sweeper sweeper = sweeper();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      Callable<SweepReport> sweep =
          () -> {
            start.await();
            return sweeper.sweep(false);
          };
      List<Future<SweepReport>> runs = List.of(pool.submit(sweep), pool.submit(sweep));
      return List.of(runs.get(0).get(), runs.get(1).get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void awayMaintainerIsSkippedForTheNextOne() throws Exception {
    configureReminders();
    gApi.accounts().id(vera.id().get()).setStatus("OOO until Monday");
    PushOneCommit.Result r = ignoredChange();

    SweepReport report = sweeper().sweep(false);

    assertWithMessage(report.toString()).that(report.reminded()).isEqualTo(1);
    Map<Integer, AttentionSetInfo> attention = attentionSet(r);
    assertThat(attention).containsKey(mia.id().get());
    assertThat(attention).doesNotContainKey(vera.id().get());
    String text = messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG).get(0).message;
    assertThat(text).contains("Added to the attention set: Mia Maintainer");
    assertThat(text).contains("Skipped as away: Vera Maintainer");
  }

  @Test
  public void reminderAtThreeUtcGoesFirstToTheMaintainerWhoseCommitsAreAtPlusEight()
      throws Exception {
    // vera (configured first) commits at UTC-05:00, mia at UTC+08:00.
    merge(pushChangeAs(vera, project, "vera's work", "v.txt", ZoneId.of("-05:00")));
    merge(pushChangeAs(mia, project, "mia's work", "m.txt", ZoneId.of("+08:00")));
    java.time.Instant now = com.google.gerrit.server.util.time.TimeUtil.now();
    java.time.Instant nearlyThree =
        now.atOffset(java.time.ZoneOffset.UTC)
            .toLocalDate()
            .plusDays(1)
            .atTime(2, 59, 45)
            .toInstant(java.time.ZoneOffset.UTC);
    TestTimeUtil.setClock(java.sql.Timestamp.from(nearlyThree));
    configureReminders();
    PushOneCommit.Result r = ignoredChange(); // the sweep runs at 03:00 UTC

    SweepReport report = sweeper().sweep(false);

    assertWithMessage(report.toString()).that(report.reminded()).isEqualTo(1);
    Map<Integer, AttentionSetInfo> attention = attentionSet(r);
    assertThat(attention).containsKey(mia.id().get());
    assertThat(attention).doesNotContainKey(vera.id().get());
    String text = messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG).get(0).message;
    assertThat(text).contains("Added to the attention set: Mia Maintainer.");
    assertThat(text).contains("working day is under way now, in Asia/Pacific");
  }

  @Test
  public void maintainerGroupIsExpanded() throws Exception {
    gApi.groups().create("xenapi-maintainers");
    gApi.groups().id("xenapi-maintainers").addMembers("mia");
    gApi.groups().id("xenapi-maintainers").removeMembers("admin");
    config()
        .feature("xenapi")
        .path("nova/virt/xenapi/**")
        .maintainer("group:xenapi-maintainers")
        .review()
        .allIgnoredAfter("5s")
        .remind(true)
        .push();
    PushOneCommit.Result r = ignoredChange();

    sweeper().sweep(false);

    assertThat(attentionSet(r)).containsKey(mia.id().get());
  }

  @Test
  public void newcomersMentorIsEscalatedToWhenConfigured() throws Exception {
    TestAccount mentor = accountCreator.create("mo", "mo@example.com", "Mo Mentor", null);
    config()
        .feature("xenapi")
        .path("nova/virt/xenapi/**")
        .maintainer("vera")
        .newcomer()
        .mentor("mo")
        .review()
        .allIgnoredAfter("5s")
        .remind(true)
        .escalate("mentors")
        .push();
    PushOneCommit.Result r = ignoredChange();

    sweeper().sweep(false);

    Map<Integer, AttentionSetInfo> attention = attentionSet(r);
    assertThat(attention).containsKey(mentor.id().get());
    assertThat(attention).doesNotContainKey(vera.id().get());
  }

  @Test
  public void dryRunPostsNothingAndReportsWouldRemind() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();

    RestResponse res = adminRestSession.post(SWEEP, Map.of("dry_run", true));
    res.assertOK();
    JsonObject report = JsonParser.parseReader(res.getReader()).getAsJsonObject();

    assertThat(report.get("dry_run").getAsBoolean()).isTrue();
    assertThat(report.get("candidates").getAsInt()).isEqualTo(1);
    assertThat(report.get("waiting").getAsInt()).isEqualTo(1);
    assertThat(report.get("ignored").getAsInt()).isEqualTo(1);
    assertThat(report.get("would_remind").getAsInt()).isEqualTo(1);
    assertThat(report.get("reminded").getAsInt()).isEqualTo(0);
    JsonObject entry = report.getAsJsonArray("changes").get(0).getAsJsonObject();
    assertThat(entry.get("project").getAsString()).isEqualTo(project.get());
    assertThat(entry.get("number").getAsInt()).isEqualTo(r.getChange().getId().get());
    assertThat(entry.get("would_remind").getAsBoolean()).isTrue();
    assertThat(entry.get("outcome").getAsString()).isEqualTo("would_remind");
    assertThat(entry.get("rule").getAsString()).isEqualTo("newcomerIgnoredAfter = 5s");
    assertThat(entry.get("waited_seconds").getAsLong()).isAtLeast(10L);
    JsonArray targets = entry.getAsJsonArray("targets");
    assertThat(targets.get(0).getAsJsonObject().get("_account_id").getAsInt())
        .isEqualTo(vera.id().get());

    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
    assertThat(attentionSet(r)).isEmpty();
  }

  @Test
  public void projectInDryRunPostsNothing() throws Exception {
    xenapi().review().allIgnoredAfter("5s").remind(true).dryRun(true).push();
    PushOneCommit.Result r = ignoredChange();

    SweepReport report = sweeper().sweep(false);

    assertThat(report.wouldRemind()).isEqualTo(1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
  }

  @Test
  public void sweepOverRestPostsAndReports() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();

    RestResponse res = adminRestSession.post(SWEEP);
    res.assertOK();
    JsonObject report = JsonParser.parseReader(res.getReader()).getAsJsonObject();

    assertThat(report.get("reminded").getAsInt()).isEqualTo(1);
    assertThat(report.get("events").getAsInt()).isEqualTo(1);
    JsonObject entry = report.getAsJsonArray("changes").get(0).getAsJsonObject();
    assertThat(entry.get("outcome").getAsString()).isEqualTo("reminded");
    assertThat(entry.get("event").getAsBoolean()).isTrue();
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
  }

  @Test
  public void runningSweepIsListedInGerritsTaskQueue() throws Exception {
    configureReminders();
    ignoredChange();
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    sweeper()
        .setStartHook(
            () -> {
              running.countDown();
              Uninterruptibles.awaitUninterruptibly(release, 60, SECONDS);
            });
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<RestResponse> sweep = caller.submit(() -> adminRestSession.post(SWEEP));
      assertThat(running.await(60, SECONDS)).isTrue();

      // Gerrit's show-queue over REST, while the sweep is held at its start.
      RestResponse tasks = adminRestSession.get("/config/server/tasks");
      tasks.assertOK();
      JsonArray listed = JsonParser.parseReader(tasks.getReader()).getAsJsonArray();
      List<String> sweeps = new java.util.ArrayList<>();
      for (JsonElement t : listed) {
        JsonObject task = t.getAsJsonObject();
        if (task.has("queue_name")
            && task.get("queue_name").getAsString().equals(SweepQueues.SWEEP_QUEUE)) {
          sweeps.add(task.get("command").getAsString() + " " + task.get("state").getAsString());
        }
      }
      assertThat(sweeps).containsExactly("community-health: sweep for ignored reviews RUNNING");

      release.countDown();
      sweep.get(60, SECONDS).assertOK();
    } finally {
      release.countDown();
      sweeper().setStartHook(() -> {});
      caller.shutdownNow();
    }
  }

  @Test
  public void signalsComputedInBatchesOnTheQueueGiveTheSameSweep() throws Exception {
    xenapi().review().allIgnoredAfter("5s").remind(true).dryRun(true).push();
    for (int i = 0; i < 5; i++) {
      ignoredChange();
    }
    SweepReport inline = sweeper().sweep(false);

    sweeper().setEvaluationBatch(2);
    try {
      SweepReport batched = sweeper().sweep(false);

      assertThat(inline.candidates()).isEqualTo(5);
      assertThat(batched.candidates()).isEqualTo(inline.candidates());
      assertThat(batched.ignored()).isEqualTo(5);
      assertThat(batched.wouldRemind()).isEqualTo(inline.wouldRemind());
      // Longest waiting first, whichever thread computed the signals.
      assertThat(batched.changes().stream().map(SweepReport.Entry::number).toList())
          .containsExactlyElementsIn(
              inline.changes().stream().map(SweepReport.Entry::number).toList())
          .inOrder();
    } finally {
      sweeper().setEvaluationBatch(SweepCandidates.EVALUATION_BATCH);
    }
  }

  @Test
  public void nonAdminIsForbidden() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();

    userRestSession.post(SWEEP, Map.of("dry_run", true)).assertForbidden();
    userRestSession.post(SWEEP).assertForbidden();
    RestResponse anonymous = anonymousRestSession.post(SWEEP);
    assertThat(anonymous.getStatusCode()).isAnyOf(401, 403);

    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
  }

  @Test
  public void remindOffFlagsAndSendsTheEventButPostsNothing() throws Exception {
    xenapi().review().allIgnoredAfter("5s").push();
    PushOneCommit.Result r = ignoredChange();

    SweepReport report = sweeper().sweep(false);

    assertThat(report.ignored()).isEqualTo(1);
    assertThat(report.skipped()).containsEntry(SweepReport.Skip.REMIND_OFF, 1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
    assertThat(attentionSet(r)).isEmpty();
    // Stream listeners hear of the ignored change all the same: the event alone.
    assertThat(events).hasSize(1);
  }

  @Test
  public void exemptChangeIsNeitherFlaggedNorReminded() throws Exception {
    xenapi().review().allIgnoredAfter("5s").remind(true).exempt("hashtag:frozen").push();
    PushOneCommit.Result frozen = pushChangeAs(carla, project, "frozen", XENAPI_FILE, UTC);
    gApi.changes().id(frozen.getChangeId()).setHashtags(new HashtagsInput(Set.of("frozen")));
    PushOneCommit.Result thawed =
        pushChangeAs(carla, project, "thawed", "nova/virt/xenapi/b.py", UTC);
    TestTimeUtil.incrementClock(10, SECONDS);

    assertThat(healthAttribute(frozen.getChangeId())).isNotIgnored();
    assertThat(healthAttribute(thawed.getChangeId())).isIgnored();
    SweepReport report = sweeper().sweep(false);

    // Found by the sweep's one index query, before any signal was computed for it.
    assertThat(report.exempt()).isEqualTo(1);
    assertThat(report.ignored()).isEqualTo(1);
    assertThat(messagesTagged(frozen.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
    String text = messagesTagged(thawed.getChangeId(), BotPost.IGNORED_TAG).get(0).message;
    assertThat(text).contains("exempt query: hashtag:frozen");
  }

  @Test
  public void ciVoteByAServiceUserDoesNotClearTheFlag() throws Exception {
    configureReminders();
    TestAccount ci =
        accountCreator.create("zuul", "zuul@example.com", "Zuul CI", null, "Service Users");
    PushOneCommit.Result r = ignoredChange();

    requestScopeOperations.setApiUser(ci.id());
    ReviewInput vote = ReviewInput.recommend().message("Build succeeded.");
    vote.tag = "autogenerated:ci";
    gApi.changes().id(r.getChangeId()).current().review(vote);
    requestScopeOperations.setApiUser(admin.id());
    TestTimeUtil.incrementClock(1, SECONDS);

    assertThat(healthAttribute(r.getChangeId())).isIgnored();
    assertThat(sweeper().sweep(false).reminded()).isEqualTo(1);
  }

  @Test
  public void reviewClearsTheFlagAndANewPatchSetStartsANewPeriod() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();
    sweeper().sweep(false);
    // NoteDb keeps whole seconds: let each step have its own.
    TestTimeUtil.incrementClock(2, SECONDS);

    requestScopeOperations.setApiUser(vera.id());
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("Please fix"));
    requestScopeOperations.setApiUser(admin.id());
    assertThat(healthAttribute(r.getChangeId())).isNotIgnored();
    assertThat(sweeper().sweep(false).ignored()).isEqualTo(0);

    // The owner answers with a new patch set and nobody looks: a new period, a new reminder.
    ownerAnswersWithANewPatchSetNobodyLooksAt(r);
    SweepReport report = sweeper().sweep(false);
    assertWithMessage(report.toString()).that(report.reminded()).isEqualTo(1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(2);
  }

  @Test
  public void streamEventComesWithTheReminderAndNotInADryRun() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();

    sweeper().sweep(true);
    assertThat(events).isEmpty();
    sweeper().sweep(false);
    sweeper().sweep(false);

    assertThat(events).hasSize(1);
    IgnoredChangeEvent event = (IgnoredChangeEvent) events.get(0);
    assertThat(event.changeKey.get()).isEqualTo(r.getChangeId());
    assertThat(event.rule).isEqualTo("newcomerIgnoredAfter");
    assertThat(event.threshold).isEqualTo("5s");
    assertThat(event.waitedSeconds).isAtLeast(10L);
    assertThat(event.escalatedTo).hasSize(1);
    assertThat(event.escalatedTo.get(0).username).isEqualTo("vera");
  }

  @Test
  public void projectThatDoesNotRemindGetsOneEventPerWaitingPeriod() throws Exception {
    configureIgnoredWithoutReminders();
    PushOneCommit.Result r = ignoredChange();

    SweepReport first = sweeper().sweep(false);
    SweepReport second = sweeper().sweep(false);

    assertWithMessage(first.toString()).that(first.events()).isEqualTo(1);
    assertThat(first.changes().get(0).event()).isTrue();
    assertThat(first.skipped()).containsEntry(SweepReport.Skip.REMIND_OFF, 1);
    assertWithMessage(second.toString()).that(second.events()).isEqualTo(0);
    assertThat(second.changes().get(0).event()).isFalse();
    assertThat(events).hasSize(1);
    IgnoredChangeEvent event = (IgnoredChangeEvent) events.get(0);
    assertThat(event.changeKey.get()).isEqualTo(r.getChangeId());
    assertThat(event.reminded).isFalse();
    assertThat(event.escalatedTo).isEmpty();
    assertThat(event.rule).isEqualTo("newcomerIgnoredAfter");
    assertThat(event.threshold).isEqualTo("5s");
    assertThat(event.waitedSeconds).isAtLeast(10L);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
    assertThat(eventClaims()).hasSize(1);

    // A review ends the period; the owner's new patch set that nobody looks at starts the next.
    TestTimeUtil.incrementClock(2, SECONDS);
    requestScopeOperations.setApiUser(vera.id());
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("Please fix"));
    ownerAnswersWithANewPatchSetNobodyLooksAt(r);
    sweeper().sweep(false);
    sweeper().sweep(false);

    assertThat(events).hasSize(2);
    IgnoredChangeEvent next = (IgnoredChangeEvent) events.get(1);
    assertThat(next.waitingSince).isGreaterThan(event.waitingSince);
    assertThat(eventClaims()).hasSize(2);
  }

  @Test
  public void eventAloneIsNotRepeatedAfterARestartOrOnASecondPrimary() throws Exception {
    configureIgnoredWithoutReminders();
    ignoredChange();
    assertThat(sweeper().sweep(false).events()).isEqualTo(1);

    // A restart or a second primary on the same repositories remembers nothing: the claim ref is
    // the marker.
    forgetCachedReminders();
    SweepReport again = sweeper().sweep(false);

    assertWithMessage(again.toString()).that(again.events()).isEqualTo(0);
    assertThat(events).hasSize(1);
  }

  @Test
  public void twoSweepsAtOnceSendOneEventAlone() throws Exception {
    configureIgnoredWithoutReminders();
    // The race is won or lost in milliseconds: run it a few times.
    for (int round = 0; round < 10; round++) {
      abandonOpenChanges();
      events.clear();
      ignoredChange();
      List<SweepReport> reports = twoSweepsAtOnce();
      assertWithMessage("round %s: %s", round, reports)
          .that(reports.stream().mapToInt(SweepReport::events).sum())
          .isEqualTo(1);
      assertWithMessage("round %s", round).that(events).hasSize(1);
    }
  }

  @Test
  public void projectThatRemindsGetsOneEventWithItsReminder() throws Exception {
    configureReminders();
    ignoredChange();

    SweepReport first = sweeper().sweep(false);
    forgetCachedReminders();
    SweepReport second = sweeper().sweep(false);

    assertThat(first.reminded()).isEqualTo(1);
    assertThat(first.events()).isEqualTo(1);
    assertThat(second.events()).isEqualTo(0);
    assertThat(events).hasSize(1);
    IgnoredChangeEvent event = (IgnoredChangeEvent) events.get(0);
    assertThat(event.reminded).isTrue();
    assertThat(event.escalatedTo).hasSize(1);
    // The reminder's event takes the same claim as an event alone: the two paths cannot both send.
    assertThat(eventClaims()).hasSize(1);
  }

  @Test
  public void projectThatStartsRemindingMidPeriodGetsNoSecondEvent() throws Exception {
    configureIgnoredWithoutReminders();
    PushOneCommit.Result r = ignoredChange();
    sweeper().sweep(false);
    assertThat(events).hasSize(1);

    configureReminders();
    SweepReport reminding = sweeper().sweep(false);

    assertWithMessage(reminding.toString()).that(reminding.reminded()).isEqualTo(1);
    assertThat(reminding.events()).isEqualTo(0);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
    assertThat(events).hasSize(1);
    assertThat(((IgnoredChangeEvent) events.get(0)).reminded).isFalse();
  }

  @Test
  public void dryRunsSendNoEventAndTakeNoClaim() throws Exception {
    xenapi().review().allIgnoredAfter("5s").dryRun(true).push();
    ignoredChange();

    SweepReport projectDry = sweeper().sweep(false);
    assertThat(projectDry.events()).isEqualTo(0);

    configureIgnoredWithoutReminders();
    SweepReport sweepDry = sweeper().sweep(true);
    assertThat(sweepDry.events()).isEqualTo(0);
    assertThat(events).isEmpty();
    assertThat(eventClaims()).isEmpty();

    // Nothing was used up: the first real sweep sends the event.
    assertThat(sweeper().sweep(false).events()).isEqualTo(1);
    assertThat(events).hasSize(1);
  }

  @Test
  public void eventThatCannotBeSentIsCountedAndTheSweepGoesOn() throws Exception {
    configureIgnoredWithoutReminders();
    PushOneCommit.Result r = ignoredChange();
    long errors =
        testMetrics.getCount("plugins/community-health/errors", HealthMetrics.Component.EVENT);
    // A listener that fails when Gerrit's dispatcher asks whom it listens as: the dispatch throws.
    RegistrationHandle broken =
        eventListeners.add(
            "community-health-test",
            new UserScopedEventListener() {
              @Override
              public void onEvent(Event e) {}

              @Override
              public CurrentUser getUser() {
                throw new IllegalStateException("injected: listener without a user");
              }
            });
    SweepReport report;
    try {
      report = sweeper().sweep(false);
    } finally {
      broken.remove();
    }

    assertWithMessage(report.toString()).that(report.ignored()).isEqualTo(1);
    assertThat(report.skipped()).containsEntry(SweepReport.Skip.REMIND_OFF, 1);
    assertThat(report.skipped()).doesNotContainKey(SweepReport.Skip.ERROR);
    assertThat(report.events()).isEqualTo(0);
    assertThat(
            testMetrics.getCount("plugins/community-health/errors", HealthMetrics.Component.EVENT))
        .isEqualTo(errors + 1);
    assertThat(healthAttribute(r.getChangeId())).isIgnored();
  }

  @Test
  @GerritConfig(name = "plugin.community-health.maxRemindersPerSweep", value = "2")
  public void capLeavesEventsAloneForTheNextSweep() throws Exception {
    configureIgnoredWithoutReminders();
    PushOneCommit.Result newest = threeChangesAnHourApart().get(2);

    SweepReport capped = sweeper().sweep(false);
    assertWithMessage(capped.toString()).that(capped.events()).isEqualTo(2);
    assertThat(events).hasSize(2);
    assertThat(events.stream().map(e -> ((IgnoredChangeEvent) e).changeKey.get()))
        .doesNotContain(newest.getChangeId());

    SweepReport next = sweeper().sweep(false);
    assertWithMessage(next.toString()).that(next.events()).isEqualTo(1);
    assertThat(((IgnoredChangeEvent) events.get(2)).changeKey.get())
        .isEqualTo(newest.getChangeId());
  }

  @Test
  public void timeToFirstReviewIsRecordedOnceOnTheFirstHumanReview() throws Exception {
    configureReminders();
    PushOneCommit.Result r = pushChangeAs(carla, project, "xenapi: fix", XENAPI_FILE, UTC);
    TestTimeUtil.incrementClock(1, HOURS);
    String metric = "plugins/community-health/time_to_first_review";
    long before = testMetrics.getTimer(metric);

    // Neither the owner nor CI counts.
    requestScopeOperations.setApiUser(carla.id());
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("Ping"));
    TestAccount ci =
        accountCreator.create("zuul", "zuul@example.com", "Zuul CI", null, "Service Users");
    requestScopeOperations.setApiUser(ci.id());
    gApi.changes().id(r.getChangeId()).current().review(ReviewInput.recommend());
    drainPluginQueue();
    assertThat(testMetrics.getTimer(metric)).isEqualTo(before);

    requestScopeOperations.setApiUser(vera.id());
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("First look"));
    drainPluginQueue();
    long afterFirst = testMetrics.getTimer(metric);
    TestTimeUtil.incrementClock(5, SECONDS);
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("Second look"));
    drainPluginQueue();

    assertThat(afterFirst - before).isAtLeast(3_600_000L);
    assertThat(testMetrics.getTimer(metric)).isEqualTo(afterFirst);
  }

  @Test
  @GerritConfig(name = "plugin.community-health.botAccount", value = "nobody-here")
  public void missingBotAccountPostsNothingAndReportsErrors() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();

    SweepReport report = sweeper().sweep(false);

    assertThat(report.reminded()).isEqualTo(0);
    assertThat(report.skipped()).containsEntry(SweepReport.Skip.ERROR, 1);
    assertThat(report.changes().get(0).outcome()).isEqualTo(SweepReport.Outcome.ERROR);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
  }

  @Test
  @GerritConfig(name = "plugin.community-health.sweepInterval", value = "1s")
  public void scheduleSweepsByItself() throws Exception {
    configureReminders();
    PushOneCommit.Result r = ignoredChange();

    long deadline = System.nanoTime() + SECONDS.toNanos(30);
    while (messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    // Later sweeps keep running and keep to one reminder.
    Thread.sleep(2_500);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
  }

  @Test
  @GerritConfig(name = "plugin.community-health.maxRemindersPerSweep", value = "2")
  public void capLeavesTheShortestWaitsForTheNextSweep() throws Exception {
    configureReminders();
    // The index lists the most recently updated first; the cap must follow the wait instead.
    List<PushOneCommit.Result> pushed = threeChangesAnHourApart();
    PushOneCommit.Result oldest = pushed.get(0);
    PushOneCommit.Result middle = pushed.get(1);
    PushOneCommit.Result newest = pushed.get(2);

    SweepReport capped = sweeper().sweep(false);

    assertThat(capped.reminded()).isEqualTo(2);
    assertThat(capped.skipped()).containsEntry(SweepReport.Skip.CAPPED, 1);
    assertThat(messagesTagged(oldest.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
    assertThat(messagesTagged(middle.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
    assertThat(messagesTagged(newest.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();

    SweepReport next = sweeper().sweep(false);

    assertThat(next.reminded()).isEqualTo(1);
    assertThat(messagesTagged(newest.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
  }

  /** The xenapi feature, maintained by vera and mia. */
  private HealthConfig xenapi() {
    return config()
        .feature("xenapi")
        .path("nova/virt/xenapi/**")
        .maturity("experimental")
        .maintainer("vera")
        .maintainer("mia");
  }

  private void configureReminders() throws Exception {
    xenapi().review().allIgnoredAfter("5s").remind(true).push();
  }

  /** Flags ignored changes, as every project does by default, without reminding. */
  private void configureIgnoredWithoutReminders() throws Exception {
    xenapi().review().allIgnoredAfter("5s").push();
  }

  /** The claims of ignored events in the test's project. */
  private List<String> eventClaims() throws Exception {
    try (Repository repo = repoManager.openRepository(project)) {
      return repo.getRefDatabase().getRefsByPrefix(Claims.REFS_PREFIX + "ignored/").stream()
          .map(Ref::getName)
          .toList();
    }
  }

  /** What a restart or a second primary would not have. */
  private void forgetCachedReminders() {
    plugin
        .getSysInjector()
        .getInstance(
            Key.get(
                new TypeLiteral<Cache<ChangeRevisionKey, Boolean>>() {},
                Names.named(Sweeper.REMINDED_CACHE)))
        .invalidateAll();
  }

  /** A change by a newcomer that nobody reviews for 10 seconds. */
  private PushOneCommit.Result ignoredChange() throws Exception {
    PushOneCommit.Result r = pushChangeAs(carla, project, "xenapi: fix", XENAPI_FILE, UTC);
    TestTimeUtil.incrementClock(10, SECONDS);
    return r;
  }

  /** Tests share one server and sweeps are server-wide: each test starts with no open change. */
  private void abandonOpenChanges() throws Exception {
    for (ChangeInfo open : gApi.changes().query("status:open").get()) {
      gApi.changes().id(open.id).abandon();
    }
  }

  private Sweeper sweeper() {
    return plugin.getSysInjector().getInstance(Sweeper.class);
  }

  private Map<Integer, AttentionSetInfo> attentionSet(PushOneCommit.Result r) throws Exception {
    Map<Integer, AttentionSetInfo> set = gApi.changes().id(r.getChangeId()).get().attentionSet;
    return set == null ? Map.of() : set;
  }
}
