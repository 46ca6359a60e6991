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
import static com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate.block;
import static com.google.gerrit.server.group.SystemGroupBackend.ANONYMOUS_USERS;
import static com.google.gerrit.server.group.SystemGroupBackend.REGISTERED_USERS;
import static java.util.concurrent.TimeUnit.HOURS;
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestSession;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.acceptance.testsuite.request.RequestScopeOperations;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.api.changes.ReviewInput;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.ReviewersInfo;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ReviewersIT extends AbstractCommunityHealthIT {
  @Inject private RequestScopeOperations requestScopeOperations;
  @Inject private ProjectOperations projectOperations;

  private TestAccount carla;
  private TestAccount rita;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
    carla = accountCreator.create("carla", "carla@example.com", "Carla", null);
    rita = accountCreator.create("rita", "rita@example.com", "Rita Reviewer", null);
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  /**
   * carla (UTC+09:00, a newcomer) has two changes: rita answers both first; her +1 on the merged
   * one and her -1 on the abandoned one agree with the outcome. rita also comments on a private
   * change of admin's. rita's own commits are at UTC-07:00.
   */
  private PushOneCommit.Result history() throws Exception {
    pushChangeAs(rita, project, "rita's own", "r.py", ZoneId.of("-07:00"));
    PushOneCommit.Result a = pushChangeAs(carla, project, "Fix A", "a.py", ZoneId.of("+09:00"));
    PushOneCommit.Result b = pushChangeAs(carla, project, "Fix B", "b.py", ZoneId.of("+09:00"));
    PushOneCommit.Result secret =
        pushChangeAs(admin, project, "Secret fix", "s.py", ZoneId.of("UTC"));
    gApi.changes().id(secret.getChangeId()).setPrivate(true);
    gApi.changes().id(secret.getChangeId()).addReviewer(rita.email());
    TestTimeUtil.incrementClock(3, HOURS);

    requestScopeOperations.setApiUser(rita.id());
    gApi.changes().id(a.getChangeId()).current().review(ReviewInput.recommend());
    gApi.changes().id(b.getChangeId()).current().review(ReviewInput.dislike());
    gApi.changes().id(secret.getChangeId()).current().review(new ReviewInput().message("hm"));
    requestScopeOperations.setApiUser(carla.id());
    gApi.changes().id(b.getChangeId()).abandon();
    requestScopeOperations.setApiUser(admin.id());
    merge(a);
    return secret;
  }

  @Test
  public void ownersSeeEachReviewerWithTheRightCounts() throws Exception {
    history();

    ReviewersInfo info = reviewers(adminRestSession, "");

    assertThat(info.windowDays).isEqualTo(90);
    assertThat(info.coreGuide).isNull();
    ReviewersInfo.ReviewerInfo r = reviewer(info, "rita");
    assertThat(r.changesReviewed).isEqualTo(3);
    assertThat(r.votes).containsExactly("-1", 1, "+1", 1);
    assertThat(r.firstResponses).isEqualTo(3);
    assertThat(r.firstResponseMedianHours).isAtLeast(3.0);
    // carla's two changes; admin's private one counts too while the project has none of admin's
    // merged (the dashboard's newcomer rule), so at least two.
    assertThat(r.newcomerChanges).isAtLeast(2);
    assertThat(r.decided).isEqualTo(2);
    assertThat(r.agreed).isEqualTo(2);
    assertThat(r.agreement).isEqualTo(1.0);
    assertThat(r.region).isEqualTo("americas");
    assertThat(r.approver).isNull();
    assertThat(r.account.name).isEqualTo("Rita Reviewer");

    ReviewersInfo.ReviewerInfo a = reviewer(info, "admin");
    assertThat(a.approver).isTrue();
    assertThat(a.votes).containsExactly("+2", 1);
    assertThat(a.agreed).isEqualTo(1);
    // Owners never count as reviewers of their own changes.
    assertThat(info.reviewers.stream().map(x -> x.account.username)).doesNotContain("carla");
  }

  @Test
  public void aRegisteredNonOwnerIsForbiddenByDefault() throws Exception {
    userRestSession.get(url(project, "")).assertForbidden();
    adminRestSession.get(url(project, "?window=0")).assertBadRequest();
  }

  @Test
  public void everyoneSeesOnlyTheChangesTheyCanSee() throws Exception {
    pushConfig(
            project,
            "[dashboard]\n  reviewerStats = everyone\n  coreGuide = https://example.org/core\n")
        .assertOkStatus();
    history();

    ReviewersInfo asUser = reviewers(userRestSession, "?window=30d");

    assertThat(asUser.coreGuide).isEqualTo("https://example.org/core");
    // The private change is admin's: user does not see it, so rita reviewed two changes.
    assertThat(reviewer(asUser, "rita").changesReviewed).isEqualTo(2);
    assertThat(reviewer(reviewers(adminRestSession, "?window=30"), "rita").changesReviewed)
        .isEqualTo(3);
  }

  @Test
  public void offAnswersNotFoundAndAHiddenProjectIsNotFound() throws Exception {
    pushConfig(project, "[dashboard]\n  reviewerStats = off\n").assertOkStatus();
    adminRestSession.get(url(project, "")).assertNotFound();

    Project.NameKey hidden = projectOperations.newProject().name("hidden-rv").create();
    pushConfig(hidden, "[dashboard]\n  reviewerStats = everyone\n").assertOkStatus();
    projectOperations
        .project(hidden)
        .forUpdate()
        .add(block(Permission.READ).ref("refs/*").group(REGISTERED_USERS))
        .add(block(Permission.READ).ref("refs/*").group(ANONYMOUS_USERS))
        .update();
    userRestSession.get(url(hidden, "")).assertNotFound();
    adminRestSession.get(url(hidden, "")).assertOK();
  }

  private ReviewersInfo reviewers(RestSession session, String query) throws Exception {
    return getJson(session, url(project, query), ReviewersInfo.class);
  }

  private static String url(Project.NameKey p, String query) {
    return projectUrl(p) + "/" + PLUGIN + "~reviewers" + query;
  }

  private static ReviewersInfo.ReviewerInfo reviewer(ReviewersInfo info, String username) {
    return info.reviewers.stream()
        .filter(r -> username.equals(r.account.username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no reviewer " + username + " in " + info.reviewers));
  }
}
