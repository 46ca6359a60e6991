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

package com.googlesource.gerrit.plugins.communityhealth.query;

import static com.google.common.truth.Truth.assertThat;
import static com.google.gerrit.testing.GerritJUnit.assertThrows;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.TestMetricMaker;
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.time.ZoneId;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SignalOperatorsIT extends AbstractCommunityHealthIT {
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final String ERRORS = "plugins/community-health/errors";

  @Inject private RequestScopeOperations requestScopeOperations;
  @Inject private TestMetricMaker testMetrics;

  private TestAccount carla;
  private TestAccount vera;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, MILLISECONDS);
    carla = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
    vera = accountCreator.create("vera", "vera@example.com", "Vera Veteran", null);
    pushConfig(
            project,
            "[feature \"libvirt\"]\n  path = nova/virt/libvirt/**\n  maturity = complete\n"
                + "[feature \"xenapi\"]\n  path = nova/virt/xenapi/**\n  maturity = experimental\n"
                + "[focusArea \"upgrades\"]\n  query = upgrade\n"
                + "[newcomer]\n  maxMergedChanges = 1\n"
                + "[review]\n  ignoredAfter = 5s\n  newcomerIgnoredAfter = 5s\n")
        .assertOkStatus();
    merge(pushChangeAs(vera, project, "earlier work", "v.txt", UTC));
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void isIgnoredFindsChangesNobodyReviewed() throws Exception {
    PushOneCommit.Result ignored =
        pushChangeAs(carla, project, "xenapi: fix", "nova/virt/xenapi/a.py", UTC);
    PushOneCommit.Result reviewed =
        pushChangeAs(carla, project, "libvirt: fix", "nova/virt/libvirt/b.py", UTC);
    TestTimeUtil.incrementClock(10, SECONDS);
    requestScopeOperations.setApiUser(vera.id());
    gApi.changes().id(reviewed.getChangeId()).current().review(new ReviewInput().message("ok"));
    requestScopeOperations.setApiUser(admin.id());
    PushOneCommit.Result fresh =
        pushChangeAs(carla, project, "xenapi: more", "nova/virt/xenapi/c.py", UTC);

    assertThat(changeIds("status:open is:ignored_community-health"))
        .containsExactly(ignored.getChangeId());
    assertThat(changeIds("status:open is:waiting_community-health"))
        .containsExactly(ignored.getChangeId(), fresh.getChangeId());
    assertThat(changeIds("status:open -is:ignored_community-health"))
        .containsExactly(reviewed.getChangeId(), fresh.getChangeId());
  }

  @Test
  public void isNewcomerFindsNewcomersChanges() throws Exception {
    PushOneCommit.Result byNewcomer =
        pushChangeAs(carla, project, "first", "nova/virt/xenapi/a.py", UTC);
    PushOneCommit.Result byVeteran = pushChangeAs(vera, project, "second", "w.txt", UTC);

    assertThat(changeIds("status:open is:newcomer_community-health"))
        .containsExactly(byNewcomer.getChangeId());
    assertThat(changeIds("status:open -is:newcomer_community-health"))
        .containsExactly(byVeteran.getChangeId());
  }

  @Test
  public void tierOperatorMatchesTheWeakestTouchedFeature() throws Exception {
    PushOneCommit.Result experimental =
        pushChangeAs(carla, project, "xen", "nova/virt/xenapi/a.py", UTC);
    PushOneCommit.Result complete =
        pushChangeAs(carla, project, "libvirt", "nova/virt/libvirt/a.py", UTC);
    pushChangeAs(carla, project, "docs", "doc/index.rst", UTC);

    assertThat(changeIds("status:open tier_community-health:experimental"))
        .containsExactly(experimental.getChangeId());
    assertThat(changeIds("status:open tier_community-health:Complete"))
        .containsExactly(complete.getChangeId());
    assertThat(changeIds("tier_community-health:deprecated")).isEmpty();
  }

  @Test
  public void focusOperatorMatchesChangesOfTheArea() throws Exception {
    PushOneCommit.Result upgrade =
        pushChangeAs(carla, project, "Support rolling upgrades", "nova/virt/xenapi/a.py", UTC);
    pushChangeAs(carla, project, "Fix a typo", "nova/virt/xenapi/b.py", UTC);

    assertThat(changeIds("status:open focus_community-health:upgrades"))
        .containsExactly(upgrade.getChangeId());
    assertThat(changeIds("status:open focus_community-health:Upgrades")).isEmpty();
    assertThat(changeIds("status:open focus_community-health:no-such-area")).isEmpty();
  }

  @Test
  public void unknownTierIsABadRequest() throws Exception {
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> changeIds("tier_community-health:shiny"));
    assertThat(e).hasMessageThat().contains("unknown tier 'shiny'");
    RestResponse res = adminRestSession.get("/changes/?q=tier_community-health:shiny");
    res.assertBadRequest();
  }

  @Test
  public void operatorsWorkOverRestAndCombineWithIndexedOperators() throws Exception {
    PushOneCommit.Result r = pushChangeAs(carla, project, "xen", "nova/virt/xenapi/a.py", UTC);
    TestTimeUtil.incrementClock(10, SECONDS);

    RestResponse res =
        adminRestSession.get(
            "/changes/?q=project:"
                + project.get()
                + "+is:ignored_community-health+is:newcomer_community-health");
    res.assertOK();
    assertThat(res.getEntityContent()).contains(r.getChangeId());
  }

  @Test
  public void aFaultInOneChangeDoesNotFailTheQuery() throws Exception {
    PushOneCommit.Result r = pushChangeAs(carla, project, "xen", "nova/virt/xenapi/a.py", UTC);
    long errorsBefore = testMetrics.getCount(ERRORS, HealthMetrics.Component.QUERY);
    // Signals of a change in a project that does not exist cannot be computed.
    ChangeData broken =
        plugin
            .getSysInjector()
            .getInstance(ChangeData.Factory.class)
            .create(Project.nameKey("no-such-project"), r.getChange().getId());
    Predicate<ChangeData> isIgnored =
        plugin
            .getSysInjector()
            .getInstance(SignalOperands.Predicates.class)
            .is("ignored", s -> true);

    assertThat(isIgnored.asMatchable().match(broken)).isFalse();
    assertThat(testMetrics.getCount(ERRORS, HealthMetrics.Component.QUERY))
        .isEqualTo(errorsBefore + 1);
    assertThat(changeIds("status:open is:newcomer_community-health")).contains(r.getChangeId());
  }

  private List<String> changeIds(String q) throws Exception {
    return gApi.changes().query(q + " project:" + project.get()).get().stream()
        .map((ChangeInfo c) -> c.changeId)
        .toList();
  }
}
