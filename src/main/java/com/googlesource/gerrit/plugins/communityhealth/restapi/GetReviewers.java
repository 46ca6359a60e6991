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

import com.google.gerrit.entities.Account;
import com.google.gerrit.extensions.restapi.AuthException;
import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.extensions.restapi.ResourceConflictException;
import com.google.gerrit.extensions.restapi.ResourceNotFoundException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.account.AccountLoader;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.permissions.ProjectPermission;
import com.google.gerrit.server.project.ProjectResource;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.api.ReviewersInfo;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewerStats;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.dashboard.ReviewerReporter;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kohsuke.args4j.Option;

/**
 * Handles {@code GET /projects/{project}/community-health~reviewers}: per human reviewer over the
 * window, over the changes the caller can see. Who may read it is the project's {@code [dashboard]
 * reviewerStats}: its owners by default. Computing is {@link ReviewerReporter}'s; this view parses
 * the window, checks access and formats.
 */
public class GetReviewers implements RestReadView<ProjectResource> {
  private final ServerSettings settings;
  private final ReviewerReporter reporter;
  private final PermissionBackend permissionBackend;
  private final AccountLoader.Factory accountLoaders;
  private String window;

  @Option(name = "--window", metaVar = "DURATION", usage = WindowParam.USAGE)
  void setWindow(String window) {
    this.window = window;
  }

  @Inject
  GetReviewers(
      ServerSettings settings,
      ReviewerReporter reporter,
      PermissionBackend permissionBackend,
      AccountLoader.Factory accountLoaders) {
    this.settings = settings;
    this.reporter = reporter;
    this.permissionBackend = permissionBackend;
    this.accountLoaders = accountLoaders;
  }

  @Override
  public Response<ReviewersInfo> apply(ProjectResource resource)
      throws BadRequestException,
          ResourceConflictException,
          ResourceNotFoundException,
          AuthException,
          PermissionBackendException {
    PluginSwitch.checkEnabled(settings);
    Duration windowLength = WindowParam.parse(window);
    checkAccess(resource, reporter.dashboardPolicy(resource.getProjectState()));

    ReviewerReporter.ReviewerReport r =
        reporter.report(resource.getProjectState(), windowLength, TimeUtil.now());
    ReviewersInfo info = new ReviewersInfo();
    info.project = resource.getName();
    info.windowDays = r.windowDays();
    info.generated = Timestamp.from(r.generated());
    info.coreGuide = r.dashboard().coreGuide().orElse(null);
    info.truncated = r.truncated() ? true : null;
    info.reviewers = new ArrayList<>();
    AccountLoader accounts = accountLoaders.create(true);
    for (ReviewerStats.Reviewer s : r.reviewers()) {
      ReviewersInfo.ReviewerInfo i = new ReviewersInfo.ReviewerInfo();
      i.account = accounts.get(Account.id(s.account()));
      i.approver = r.approvers().contains(s.account()) ? true : null;
      i.changesReviewed = s.changesReviewed();
      Map<String, Integer> votes = new LinkedHashMap<>();
      s.votes().forEach((value, count) -> votes.put(value > 0 ? "+" + value : "" + value, count));
      i.votes = votes;
      i.firstResponses = s.firstResponse().responded();
      i.firstResponseMedianHours = s.firstResponse().medianHours().orElse(null);
      i.newcomerChanges = s.newcomerChanges();
      i.decided = s.decided();
      i.agreed = s.agreed();
      i.agreement = s.agreement().orElse(null);
      i.region = s.region().key();
      info.reviewers.add(i);
    }
    accounts.fill();
    return Response.ok(info);
  }

  private void checkAccess(ProjectResource resource, DashboardPolicy dashboard)
      throws ResourceNotFoundException, AuthException, PermissionBackendException {
    switch (dashboard.reviewerStats()) {
      case OFF ->
          throw new ResourceNotFoundException("reviewer statistics are off in this project");
      case EVERYONE -> {}
      case OWNERS -> {
        if (!permissionBackend
            .currentUser()
            .project(resource.getNameKey())
            .test(ProjectPermission.WRITE_CONFIG)) {
          throw new AuthException(
              "reviewer statistics are visible to the project's owners"
                  + " ([dashboard] reviewerStats = owners)");
        }
      }
    }
  }
}
