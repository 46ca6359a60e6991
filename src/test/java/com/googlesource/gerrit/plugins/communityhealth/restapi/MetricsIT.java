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
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.MetricsInfo;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MetricsIT extends AbstractCommunityHealthIT {
  @Inject private RequestScopeOperations requestScopeOperations;

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
}
