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

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.acceptance.ChangeHealthSubject.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.acceptance.SignalsSubject.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.testing.TestTimeUtil;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport;
import com.googlesource.gerrit.plugins.communityhealth.bot.BotPost;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics.Component;
import org.junit.Test;

/**
 * Faults injected for real, one per test: each must leave pushes, reviews, change queries (with the
 * plugin's attribute and search operators), change pages and the plugin's endpoints working, and be
 * logged and counted in {@code plugins/community-health/errors} under its component.
 */
public class FaultsIT extends AbstractFaultsIT {
  @Test
  public void unparsableConfigWrittenBehindGerritsBackIsReportedAndGerritKeepsWorking()
      throws Exception {
    pushConfig(project, VALID).assertOkStatus();
    PushOneCommit.Result before = pushChangeAs(carla, project, "xenapi: a", XENAPI_FILE, UTC);
    assertThat(healthAttribute(before.getChangeId())).tier().isEqualTo("experimental");
    long errors = errors(Component.CONFIG);

    // A missing ']': a push of this is rejected, a direct write on the server is not.
    writeConfigBehindGerritsBack(VALID.replace("[feature \"xenapi\"]", "[feature \"xenapi\""));

    PushOneCommit.Result after = pushChangeAs(carla, project, "xenapi: b", XENAPI_FILE, UTC);
    assertGerritAndPluginAnswer(after);
    // The file is ignored as a whole: the defaults apply (no features, so no tier).
    assertThat(healthAttribute(after.getChangeId())).tier().isNull();
    assertThat(healthAttribute(before.getChangeId())).tier().isNull();
    assertThat(problems()).hasSize(1);
    assertThat(problems().get(0)).contains("cannot be parsed");
    assertThat(problems().get(0)).contains("refs/meta/config of " + project.get());
    assertThat(errors(Component.CONFIG)).isGreaterThan(errors);

    // Nothing is lost: an owner repairs it with an ordinary push.
    pushConfig(project, VALID).assertOkStatus();
    assertThat(problems()).isEmpty();
    assertThat(healthAttribute(after.getChangeId())).tier().isEqualTo("experimental");
  }

  @Test
  public void invalidValuesWrittenBehindGerritsBackFallBackToDefaultsOneByOne() throws Exception {
    pushConfig(project, VALID).assertOkStatus();
    long configErrors = errors(Component.CONFIG);
    long signalErrors = errors(Component.SIGNALS);

    writeConfigBehindGerritsBack(
        VALID
            .replace("ignoredAfter = 5s\n  newcomer", "ignoredAfter = banana\n  newcomer")
            .replace("remind = true", "remind = true\n  exempt = hashtag:(frozen"));

    PushOneCommit.Result r = pushChangeAs(carla, project, "xenapi: c", XENAPI_FILE, UTC);
    assertGerritAndPluginAnswer(r);
    // The valid values still apply; the invalid one falls back; the broken exempt query exempts
    // nothing.
    assertThat(healthAttribute(r.getChangeId())).tier().isEqualTo("experimental");
    SignalsInfo signals = signals(r.getChangeId());
    assertThat(signals).isNotExempt();
    assertThat(signals).waitingReason().startsWith("waiting on reviewers");
    assertThat(String.join("\n", problems())).contains("ignoredAfter");
    assertThat(errors(Component.CONFIG)).isGreaterThan(configErrors);
    assertThat(errors(Component.SIGNALS)).isGreaterThan(signalErrors);
  }

  @Test
  public void deactivatedBotPostsNoWelcomeAndTheNextChangeIsWelcomedOnceItIsBack()
      throws Exception {
    pushConfig(project, VALID).assertOkStatus();
    gApi.accounts().id(bot.id().get()).setActive(false);
    long errors = errors(Component.WELCOME);

    PushOneCommit.Result first = pushChangeAs(carla, project, "first", "a.txt", UTC);
    drainPluginQueue();

    assertThat(messagesTagged(first.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
    assertThat(errors(Component.WELCOME)).isEqualTo(errors + 1);
    assertGerritAndPluginAnswer(first);
    drainPluginQueue();
    errors = errors(Component.WELCOME);

    gApi.accounts().id(bot.id().get()).setActive(true);
    PushOneCommit.Result second = pushChangeAs(carla, project, "second", "b.txt", UTC);
    drainPluginQueue();
    PushOneCommit.Result third = pushChangeAs(carla, project, "third", "c.txt", UTC);
    drainPluginQueue();

    assertThat(messagesTagged(second.getChangeId(), BotPost.WELCOME_TAG)).hasSize(1);
    assertThat(messagesTagged(first.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
    assertThat(messagesTagged(third.getChangeId(), BotPost.WELCOME_TAG)).isEmpty();
    assertThat(errors(Component.WELCOME)).isEqualTo(errors);
  }

  @Test
  public void deactivatedBotPostsNoReminderAndTheNextSweepRemindsOnceItIsBack() throws Exception {
    pushConfig(project, VALID.replace("welcome = true", "welcome = false")).assertOkStatus();
    abandonOpenChanges();
    PushOneCommit.Result r = pushChangeAs(carla, project, "xenapi: d", XENAPI_FILE, UTC);
    TestTimeUtil.incrementClock(10, SECONDS);
    gApi.accounts().id(bot.id().get()).setActive(false);
    long errors = errors(Component.SWEEP);

    SweepReport failed = sweeper().sweep(false);

    assertThat(failed.skipped()).containsEntry(SweepReport.Skip.ERROR, 1);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).isEmpty();
    assertThat(errors(Component.SWEEP)).isEqualTo(errors + 1);
    assertGerritAndPluginAnswer(r);

    gApi.accounts().id(bot.id().get()).setActive(true);
    assertThat(sweeper().sweep(false).reminded()).isEqualTo(1);
    assertThat(sweeper().sweep(false).reminded()).isEqualTo(0);
    assertThat(messagesTagged(r.getChangeId(), BotPost.IGNORED_TAG)).hasSize(1);
  }
}
