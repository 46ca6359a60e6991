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

import com.google.common.collect.ImmutableList;
import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.extensions.common.ChangeMessageInfo;
import com.google.gerrit.testing.ConfigSuite;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.SignalsSubject;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.bot.Claims;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.lib.Config;
import org.junit.Before;
import org.junit.Test;

public class WelcomerIT extends AbstractCommunityHealthIT {
  @ConfigSuite.Default
  public static Config withBot() {
    Config cfg = new Config();
    cfg.setString("plugin", "community-health", "botAccount", "ch-bot");
    return cfg;
  }

  private static final ZoneId KOLKATA = ZoneId.of("+05:30");
  private TestAccount bot;

  @Before
  public void createBot() throws Exception {
    bot =
        accountCreator.create("ch-bot", "bot@example.com", "Community Bot", null, "Service Users");
  }

  @Test
  public void newcomerGetsOneWelcomeNamingTheMentorInTheirTimeZone() throws Exception {
    TestAccount dubai = accountCreator.create("dubai", "dubai@example.com", "Dana Dubai", null);
    TestAccount seattle =
        accountCreator.create("seattle", "seattle@example.com", "Sam Seattle", null);
    // Mentors' time zones come from their most recent commits.
    merge(pushChangeAs(dubai, project, "Dubai work", "d.txt", ZoneId.of("+04:00")));
    merge(pushChangeAs(seattle, project, "Seattle work", "s.txt", ZoneId.of("-08:00")));
    config()
        .newcomer()
        .welcome(true)
        .maxMergedChanges(1)
        .guide("https://example.org/contributing")
        .mentor("seattle")
        .mentor("dubai")
        .mentorAs("cc")
        .push();
    TestAccount nico = accountCreator.create("nico", "nico@example.com", "Nico Newcomer", null);

    PushOneCommit.Result change = pushChangeAs(nico, project, "Fix typo", "a.txt", KOLKATA);
    drainPluginQueue();

    ImmutableList<ChangeMessageInfo> welcomes =
        messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG);
    assertThat(welcomes).hasSize(1);
    ChangeMessageInfo welcome = welcomes.get(0);
    assertThat(welcome.author._accountId).isEqualTo(bot.id().get());
    assertThat(welcome.message).contains("Nico Newcomer");
    assertThat(welcome.message).contains("Dana Dubai");
    assertThat(welcome.message).doesNotContain("Sam Seattle");
    assertThat(welcome.message).contains("Contributor guide: https://example.org/contributing");
    assertThat(
            gApi.changes().id(change.getChangeId()).get().reviewers.values().stream()
                .flatMap(c -> c.stream())
                .map(a -> a._accountId))
        .contains(dubai.id().get());

    // A second change by the same newcomer is not welcomed again.
    PushOneCommit.Result second = pushChangeAs(nico, project, "Fix another", "b.txt", KOLKATA);
    drainPluginQueue();
    assertThat(messagesTagged(second.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
  }

  @Test
  public void welcomePromisesTheReminderInTheReminderWords() throws Exception {
    config()
        .newcomer()
        .welcome(true)
        .review()
        .remind(true)
        .newcomerIgnoredAfter("2d")
        .workingDays(true)
        .push();
    TestAccount nico = accountCreator.create("nico5", "nico5@example.com", "Nico Five", null);

    PushOneCommit.Result change = pushChangeAs(nico, project, "Fix", "a.txt", KOLKATA);
    drainPluginQueue();

    String text = messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG).get(0).message;
    assertThat(text).contains("If nobody has looked at your change within 2 working days,");
    assertThat(text).doesNotContain("within 2d");
  }

