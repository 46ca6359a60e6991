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
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.allow;
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.block;
import static com.google.gerrit.server.group.SystemGroupBackend.REGISTERED_USERS;
import static java.util.concurrent.TimeUnit.DAYS;
import static java.util.concurrent.TimeUnit.HOURS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.testsuite.group.GroupOperations;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.entities.AccountGroup;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.extensions.common.ChangeMessageInfo;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.FeatureInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.FeaturesInfo;
import java.sql.Timestamp;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The support matrix in a real Gerrit, for a project configured like Nova. */
public class FeaturesIT extends AbstractCommunityHealthIT {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Inject private RequestScopeOperations requestScopeOperations;
  @Inject private ProjectOperations projectOperations;
  @Inject private GroupOperations groupOperations;

  private TestAccount contributor;
  private TestAccount vera;
  private TestAccount zuul;
  private AccountGroup.UUID libvirtCore;
  private String libvirtCoreName;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
    contributor = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
    vera = accountCreator.create("vera", "vera@example.com", "Vera Maintainer", null);
    accountCreator.create("hans", "hans@example.com", "Hans Away", null);
    zuul = accountCreator.create("zuul", "zuul@example.com", "Zuul", null, "Service Users");
    libvirtCoreName = name("libvirt-core");
    libvirtCore = groupOperations.newGroup().name(libvirtCoreName).addMember(vera.id()).create();
    pushConfig(project, nova("")).assertOkStatus();
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  /** Nova's drivers, with {@code libvirtExtra} added to the libvirt feature. */
  private String nova(String libvirtExtra) {
    return """
    [feature "libvirt"]
      title = Libvirt driver
      path = nova/virt/libvirt/**
      maturity = complete
      testing = checked
      docs = complete
      maintainer = group:%s
    %s
    [feature "hyperv"]
      title = Hyper-V driver
      path = nova/virt/hyperv/**
      maturity = experimental
      testing = regularly-tested
      docs = user
      maintainer = hans@example.com
    [feature "xenapi"]
      title = XenAPI driver
      path = nova/virt/xenapi/**
      maturity = deprecated
      testing = not-implemented
    """
        .formatted(libvirtCoreName, libvirtExtra);
  }

  @Test
  public void everyFeatureWithItsObservedActivity() throws Exception {
    projectOperations
        .project(project)
        .forUpdate()
        .add(allow(Permission.SUBMIT).ref("refs/heads/*").group(libvirtCore))
        .update();
    PushOneCommit.Result merged =
        pushChangeAs(contributor, project, "libvirt: fix", "nova/virt/libvirt/driver.py", UTC);
    TestTimeUtil.incrementClock(2, HOURS);
    ciVote(merged);
    TestTimeUtil.incrementClock(3, HOURS);
    comment(vera, merged, "Looks right.");
    gApi.changes().id(merged.getChangeId()).current().review(ReviewInput.approve());
    requestScopeOperations.setApiUser(vera.id());
    gApi.changes().id(merged.getChangeId()).current().submit();
    requestScopeOperations.setApiUser(admin.id());
    pushChangeAs(contributor, project, "libvirt: more", "nova/virt/libvirt/host.py", UTC);
    PushOneCommit.Result xenapi =
        pushChangeAs(contributor, project, "xenapi: fix", "nova/virt/xenapi/vm_utils.py", UTC);

    FeaturesInfo info = features(adminRestSession, "");

    assertThat(info.project).isEqualTo(project.get());
    assertThat(info.windowDays).isEqualTo(90);
    assertThat(info.truncated).isNull();
    assertThat(info.features.stream().map(f -> f.name))
        .containsExactly("libvirt", "hyperv", "xenapi")
        .inOrder();

    FeatureInfo libvirt = info.features.get(0);
    assertThat(libvirt.title).isEqualTo("Libvirt driver");
    assertThat(libvirt.maturity).isEqualTo("complete");
    assertThat(libvirt.testing).isEqualTo("checked");
    assertThat(libvirt.docs).isEqualTo("complete");
    assertThat(libvirt.maintainers).containsExactly("group:" + libvirtCoreName);
    assertThat(libvirt.activity.merged).isEqualTo(1);
    assertThat(libvirt.activity.open).isEqualTo(1);
    assertThat(libvirt.activity.opened).isEqualTo(2);
    assertThat(libvirt.activity.lastMaintainerReview).isEqualTo(messageDate(merged, vera));
    assertThat(libvirt.activity.lastMaintainerMerge)
        .isEqualTo(gApi.changes().id(merged.getChangeId()).get().submitted);
    // Zuul voted after 2 hours, but a CI vote is no review: Vera's comment 3 hours later is.
    Timestamp created = gApi.changes().id(merged.getChangeId()).get().created;
    double waited =
        (messageDate(merged, vera).getTime() - created.getTime()) / (double) HOURS.toMillis(1);
    assertThat(waited).isWithin(0.1).of(5.0);
    assertThat(libvirt.activity.medianHoursToFirstReview).isWithin(0.01).of(waited);
    assertThat(libvirt.unmaintained).isFalse();
    assertThat(libvirt.maintenance).isEqualTo("maintained");
    assertThat(libvirt.ciAccounts).hasSize(1);
    assertThat(libvirt.ciAccounts.get(0).username).isEqualTo("zuul");
    assertThat(libvirt.ciAccounts.get(0).name).isEqualTo("Zuul");
    assertThat(libvirt.ciAccounts.get(0)._accountId).isEqualTo(zuul.id().get());
    assertThat(libvirt.ciAccounts.get(0).votes).isEqualTo(1);
    assertThat(libvirt.ciAccounts.get(0).lastVote).isNotNull();
    assertThat(libvirt.testingUnbacked).isFalse();

    FeatureInfo hyperv = info.features.get(1);
    assertThat(hyperv.activity.merged).isEqualTo(0);
    assertThat(hyperv.activity.open).isEqualTo(0);
    assertThat(hyperv.activity.medianHoursToFirstReview).isNull();
    assertThat(hyperv.unmaintained).isTrue();
    assertThat(hyperv.maintenance).isEqualTo("maintainers-inactive");
    assertThat(hyperv.ciAccounts).isNull();
    // Declared regularly-tested, but no CI account voted on a Hyper-V change.
    assertThat(hyperv.testingUnbacked).isTrue();

    FeatureInfo xen = info.features.get(2);
    assertThat(xen.maintainers).isNull();
    assertThat(xen.activity.open).isEqualTo(1);
    assertThat(xen.unmaintained).isTrue();
    assertThat(xen.maintenance).isEqualTo("no-maintainers");
    assertThat(xen.testingUnbacked).isFalse();

    // The same project's change page: the tier and the untested-upstream warning.
    JsonObject attr = attribute(xenapi.getChangeId());
    assertThat(attr.get("tier").getAsString()).isEqualTo("deprecated");
    assertThat(attr.get("untested_upstream").getAsBoolean()).isTrue();
  }

