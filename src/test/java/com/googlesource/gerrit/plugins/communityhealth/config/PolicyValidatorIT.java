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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static com.google.common.truth.Truth.assertThat;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.entities.Project;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import java.time.Duration;
import org.junit.Test;

public class PolicyValidatorIT extends AbstractCommunityHealthIT {
  @Inject private ProjectOperations projectOperations;

  @Test
  public void validConfigIsAcceptedAndTakesEffect() throws Exception {
    pushConfig(project, "[review]\n  ignoredAfter = 2s\n  remind = true\n").assertOkStatus();

    ProjectPolicy policy = policyLoader().load(project).policy();
    assertThat(policy.review().ignoredAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.review().remind()).isTrue();
  }

  @Test
  public void invalidConfigIsRejectedWithFileSectionKeyAndProblem() throws Exception {
    pushConfig(project, "[review]\n  ignoredAfter = 3d\n").assertOkStatus();

    PushOneCommit.Result r =
        pushConfig(project, "[review]\n  ignoredAfter = 3d\n  escalate = everybody\n");

    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage(
        "community-health.config: [review] escalate: 'everybody' is not one of: none,"
            + " maintainers, mentors, both");
    r.assertMessage("ERROR: commit");
    // The previous configuration stays in force.
    assertThat(policyLoader().load(project).policy().review().ignoredAfter())
        .isEqualTo(Duration.ofDays(3));
  }

  @Test
  public void everyProblemIsReportedAtOnce() throws Exception {
    PushOneCommit.Result r =
        pushConfig(
            project,
            "[feature \"libvirt\"]\n  path = nova/[virt\n  maturity = stable\n"
                + "[review]\n  ignoredAfter = -1d\n");

    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage("[feature \"libvirt\"] path: 'nova/[virt' has an unclosed '['");
    r.assertMessage("[feature \"libvirt\"] maturity: 'stable' is not one of");
    r.assertMessage("[review] ignoredAfter: '-1d' is not a duration");
  }

  @Test
  public void syntaxErrorIsRejected() throws Exception {
    PushOneCommit.Result r = pushConfig(project, "[review\n  ignoredAfter = 3d\n");
    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage("community-health.config: syntax error");
  }

  @Test
  public void unknownAccountGroupAndQueryAreRejected() throws Exception {
    PushOneCommit.Result r =
        pushConfig(
            project,
            "[feature \"f\"]\n  path = a/**\n  maintainer = nobody@example.com\n"
                + "  maintainer = group:No-Such-Group\n"
                + "[review]\n  exempt = hashtag:frozen OR nosuchoperator:x\n");

    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage("maintainer: 'nobody@example.com' is not exactly one account on this server");
    r.assertMessage("maintainer: 'No-Such-Group' is not a group on this server");
    r.assertMessage("exempt: 'hashtag:frozen OR nosuchoperator:x' is not a valid change query");
  }

  @Test
  public void knownAccountsAndGroupsAreAccepted() throws Exception {
    pushConfig(
            project,
            "[feature \"f\"]\n  path = a/**\n  maintainer = "
                + user.email()
                + "\n  maintainer = group:Administrators\n"
                + "[newcomer]\n  mentor = "
                + admin.username()
                + "\n  exemptGroup = Administrators\n"
                + "[review]\n  exempt = hashtag:frozen OR topic:security\n")
        .assertOkStatus();
  }

  @Test
  public void inheritsFromParentProjects() throws Exception {
    Project.NameKey parent = projectOperations.newProject().create();
    Project.NameKey child = projectOperations.newProject().parent(parent).create();
    pushConfig(allProjects, "[newcomer]\n  maxMergedChanges = 7\n").assertOkStatus();
    pushConfig(parent, "[review]\n  ignoredAfter = 4d\n  remind = true\n").assertOkStatus();
    pushConfig(child, "[feature \"f\"]\n  path = a/**\n").assertOkStatus();

    ProjectPolicy policy = policyLoader().load(child).policy();

    assertThat(policy.newcomer().maxMergedChanges()).isEqualTo(7);
    assertThat(policy.review().ignoredAfter()).isEqualTo(Duration.ofDays(4));
    assertThat(policy.review().remind()).isTrue();
    assertThat(policy.features()).hasSize(1);

    // The child's own [review] replaces its parent's section as a whole.
    pushConfig(child, "[review]\n  ignoredAfter = 1d\n").assertOkStatus();
    policy = policyLoader().load(child).policy();
    assertThat(policy.review().ignoredAfter()).isEqualTo(Duration.ofDays(1));
    assertThat(policy.review().remind()).isFalse();
    assertThat(policy.features()).isEmpty();
  }

  @Test
  public void aQueryMeansWhatTheAdminTyped() throws Exception {
    String query = "upgrade OR \"online migration\" OR path:nova/db/**";
    pushConfig(
            project,
            "[focusArea \"migrations\"]\n  query = "
                + query
                + "\n[review]\n  exempt = message:\"do not merge\"\n")
        .assertOkStatus();

    ProjectPolicy policy = policyLoader().load(project).policy();
    assertThat(policy.focusAreas().get(0).query()).isEqualTo(query);
    assertThat(policy.review().exempt()).hasValue("message:\"do not merge\"");
    // GET ~config shows each query exactly as it runs.
    RestResponse config = adminRestSession.get(projectUrl(project) + "/" + PLUGIN + "~config");
    config.assertOK();
    assertThat(config.getEntityContent())
        .contains("upgrade OR \\\"online migration\\\" OR path:nova/db/**");

    String online = pushChange("add an online migration for flavors").getChangeId();
    pushChange("tidy online help text");
    pushChange("fix migration of instances");
    assertThat(
            gApi
                .changes()
                .query("status:open focus_community-health:migrations project:" + project.get())
                .get()
                .stream()
                .map(c -> c.changeId)
                .toList())
        .containsExactly(online);
  }

  @Test
  public void anUnclosedPhraseIsRejectedOnPush() throws Exception {
    PushOneCommit.Result r =
        pushConfig(project, "[focusArea \"migrations\"]\n  query = upgrade OR \"online\n");
    r.assertErrorStatus();
    assertThat(r.getMessage()).contains("[focusArea \"migrations\"] query");
  }

  private PushOneCommit.Result pushChange(String subject) throws Exception {
    return pushChangeAs(admin, project, subject, "nova/compute/api.py", java.time.ZoneOffset.UTC);
  }

  private PolicyLoader policyLoader() {
    return plugin.getSysInjector().getInstance(PolicyLoader.class);
  }
}