  @Test
  public void veteranGetsNoWelcome() throws Exception {
    config().newcomer().welcome(true).maxMergedChanges(1).push();
    TestAccount vera = accountCreator.create("vera", "vera@example.com", "Vera Veteran", null);
    merge(pushChangeAs(vera, project, "Earlier work", "v.txt", ZoneId.of("UTC")));

    PushOneCommit.Result change =
        pushChangeAs(vera, project, "More work", "w.txt", ZoneId.of("UTC"));
    drainPluginQueue();

    assertThat(messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
  }

  @Test
  public void welcomeIsOffUntilAnOwnerOptsIn() throws Exception {
    TestAccount nico = accountCreator.create("nico2", "nico2@example.com", "Nico Two", null);
    PushOneCommit.Result change = pushChangeAs(nico, project, "Fix typo", "a.txt", KOLKATA);
    drainPluginQueue();
    assertThat(messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
  }

  @Test
  public void parallelChangesAndRacingWelcomersGiveOneWelcome() throws Exception {
    config().newcomer().welcome(true).push();
    TestAccount nico = accountCreator.create("nico3", "nico3@example.com", "Nico Three", null);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<PushOneCommit.Result>> pushes = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        int n = i;
        pushes.add(
            pool.submit(
                () -> pushChangeAs(nico, project, "Change " + n, "f" + n + ".txt", KOLKATA)));
      }
      List<PushOneCommit.Result> changes = new ArrayList<>();
      for (Future<PushOneCommit.Result> f : pushes) {
        changes.add(f.get());
      }
      // Race the welcomer itself too, as two primaries would.
      Welcomer welcomer = plugin.getSysInjector().getInstance(Welcomer.class);
      List<Callable<Welcomer.Outcome>> racers = new ArrayList<>();
      for (PushOneCommit.Result c : changes) {
        racers.add(() -> welcomer.welcome(project, c.getChange().getId()));
      }
      pool.invokeAll(racers);
      drainPluginQueue();

      int welcomes = 0;
      for (PushOneCommit.Result c : changes) {
        welcomes += messagesTagged(c.getChangeId(), BotPost.WELCOME_TAG).size();
      }
      assertThat(welcomes).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void hostileDisplayNameIsEscaped() throws Exception {
    config().newcomer().welcome(true).push();
    TestAccount hostile =
        accountCreator.create(
            "hostile",
            "hostile@example.com",
            "[click](https://evil.example) @admin <b>x</b>",
            null);

    PushOneCommit.Result change = pushChangeAs(hostile, project, "Hi", "h.txt", KOLKATA);
    drainPluginQueue();

    String text = messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG).get(0).message;
    assertThat(text).doesNotContain("[click](https://evil.example)");
    assertThat(text).doesNotContain(" @admin");
    assertThat(text).doesNotContain("<b>");
  }

  @Test
  public void dryRunPostsNothingAndClaimsNothing() throws Exception {
    config().newcomer().welcome(true).review().dryRun(true).push();
    TestAccount nico = accountCreator.create("nico4", "nico4@example.com", "Nico Four", null);

    PushOneCommit.Result change = pushChangeAs(nico, project, "Fix", "a.txt", KOLKATA);
    drainPluginQueue();
    Welcomer.Outcome outcome =
        plugin
            .getSysInjector()
            .getInstance(Welcomer.class)
            .welcome(project, change.getChange().getId());

    assertThat(outcome.kind()).isEqualTo(Welcomer.Outcome.Kind.DRY_RUN);
    assertThat(outcome.message().get()).contains("Nico Four");
    // The signals endpoint shows what would be posted.
    SignalsInfo signals = signals(change.getChangeId());
    SignalsSubject.assertThat(signals).isNewcomer();
    SignalsSubject.assertThat(signals).welcomeStatus().isEqualTo("would_post");
    assertThat(signals.welcome.message).contains("Nico Four");
    assertThat(messagesTagged(change.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
    assertThat(
            plugin
                .getSysInjector()
                .getInstance(Claims.class)
                .isClaimed(project, Claims.welcomedRef(nico.id().get())))
        .isFalse();
  }
}
