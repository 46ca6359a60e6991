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

package com.googlesource.gerrit.plugins.communityhealth.dashboard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.LabelId;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.permissions.LabelPermission;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.project.ProjectState;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MetricsHistory;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewerStats;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * Computes the per-reviewer statistics of {@code ~reviewers} over the changes the current user can
 * see, and marks who may approve: who holds Code-Review +2 on the project's {@code
 * refs/heads/master}.
 */
@Singleton
public class ReviewerReporter {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** The branch on which "may approve" is judged. */
  static final String APPROVAL_REF = "refs/heads/master";

  /**
   * @param generated when computed
   * @param windowDays the window, in days
   * @param reviewers most changes reviewed first
   * @param approvers the account ids among them who hold Code-Review +2
   * @param dashboard the project's {@code [dashboard]}
   * @param truncated whether the project had more changes than were read
   */
  public record ReviewerReport(
      Instant generated,
      int windowDays,
      ImmutableList<ReviewerStats.Reviewer> reviewers,
      ImmutableSet<Integer> approvers,
      DashboardPolicy dashboard,
      boolean truncated) {}

  private final ProjectHistoryLoader historyLoader;
  private final PolicyLoader policyLoader;
  private final PermissionBackend permissionBackend;
  private final OwnerStandingLoader standings;

  @Inject
  ReviewerReporter(
      ProjectHistoryLoader historyLoader,
      PolicyLoader policyLoader,
      PermissionBackend permissionBackend,
      OwnerStandingLoader standings) {
    this.standings = standings;
    this.historyLoader = historyLoader;
    this.policyLoader = policyLoader;
    this.permissionBackend = permissionBackend;
  }

  /** The project's {@code [dashboard]} section, to decide who may read the report. */
  public DashboardPolicy dashboardPolicy(ProjectState project) {
    return policyLoader.load(project).policy().dashboard();
  }

  public ReviewerReport report(ProjectState project, Duration window, Instant now) {
    Instant from = now.minus(window);
    ProjectPolicy policy = policyLoader.load(project).policy();
    ProjectHistoryLoader.Loaded loaded = historyLoader.load(project.getNameKey(), from);
    ImmutableList<ReviewerStats.Reviewer> reviewers =
        ReviewerStats.reviewers(
            MetricsHistory.judge(loaded.changes(), standings.newcomerJudge(policy.newcomer())),
            from,
            now);
    ImmutableSet<Integer> approvers =
        reviewers.stream()
            .map(ReviewerStats.Reviewer::account)
            .filter(id -> mayApprove(project.getNameKey(), id))
            .collect(ImmutableSet.toImmutableSet());
    return new ReviewerReport(
        now, (int) window.toDays(), reviewers, approvers, policy.dashboard(), loaded.truncated());
  }

  private boolean mayApprove(Project.NameKey project, int account) {
    try {
      return permissionBackend
          .absentUser(Account.id(account))
          .project(project)
          .ref(APPROVAL_REF)
          .changeToBeCreated(false)
          .test(new LabelPermission.WithValue(LabelId.CODE_REVIEW, (short) 2));
    } catch (Exception e) {
      logger.atWarning().withCause(e).log(
          "cannot tell whether account %s may approve in %s", account, project);
      return false;
    }
  }
}
