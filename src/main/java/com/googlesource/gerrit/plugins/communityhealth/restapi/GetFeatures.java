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

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.extensions.restapi.ResourceConflictException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.account.AccountCache;
import com.google.gerrit.server.account.AccountState;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.project.ProjectResource;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigReadPermission;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigVisibility;
import com.googlesource.gerrit.plugins.communityhealth.api.FeatureInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.FeaturesInfo;
import com.googlesource.gerrit.plugins.communityhealth.change.SupportMatrixLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixImport;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureSupport;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.kohsuke.args4j.Option;

/**
 * Handles {@code GET /projects/{project}/community-health~features}: the support matrix. Gerrit has
 * already checked that the caller can see the project (a hidden project answers 404); every count
 * is over the changes the caller can read, and what it shows of each feature's configuration is
 * {@link ConfigVisibility}'s rule.
 *
 * <p>Not a singleton: the {@code window} option is set per request.
 */
public class GetFeatures implements RestReadView<ProjectResource> {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ServerSettings settings;
  private final PolicyLoader policyLoader;
  private final SupportMatrixLoader supportMatrix;
  private final PermissionBackend permissionBackend;
  private final AccountCache accountCache;
  private final HealthMetrics metrics;
  private final ConfigReadPermission readPermission;

  private String window;

  @Option(
      name = "--window",
      metaVar = "DURATION",
      usage = "period over which activity is counted, in whole days (30d, 2w, 90); 90d by default")
  public void setWindow(String window) {
    this.window = window;
  }

  @Inject
  GetFeatures(
      ServerSettings settings,
      PolicyLoader policyLoader,
      SupportMatrixLoader supportMatrix,
      PermissionBackend permissionBackend,
      AccountCache accountCache,
      HealthMetrics metrics,
      ConfigReadPermission readPermission) {
    this.readPermission = readPermission;
    this.settings = settings;
    this.policyLoader = policyLoader;
    this.supportMatrix = supportMatrix;
    this.permissionBackend = permissionBackend;
    this.accountCache = accountCache;
    this.metrics = metrics;
  }

  @Override
  public Response<FeaturesInfo> apply(ProjectResource resource)
      throws BadRequestException, ResourceConflictException {
    PluginSwitch.checkEnabled(settings);
    Duration windowLength = WindowParam.parse(window);
    Instant now = TimeUtil.now();

    FeaturesInfo info = new FeaturesInfo();
    info.project = resource.getName();
    info.windowDays = (int) windowLength.toDays();
    try {
      LoadedPolicy policy = policyLoader.load(resource.getProjectState());
      SupportMatrixLoader.Report report =
          supportMatrix.load(
              resource.getNameKey(), policy, windowLength, permissionBackend.currentUser(), now);
      if (report.rows().isEmpty()) {
        return Response.ok(info);
      }
      ConfigVisibility visibility = readPermission.visibility(resource.getNameKey());
      List<FeatureInfo> rows = new ArrayList<>();
      for (FeatureSupport row : report.rows()) {
        MatrixImport imported = policy.imported().get(row.feature().name());
        FeatureInfo f = FeatureJson.support(row, imported);
        f.ciAccounts = ciAccounts(row);
        hideUnreadable(
            f,
            imported,
            visibility,
            imported == null
                || readPermission.canReadImport(resource.getNameKey(), imported.ref()));
        rows.add(f);
      }
      info.features = rows;
      info.truncated = report.truncated() ? true : null;
      return Response.ok(info);
    } catch (RuntimeException e) {
      metrics.errors.increment(HealthMetrics.Component.FEATURES);
      logger.atSevere().withCause(e).log(
          "cannot compute the support matrix of %s", resource.getName());
      throw e;
    }
  }

  /**
   * Leaves out what the caller may not read: configuration fields beyond what the signals show,
   * unless they may read {@code refs/meta/config} ({@link ConfigVisibility}), and values imported
   * from a feature matrix on a branch they cannot read (issues 17.3, 21.3).
   */
  private static void hideUnreadable(
      FeatureInfo info,
      MatrixImport imported,
      ConfigVisibility visibility,
      boolean importReadable) {
    Predicate<String> hidden =
        key ->
            !visibility.mayShow("feature", key)
                || (!importReadable && imported != null && imported.imports(key));
    info.title = hidden.test("title") ? null : info.title;
    info.maturity = hidden.test("maturity") ? null : info.maturity;
    info.testing = hidden.test("testing") ? null : info.testing;
    info.docs = hidden.test("docs") ? null : info.docs;
    info.maintainers = hidden.test("maintainer") ? null : info.maintainers;
    info.matrix = hidden.test("matrix") ? null : info.matrix;
    info.importHidden = importReadable ? null : true;
  }

  private List<FeatureInfo.CiAccountInfo> ciAccounts(FeatureSupport s) {
    if (s.ciVotes().isEmpty()) {
      return null;
    }
    List<FeatureInfo.CiAccountInfo> out = new ArrayList<>();
    for (Map.Entry<String, Instant> e : s.ciVotes().entrySet()) {
      FeatureInfo.CiAccountInfo ci = new FeatureInfo.CiAccountInfo();
      // The activity loader names accounts by id.
      int id = Integer.parseInt(e.getKey());
      ci._accountId = id;
      Optional<AccountState> account = accountCache.get(Account.id(id));
      ci.name = account.map(a -> a.account().fullName()).orElse(null);
      ci.username = account.flatMap(AccountState::userName).orElse(null);
      ci.votes = s.ciVotedChanges().getOrDefault(e.getKey(), 0);
      ci.lastVote = Timestamp.from(e.getValue());
      out.add(ci);
    }
    out.sort(
        Comparator.comparingInt((FeatureInfo.CiAccountInfo c) -> c.votes)
            .reversed()
            .thenComparing(c -> c.lastVote, Comparator.reverseOrder()));
    return out;
  }
}
