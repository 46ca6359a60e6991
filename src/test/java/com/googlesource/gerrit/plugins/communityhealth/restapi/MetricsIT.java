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

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.HOURS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.config.GerritConfig;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.common.data.GlobalCapability;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.server.group.SystemGroupBackend;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.MetricsInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MetricsIT extends AbstractCommunityHealthIT {
  @Inject private RequestScopeOperations requestScopeOperations;
  @Inject private ProjectOperations projectOperations;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void chaossMetricsCountOnlyHumanResponsesAndVisibleChanges() throws Exception {
    pushConfig(
            project,
            "[focusArea \"upgrades\"]\n  query = upgrade\n  weight = 2\n"
                + "[newcomer]\n  maxMergedChanges = 3\n")
        .assertOkStatus();
    TestAccount carla = accountCreator.create("carla", "carla@example.com", "Carla", null);
    TestAccount ci =
        accountCreator.create("zuul", "zuul@example.com", "Zuul", null, "Service Users");
    PushOneCommit.Result reviewed =
        pushChangeAs(carla, project, "Upgrade the scheduler", "a.py", ZoneId.of("UTC"));
    PushOneCommit.Result botOnly =
        pushChangeAs(carla, project, "Fix a typo", "b.py", ZoneId.of("UTC"));

    TestTimeUtil.incrementClock(5, HOURS);
    gApi.changes().id(reviewed.getChangeId()).current().review(new ReviewInput().message("Nice"));
    requestScopeOperations.setApiUser(ci.id());
    gApi.changes()
        .id(botOnly.getChangeId())
        .current()
        .review(new ReviewInput().message("Build ok"));
    requestScopeOperations.setApiUser(admin.id());

    // A private change of admin's that user cannot see.
    PushOneCommit.Result secret =
        pushChangeAs(admin, project, "Upgrade secretly", "c.py", ZoneId.of("UTC"));
    gApi.changes().id(secret.getChangeId()).setPrivate(true);

    MetricsInfo m =
        getJson(
            userRestSession, projectUrl(project) + "/" + PLUGIN + "~metrics", MetricsInfo.class);

    assertThat(m.windowDays).isEqualTo(90);
    // Admin's change from the test setup and the private change are not carla's.
    assertThat(m.timeToFirstReview.newcomers.changes).isAtLeast(2);
    assertThat(m.timeToFirstReview.newcomers.responded).isAtLeast(1);
    assertThat(m.timeToFirstReview.newcomers.medianHours).isAtLeast(5.0);

    int waiting = m.backlog.stream().mapToInt(b -> b.waiting).sum();
    assertThat(waiting).isEqualTo(1); // the change only the CI bot commented on
    assertThat(m.backlog.get(0).label).isEqualTo("< 1 day");

    assertThat(m.focusCoverage.openChanges).isEqualTo(2); // the private change is not counted
    assertThat(m.focusCoverage.areas.get(0).name).isEqualTo("upgrades");
    assertThat(m.focusCoverage.areas.get(0).open).isEqualTo(1);
    assertThat(m.focusCoverage.unmatched).isEqualTo(1);

    // Carla's month (the test clock may have crossed into the next one since).
    assertThat(m.newContributors.stream().mapToInt(x -> x.newContributors).sum()).isEqualTo(1);
    assertThat(m.newContributors.stream().mapToInt(x -> x.returned).sum()).isEqualTo(1);

    MetricsInfo asAdmin =
        getJson(
            adminRestSession, projectUrl(project) + "/" + PLUGIN + "~metrics", MetricsInfo.class);
    assertThat(asAdmin.focusCoverage.openChanges).isEqualTo(3);
    userRestSession
        .get(projectUrl(project) + "/" + PLUGIN + "~metrics?window=0")
        .assertBadRequest();
  }

  @Test
  public void timeZonesShowOwnersAtPlusNineWaitingLongerThanAtMinusSeven() throws Exception {
    TestAccount tokyo = accountCreator.create("kenji", "kenji@example.com", "Kenji", null);
    TestAccount denver = accountCreator.create("dana", "dana@example.com", "Dana", null);
    PushOneCommit.Result early =
        pushChangeAs(denver, project, "Denver fix", "d.py", ZoneId.of("-07:00"));
    PushOneCommit.Result late =
        pushChangeAs(tokyo, project, "Tokyo fix", "t.py", ZoneId.of("+09:00"));
    TestTimeUtil.incrementClock(1, HOURS);
    gApi.changes().id(early.getChangeId()).current().review(new ReviewInput().message("Looks ok"));
    TestTimeUtil.incrementClock(20, HOURS);
    gApi.changes().id(late.getChangeId()).current().review(new ReviewInput().message("Finally"));
    // The owner's own reply is not a response.
    requestScopeOperations.setApiUser(tokyo.id());
    gApi.changes().id(late.getChangeId()).current().review(new ReviewInput().message("ping"));
    requestScopeOperations.setApiUser(admin.id());

    MetricsInfo m =
        getJson(
            adminRestSession,
            projectUrl(project) + "/" + PLUGIN + "~metrics?window=30d",
            MetricsInfo.class);

    assertThat(m.windowDays).isEqualTo(30);
    assertThat(m.timeZones.stream().map(r -> r.region).toList())
        .containsExactly("americas", "europe_africa", "asia_pacific", "unknown")
        .inOrder();
    MetricsInfo.RegionInfo asia = region(m, "asia_pacific");
    MetricsInfo.RegionInfo americas = region(m, "americas");
    assertThat(asia.changes).isEqualTo(1);
    assertThat(americas.changes).isEqualTo(1);
    assertThat(asia.medianHours).isGreaterThan(americas.medianHours);
    assertThat(asia.medianHours).isAtLeast(21.0);
    assertThat(americas.medianHours).isLessThan(2.0);
    assertThat(m.reviewHours).hasSize(24);
    // Admin's two responses count; the owner's ping does not.
    assertThat(m.reviewHours.stream().mapToInt(h -> h.actions).sum()).isEqualTo(2);
    assertThat(m.reviewHours.stream().mapToInt(h -> h.reviewers).max().getAsInt()).isEqualTo(1);
  }

  @Test
  public void changeRequestDurationRunsFromUploadToMergeOfMergedChangesOnly() throws Exception {
    Instant start = TimeUtil.now();
    TestAccount rosa = accountCreator.create("rosa", "rosa@example.com", "Rosa", null);
    PushOneCommit.Result merged =
        pushChangeAs(rosa, project, "Merged fix", "m.py", ZoneId.of("UTC"));
    PushOneCommit.Result abandoned =
        pushChangeAs(rosa, project, "Abandoned fix", "x.py", ZoneId.of("UTC"));
    pushChangeAs(rosa, project, "Open fix", "o.py", ZoneId.of("UTC"));
    TestTimeUtil.incrementClock(3, HOURS);
    merge(merged);
    gApi.changes().id(abandoned.getChangeId()).abandon();
    // A comment long after the merge updates the change; CHAOSS stops the clock at the merge.
    TestTimeUtil.incrementClock(50, HOURS);
    gApi.changes().id(merged.getChangeId()).current().review(new ReviewInput().message("Thanks"));

    MetricsInfo m =
        getJson(
            userRestSession, projectUrl(project) + "/" + PLUGIN + "~metrics", MetricsInfo.class);
    double testHours = Duration.between(start, TimeUtil.now()).toSeconds() / 3600.0;

    MetricsInfo.DurationInfo newcomers = m.changeRequestDuration.newcomers;
    assertThat(newcomers.changes).isAtLeast(3);
    assertThat(newcomers.merged).isEqualTo(1);
    assertThat(newcomers.abandoned).isEqualTo(1);
    assertThat(newcomers.medianHours).isAtLeast(3.0);
    assertThat(newcomers.medianHours).isLessThan(50.0);
    assertThat(newcomers.medianHours).isAtMost(testHours);
    assertThat(newcomers.p90Hours).isEqualTo(newcomers.medianHours);
    assertThat(m.changeRequestDuration.others.merged).isEqualTo(0);
    assertThat(m.changeRequestDuration.others.medianHours).isNull();
  }

  @Test
  public void changeRequestReviewDurationRunsFromEachUploadToItsFirstHumanReview()
      throws Exception {
    Instant start = TimeUtil.now();
    TestAccount rosa = accountCreator.create("rosa", "rosa@example.com", "Rosa", null);
    TestAccount ci =
        accountCreator.create("zuul", "zuul@example.com", "Zuul", null, "Service Users");
    PushOneCommit.Result ps1 = pushChangeAs(rosa, project, "Fix", "f.py", ZoneId.of("UTC"));
    String id = ps1.getChangeId();
    TestTimeUtil.incrementClock(2, HOURS);
    // Reworked before anyone looked: patch set 1's cycle is superseded.
    amendChangeWithUploader(ps1, project, rosa).assertOkStatus();
    TestTimeUtil.incrementClock(1, HOURS);
    requestScopeOperations.setApiUser(ci.id());
    gApi.changes().id(id).current().review(new ReviewInput().message("Build ok"));
    TestTimeUtil.incrementClock(1, HOURS);
    requestScopeOperations.setApiUser(rosa.id());
    gApi.changes().id(id).current().review(new ReviewInput().message("Ready"));
    TestTimeUtil.incrementClock(3, HOURS);
    requestScopeOperations.setApiUser(admin.id());
    gApi.changes().id(id).current().review(new ReviewInput().message("Looks good"));

    MetricsInfo m =
        getJson(
            userRestSession, projectUrl(project) + "/" + PLUGIN + "~metrics", MetricsInfo.class);
    double testHours = Duration.between(start, TimeUtil.now()).toSeconds() / 3600.0;

    MetricsInfo.CyclesInfo newcomers = m.changeRequestReviewDuration.newcomers;
    assertThat(newcomers.cycles).isEqualTo(2);
    assertThat(newcomers.reviewed).isEqualTo(1);
    assertThat(newcomers.superseded).isEqualTo(1);
    // From patch set 2 (not patch set 1, 7 h before the review) to admin's comment (not the
    // bot's at 1 h, not the owner's at 2 h).
    assertThat(newcomers.medianHours).isAtLeast(5.0);
    assertThat(newcomers.medianHours).isLessThan(7.0);
    assertThat(newcomers.medianHours).isAtMost(testHours);
    assertThat(newcomers.p90Hours).isEqualTo(newcomers.medianHours);
    assertThat(m.changeRequestReviewDuration.others.reviewed).isEqualTo(0);
    assertThat(m.changeRequestReviewDuration.others.medianHours).isNull();
  }

  @Test
  public void oneWindowSyntaxForMetricsAndFeatures() throws Exception {
    String metrics = projectUrl(project) + "/" + PLUGIN + "~metrics";
    String features = projectUrl(project) + "/" + PLUGIN + "~features";
    for (String w : List.of("30", "30d")) {
      assertThat(getJson(adminRestSession, metrics + "?window=" + w, MetricsInfo.class).windowDays)
          .isEqualTo(30);
    }
    assertThat(getJson(adminRestSession, metrics + "?window=2w", MetricsInfo.class).windowDays)
        .isEqualTo(14);
    // ~features had only the duration form; the bare number of days now works there too.
    adminRestSession.get(features + "?window=30").assertOK();
    for (String bad : List.of("0", "366", "36h", "soon")) {
      adminRestSession.get(metrics + "?window=" + bad).assertBadRequest();
      adminRestSession.get(features + "?window=" + bad).assertBadRequest();
    }
  }

  @Test
  @GerritConfig(name = "plugin.community-health.enabled", value = "false")
  public void switchedOffTheMetricsAndQueuesAnswerConflict() throws Exception {
    adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~metrics").assertConflict();
    adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~queue").assertConflict();
    adminRestSession.get("/config/server/" + PLUGIN + "~queue").assertConflict();
  }

  private static MetricsInfo.RegionInfo region(MetricsInfo m, String key) {
    return m.timeZones.stream().filter(r -> r.region.equals(key)).findFirst().orElseThrow();
  }

  @Test
  public void everyVisibleChangeCountsBeyondTheCallersQueryLimit() throws Exception {
    // Before, the index query enforced visibility and so stopped at the caller's query limit
    // (500 by default): a project with more changes showed only 500. Here the limit is 2.
    projectOperations
        .allProjectsForUpdate()
        .add(
            com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.allowCapability(
                    GlobalCapability.QUERY_LIMIT)
                .group(SystemGroupBackend.REGISTERED_USERS)
                .range(0, 2))
        .update();
    TestAccount olga = accountCreator.create("olga", "olga@example.com", "Olga", null);
    for (int i = 0; i < 4; i++) {
      pushChangeAs(olga, project, "Change " + i, "f" + i + ".py", ZoneId.of("+05:30"));
    }

    MetricsInfo m =
        getJson(
            userRestSession, projectUrl(project) + "/" + PLUGIN + "~metrics", MetricsInfo.class);

    assertThat(region(m, "asia_pacific").changes).isEqualTo(4);
  }
}
