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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static com.google.common.truth.Truth.assertThat;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import java.time.ZoneId;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SignalsIT extends AbstractCommunityHealthIT {
  private static final String NOVA =
      """
      [feature "libvirt"]
        title = Libvirt driver
        path = nova/virt/libvirt/**
        maturity = complete
        testing = checked
        docs = complete
      [feature "xenapi"]
        title = XenAPI driver
        path = nova/virt/xenapi/**
        maturity = experimental
        testing = implemented
        docs = developer
      [review]
        ignoredAfter = 1h
        newcomerIgnoredAfter = 1h
      """;

  private TestAccount contributor;

  @com.google.inject.Inject
  private com.google.gerrit.acceptance.testsuite.group.GroupOperations groupOperations;

  @com.google.inject.Inject
  private com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations
      requestScopeOperations;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
    pushConfig(project, NOVA).assertOkStatus();
    contributor = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void changeTouchingXenapiShowsExperimentalTierAndUntestedUpstream() throws Exception {
    PushOneCommit.Result r =
        pushChangeAs(
            contributor,
            project,
            "xenapi: fix VM lookup",
            "nova/virt/xenapi/vm_utils.py",
            ZoneId.of("UTC"));

    JsonObject attr = attribute(getChange(r.getChangeId()));

    assertThat(attr.get("tier").getAsString()).isEqualTo("experimental");
    assertThat(attr.get("untested_upstream").getAsBoolean()).isTrue();
    JsonObject feature = attr.getAsJsonArray("features").get(0).getAsJsonObject();
    assertThat(feature.get("name").getAsString()).isEqualTo("xenapi");
    assertThat(feature.get("maturity").getAsString()).isEqualTo("experimental");
    assertThat(feature.get("testing").getAsString()).isEqualTo("implemented");
    assertThat(attr.get("newcomer").getAsBoolean()).isTrue();
  }

  @Test
  public void signalsEndpointExplainsWhichPathMatchedWhichGlob() throws Exception {
    PushOneCommit.Result r =
        pushChangeAs(
            contributor, project, "libvirt: tidy", "nova/virt/libvirt/driver.py", ZoneId.of("UTC"));

    JsonObject signals =
        json(adminRestSession.get("/changes/" + r.getChangeId() + "/" + PLUGIN + "~signals"));

    assertThat(signals.get("tier").getAsString()).isEqualTo("complete");
    assertThat(signals.get("untested_upstream").getAsBoolean()).isFalse();
    JsonObject f = signals.getAsJsonArray("features").get(0).getAsJsonObject();
    assertThat(f.get("matched_path").getAsString()).isEqualTo("nova/virt/libvirt/driver.py");
    assertThat(f.get("matched_glob").getAsString()).isEqualTo("nova/virt/libvirt/**");
    assertThat(f.get("matched_paths").getAsInt()).isEqualTo(1);
    assertThat(signals.get("newcomer_reason").getAsString()).contains("0 merged changes");
    assertThat(signals.get("waiting_reason").getAsString()).startsWith("waiting on reviewers");
  }

  @Test
  public void tierIsTheWeakestMaturityAmongTouchedFeatures() throws Exception {
    PushOneCommit.Result r =
        pushFactory
            .create(
                contributor.newIdent(),
                cloneProject(project, contributor),
                "Touch both drivers",
                Map.of("nova/virt/libvirt/driver.py", "a\n", "nova/virt/xenapi/vm_utils.py", "b\n"))
            .to("refs/for/master");
    r.assertOkStatus();

    JsonObject attr = attribute(getChange(r.getChangeId()));
    assertThat(attr.get("tier").getAsString()).isEqualTo("experimental");
    assertThat(attr.getAsJsonArray("features")).hasSize(2);
  }

  @Test
  public void changeOutsideEveryFeatureHasNoTier() throws Exception {
    PushOneCommit.Result r =
        pushChangeAs(contributor, project, "docs", "doc/source/index.rst", ZoneId.of("UTC"));

    JsonObject attr = attribute(getChange(r.getChangeId()));
    assertThat(attr.has("tier")).isFalse();
    assertThat(attr.has("features")).isFalse();
  }

  @Test
  public void newcomerFlagClearsOnceEnoughChangesMerged() throws Exception {
    pushConfig(project, NOVA + "[newcomer]\n  maxMergedChanges = 1\n").assertOkStatus();
    PushOneCommit.Result first =
        pushChangeAs(contributor, project, "first", "a.txt", ZoneId.of("UTC"));
    assertThat(attribute(getChange(first.getChangeId())).get("newcomer").getAsBoolean()).isTrue();

    merge(first);
    PushOneCommit.Result second =
        pushChangeAs(contributor, project, "second", "b.txt", ZoneId.of("UTC"));

    assertThat(attribute(getChange(second.getChangeId())).get("newcomer").getAsBoolean()).isFalse();
  }

  @Test
  public void exemptGroupMembersAndServiceUsersAreNeverNewcomers() throws Exception {
    groupOperations.newGroup().name("Partner-Devs").create();
    pushConfig(project, NOVA + "[newcomer]\n  exemptGroup = group:Partner-Devs\n").assertOkStatus();
    TestAccount partner =
        accountCreator.create("pat", "pat@example.com", "Pat Partner", null, "Partner-Devs");
    TestAccount ci =
        accountCreator.create("ci-bot", "ci@example.com", "CI Bot", null, "Service Users");

    PushOneCommit.Result byPartner =
        pushChangeAs(partner, project, "partner work", "p.txt", ZoneId.of("UTC"));
    PushOneCommit.Result byCi = pushChangeAs(ci, project, "ci work", "c.txt", ZoneId.of("UTC"));
    PushOneCommit.Result byNewcomer =
        pushChangeAs(contributor, project, "first work", "n.txt", ZoneId.of("UTC"));

    assertThat(attribute(getChange(byPartner.getChangeId())).get("newcomer").getAsBoolean())
        .isFalse();
    assertThat(attribute(getChange(byCi.getChangeId())).get("newcomer").getAsBoolean()).isFalse();
    assertThat(attribute(getChange(byNewcomer.getChangeId())).get("newcomer").getAsBoolean())
        .isTrue();
    JsonObject signals =
        json(
            adminRestSession.get(
                "/changes/" + byPartner.getChangeId() + "/" + PLUGIN + "~signals"));
    assertThat(signals.get("newcomer_reason").getAsString()).contains("Partner-Devs");
  }

  @Test
  public void queriesCarryTheAttributeForEveryChange() throws Exception {
    pushChangeAs(contributor, project, "one", "nova/virt/xenapi/a.py", ZoneId.of("UTC"));
    pushChangeAs(contributor, project, "two", "nova/virt/libvirt/b.py", ZoneId.of("UTC"));

    RestResponse res = adminRestSession.get("/changes/?q=project:" + project.get());
    res.assertOK();
    JsonArray changes = JsonParser.parseReader(res.getReader()).getAsJsonArray();
    assertThat(changes).hasSize(2);
    for (JsonElement c : changes) {
      assertThat(attribute(c.getAsJsonObject()).has("tier")).isTrue();
    }
  }

  @Test
  public void waitingChangeBecomesIgnoredAndClearsWhenAReviewerResponds() throws Exception {
    PushOneCommit.Result r =
        pushChangeAs(
            contributor, project, "xenapi: fix", "nova/virt/xenapi/x.py", ZoneId.of("UTC"));

    JsonObject attr = attribute(getChange(r.getChangeId()));
    assertThat(attr.has("waiting_since")).isTrue();
    assertThat(attr.get("ignored").getAsBoolean()).isFalse();

    TestTimeUtil.incrementClock(2, java.util.concurrent.TimeUnit.HOURS);
    assertThat(attribute(getChange(r.getChangeId())).get("ignored").getAsBoolean()).isTrue();

    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("Looks fine"));
    JsonObject after = attribute(getChange(r.getChangeId()));
    assertThat(after.has("waiting_since")).isFalse();
    assertThat(after.get("ignored").getAsBoolean()).isFalse();
  }

  @Test
  public void workingDaysLeaveTheOwnersWeekendOut() throws Exception {
    String workingDays =
        NOVA.replace("ignoredAfter = 1h", "ignoredAfter = 1d")
            .replace("newcomerIgnoredAfter = 1h", "newcomerIgnoredAfter = 1d")
            .replace("[review]", "[review]\n  workingDays = true");
    pushConfig(project, workingDays).assertOkStatus();
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    // Friday 15:00 in the owner's zone (06:00 UTC): 9 working hours left in the week.
    TestTimeUtil.setClock(
        java.sql.Timestamp.from(
            java.time.ZonedDateTime.of(2026, 11, 20, 15, 0, 0, 0, tokyo).toInstant()));
    PushOneCommit.Result r =
        pushChangeAs(contributor, project, "xenapi: fix", "nova/virt/xenapi/x.py", tokyo);

    // Monday 10:00 in Tokyo: 2.8 days on the calendar, 19 working hours.
    TestTimeUtil.setClock(
        java.sql.Timestamp.from(
            java.time.ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, tokyo).toInstant()));
    assertThat(attribute(getChange(r.getChangeId())).get("ignored").getAsBoolean()).isFalse();

    // The same moment counted in calendar days is past the threshold.
    pushConfig(project, workingDays.replace("workingDays = true", "workingDays = false"))
        .assertOkStatus();
    assertThat(attribute(getChange(r.getChangeId())).get("ignored").getAsBoolean()).isTrue();

    // Monday 16:00 in Tokyo: 25 working hours.
    pushConfig(project, workingDays).assertOkStatus();
    TestTimeUtil.setClock(
        java.sql.Timestamp.from(
            java.time.ZonedDateTime.of(2026, 11, 23, 16, 0, 0, 0, tokyo).toInstant()));
    assertThat(attribute(getChange(r.getChangeId())).get("ignored").getAsBoolean()).isTrue();
  }

  @Test
  public void exemptChangeIsNeverWaitingAndSaysWhy() throws Exception {
    pushConfig(project, NOVA.replace("[review]", "[review]\n  exempt = hashtag:frozen"))
        .assertOkStatus();
    PushOneCommit.Result r =
        pushChangeAs(
            contributor, project, "xenapi: fix", "nova/virt/xenapi/x.py", ZoneId.of("UTC"));
    assertThat(attribute(getChange(r.getChangeId())).has("waiting_since")).isTrue();

    gApi.changes()
        .id(r.getChangeId())
        .setHashtags(
            new com.google.gerrit.extensions.api.changes.HashtagsInput(
                com.google.common.collect.ImmutableSet.of("frozen")));
    TestTimeUtil.incrementClock(2, java.util.concurrent.TimeUnit.HOURS);

    JsonObject attr = attribute(getChange(r.getChangeId()));
    assertThat(attr.has("waiting_since")).isFalse();
    assertThat(attr.get("ignored").getAsBoolean()).isFalse();
    JsonObject signals =
        json(adminRestSession.get("/changes/" + r.getChangeId() + "/" + PLUGIN + "~signals"));
    assertThat(signals.get("exempt").getAsBoolean()).isTrue();
    assertThat(signals.get("waiting_reason").getAsString()).startsWith("exempt");
  }

  @Test
  public void ciVotesAndBotMessagesDoNotStopTheWait() throws Exception {
    TestAccount ci =
        accountCreator.create("zuul", "zuul@example.com", "Zuul CI", null, "Service Users");
    PushOneCommit.Result r =
        pushChangeAs(
            contributor, project, "xenapi: fix", "nova/virt/xenapi/x.py", ZoneId.of("UTC"));
    requestScopeOperations.setApiUser(ci.id());
    ReviewInput vote = new ReviewInput().message("Build succeeded.");
    vote.tag = "autogenerated:zuul:check";
    gApi.changes().id(r.getChangeId()).current().review(vote);
    // An untagged comment by a service user is a bot too.
    gApi.changes().id(r.getChangeId()).current().review(new ReviewInput().message("recheck done"));
    requestScopeOperations.setApiUser(admin.id());

    TestTimeUtil.incrementClock(2, java.util.concurrent.TimeUnit.HOURS);
    JsonObject attr = attribute(getChange(r.getChangeId()));
    assertThat(attr.has("waiting_since")).isTrue();
    assertThat(attr.get("ignored").getAsBoolean()).isTrue();
  }

  private JsonObject getChange(String changeId) throws Exception {
    return json(adminRestSession.get("/changes/" + changeId));
  }

  private static JsonObject json(RestResponse res) throws Exception {
    res.assertOK();
    return JsonParser.parseReader(res.getReader()).getAsJsonObject();
  }

  private static JsonObject attribute(JsonObject change) {
    assertThat(change.has("plugins")).isTrue();
    for (JsonElement p : change.getAsJsonArray("plugins")) {
      if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
        return p.getAsJsonObject();
      }
    }
    throw new AssertionError("no " + PLUGIN + " attribute in " + change);
  }
}