  @Test
  public void jsonHasTheShapeTheWebUiReads() throws Exception {
    PushOneCommit.Result c =
        pushChangeAs(contributor, project, "libvirt: fix", "nova/virt/libvirt/driver.py", UTC);
    ciVote(c);

    RestResponse r = adminRestSession.get(url(""));
    r.assertOK();
    JsonObject json = JsonParser.parseReader(r.getReader()).getAsJsonObject();
    assertThat(json.get("window_days").getAsInt()).isEqualTo(90);
    JsonObject libvirt = json.getAsJsonArray("features").get(0).getAsJsonObject();
    assertThat(libvirt.getAsJsonObject("activity").get("open").getAsInt()).isEqualTo(1);
    assertThat(libvirt.getAsJsonObject("activity").get("merged").getAsInt()).isEqualTo(0);
    assertThat(libvirt.getAsJsonObject("activity").has("last_maintainer_review")).isFalse();
    JsonObject ci = libvirt.getAsJsonArray("ci_accounts").get(0).getAsJsonObject();
    assertThat(ci.get("username").getAsString()).isEqualTo("zuul");
    assertThat(ci.get("votes").getAsInt()).isEqualTo(1);
    assertThat(ci.get("last_vote").getAsString())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{9}");
    assertThat(libvirt.get("testing_unbacked").getAsBoolean()).isFalse();
    assertThat(libvirt.get("unmaintained").getAsBoolean()).isTrue();
  }

