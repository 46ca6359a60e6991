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

import com.google.common.collect.ImmutableList;
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
import com.googlesource.gerrit.plugins.communityhealth.api.FeaturesInfo;
import com.googlesource.gerrit.plugins.communityhealth.change.ActivityLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigEnums;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixImport;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureSupport;
import com.googlesource.gerrit.plugins.communityhealth.tier.SupportMatrix;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.args4j.Option;

/**
 * Handles {@code GET /projects/{project}/community-health~features}: the support matrix. Gerrit has
 * already checked that the caller can see the project (a hidden project answers 404); every count
 * is over the changes the caller can read.
 *
 * <p>Not a singleton: the {@code window} option is set per request.
 */
public class GetFeatures implements RestReadView<ProjectResource> {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ServerSettings settings;
  private final PolicyLoader policyLoader;
  private final ActivityLoader activityLoader;
  private final PermissionBackend permissionBackend;
  private final AccountCache accountCache;
  private final HealthMetrics metrics;

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
      ActivityLoader activityLoader,
      PermissionBackend permissionBackend,
      AccountCache accountCache,
      HealthMetrics metrics) {
    this.settings = settings;
    this.policyLoader = policyLoader;
    this.activityLoader = activityLoader;
    this.permissionBackend = permissionBackend;
    this.accountCache = accountCache;
    this.metrics = metrics;
  }

  @Override
  public Response<FeaturesInfo> apply(ProjectResource resource)
      throws BadRequestException, ResourceConflictException {
    if (!settings.enabled()) {
      throw new ResourceConflictException("community-health is disabled on this server");
    }
    Duration windowLength = WindowParam.parse(window);
    SupportMatrix matrix =
        new SupportMatrix(windowLength, SupportMatrix.DEFAULT_UNMAINTAINED_AFTER);
    Instant now = TimeUtil.now();

    FeaturesInfo info = new FeaturesInfo();
    info.project = resource.getName();
    info.windowDays = (int) windowLength.toDays();
    try {
      LoadedPolicy policy = policyLoader.load(resource.getProjectState());
      ImmutableList<FeatureDefinition> features = policy.policy().features();
      if (features.isEmpty()) {
        return Response.ok(info);
      }
      ActivityLoader.Loaded loaded =
          activityLoader.load(
              resource.getNameKey(),
              policy,
              now.minus(matrix.lookback(features)),
              permissionBackend.currentUser());
      List<FeaturesInfo.FeatureSupportInfo> rows = new ArrayList<>();
      for (FeatureSupport row : matrix.summarize(loaded.features(), now)) {
        rows.add(toInfo(row, policy.imported().get(row.feature().name())));
      }
      info.features = rows;
      info.truncated = loaded.truncated() ? true : null;
      return Response.ok(info);
    } catch (RuntimeException e) {
      metrics.errors.increment(HealthMetrics.Component.FEATURES);
      logger.atSevere().withCause(e).log(
          "cannot compute the support matrix of %s", resource.getName());
      throw e;
    }
  }

  private FeaturesInfo.FeatureSupportInfo toInfo(FeatureSupport s, MatrixImport imported) {
    FeatureDefinition f = s.feature();
    FeaturesInfo.FeatureSupportInfo info = new FeaturesInfo.FeatureSupportInfo();
    info.name = f.name();
    info.title = f.title();
    info.maturity = ConfigEnums.name(f.maturity());
    info.testing = ConfigEnums.name(f.testing());
    info.docs = ConfigEnums.name(f.docs());
    info.maintainers = f.maintainers().isEmpty() ? null : f.maintainers();
    info.matrix = imported == null ? null : imported.ref().toString();

    FeaturesInfo.ActivityInfo a = new FeaturesInfo.ActivityInfo();
    a.merged = s.mergedInWindow();
    a.open = s.openNow();
    a.opened = s.openedInWindow();
    a.lastMaintainerReview = s.lastMaintainerReview().map(m -> Timestamp.from(m.at())).orElse(null);
    a.lastMaintainerMerge = s.lastMaintainerMerge().map(m -> Timestamp.from(m.at())).orElse(null);
    a.medianHoursToFirstReview = s.medianTimeToFirstReview().map(GetFeatures::hours).orElse(null);
    info.activity = a;

    info.unmaintained = s.unmaintained();
    info.maintenance = ConfigEnums.name(s.maintenance());
    info.ciAccounts = ciAccounts(s);
    info.testingUnbacked = s.testingClaimUnbacked();
    return info;
  }

  /** Hours with two decimals: minutes matter, seconds do not. */
  private static double hours(Duration d) {
    return Math.round(d.toSeconds() / 36.0) / 100.0;
  }

  private List<FeaturesInfo.CiAccountInfo> ciAccounts(FeatureSupport s) {
    if (s.ciVotes().isEmpty()) {
      return null;
    }
    List<FeaturesInfo.CiAccountInfo> out = new ArrayList<>();
    for (Map.Entry<String, Instant> e : s.ciVotes().entrySet()) {
      FeaturesInfo.CiAccountInfo ci = new FeaturesInfo.CiAccountInfo();
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
        Comparator.comparingInt((FeaturesInfo.CiAccountInfo c) -> c.votes)
            .reversed()
            .thenComparing(c -> c.lastVote, Comparator.reverseOrder()));
    return out;
  }
}