  @Test
  public void windowAndUnmaintainedAfterFollowTheClock() throws Exception {
    pushConfig(project, nova("  unmaintainedAfter = 30d")).assertOkStatus();
    PushOneCommit.Result c =
        pushChangeAs(contributor, project, "libvirt: fix", "nova/virt/libvirt/driver.py", UTC);
    comment(vera, c, "Fine by me.");
    merge(c);

    FeatureInfo fresh = features(adminRestSession, "").features.get(0);
    assertThat(fresh.activity.merged).isEqualTo(1);
    assertThat(fresh.unmaintained).isFalse();

    TestTimeUtil.incrementClock(40, DAYS);

    FeaturesInfo lastMonth = features(adminRestSession, "?window=30d");
    assertThat(lastMonth.windowDays).isEqualTo(30);
    FeatureInfo libvirt = lastMonth.features.get(0);
    assertThat(libvirt.activity.merged).isEqualTo(0);
    // Vera's review was 40 days ago; the feature allows 30 days of silence.
    assertThat(libvirt.unmaintained).isTrue();
    assertThat(libvirt.maintenance).isEqualTo("maintainers-inactive");
    assertThat(libvirt.activity.lastMaintainerReview).isEqualTo(messageDate(c, vera));

    FeatureInfo quarter = features(adminRestSession, "").features.get(0);
    assertThat(quarter.activity.merged).isEqualTo(1);
    assertThat(quarter.unmaintained).isTrue();
    // Hyper-V keeps the default of 180 days; its maintainer never acted at all.
    assertThat(features(adminRestSession, "?window=2w").windowDays).isEqualTo(14);
  }

  @Test
  public void badWindowsAreRejected() throws Exception {
    for (String w : new String[] {"soon", "36h", "0d", "400d", "-3d"}) {
      RestResponse r = adminRestSession.get(url("?window=" + w));
      r.assertBadRequest();
    }
  }

  @Test
  public void aPrivateChangeCountsForItsOwnerOnly() throws Exception {
    TestAccount other = accountCreator.create("olga", "olga@example.com", "Olga Other", null);
    pushFactory
        .create(
            user.newIdent(),
            cloneProject(project, user),
            "libvirt: secret fix",
            "nova/virt/libvirt/secret.py",
            "x\n")
        .to("refs/for/master%private")
        .assertOkStatus();

    assertThat(libvirtOf(features(userRestSession, "")).activity.open).isEqualTo(1);
    RestSession olga = server.createRestSession(other);
    assertThat(libvirtOf(features(olga, "")).activity.open).isEqualTo(0);
    // The owner again, after a cached read for Olga: visibility is never cached.
    assertThat(libvirtOf(features(userRestSession, "")).activity.open).isEqualTo(1);
  }

  @Test
  public void aHiddenProjectIsNotFound() throws Exception {
    projectOperations
        .project(project)
        .forUpdate()
        .add(block(Permission.READ).ref("refs/*").group(REGISTERED_USERS))
        .update();
    userRestSession.get(url("")).assertNotFound();
  }

  @Test
  public void aProjectWithoutFeaturesHasAnEmptyMatrix() throws Exception {
    pushConfig(project, "[review]\n  ignoredAfter = 3d\n").assertOkStatus();
    FeaturesInfo info = features(adminRestSession, "");
    assertThat(info.features).isNull();
    assertThat(info.windowDays).isEqualTo(90);
  }

  private void ciVote(PushOneCommit.Result change) throws Exception {
    requestScopeOperations.setApiUser(zuul.id());
    ReviewInput in = ReviewInput.recommend().message("Build succeeded (check pipeline).");
    in.tag = "autogenerated:zuul:check";
    gApi.changes().id(change.getChangeId()).current().review(in);
    requestScopeOperations.setApiUser(admin.id());
  }

  private void comment(TestAccount who, PushOneCommit.Result change, String text) throws Exception {
    requestScopeOperations.setApiUser(who.id());
    gApi.changes().id(change.getChangeId()).current().review(new ReviewInput().message(text));
    requestScopeOperations.setApiUser(admin.id());
  }

  /** When {@code author} last replied on the change (Gerrit's own messages, untagged, excluded). */
  private Timestamp messageDate(PushOneCommit.Result change, TestAccount author) throws Exception {
    return gApi.changes().id(change.getChangeId()).messages().stream()
        .filter(m -> m.author != null && m.author._accountId == author.id().get())
        .filter(m -> m.tag == null)
        .map((ChangeMessageInfo m) -> m.date)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private String url(String query) {
    return projectUrl(project) + "/" + PLUGIN + "~features" + query;
  }

  private FeaturesInfo features(RestSession session, String query) throws Exception {
    return getJson(session, url(query), FeaturesInfo.class);
  }

  private static FeatureInfo libvirtOf(FeaturesInfo info) {
    return info.features.stream().filter(f -> f.name.equals("libvirt")).findFirst().orElseThrow();
  }

  private JsonObject attribute(String changeId) throws Exception {
    RestResponse r = adminRestSession.get("/changes/" + changeId);
    r.assertOK();
    for (JsonElement p :
        JsonParser.parseReader(r.getReader()).getAsJsonObject().getAsJsonArray("plugins")) {
      if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
        return p.getAsJsonObject();
      }
    }
    throw new AssertionError("no " + PLUGIN + " attribute");
  }
}
