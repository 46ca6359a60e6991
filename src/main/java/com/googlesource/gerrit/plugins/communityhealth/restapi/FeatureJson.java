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

import com.googlesource.gerrit.plugins.communityhealth.api.FeatureInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigEnums;
import com.googlesource.gerrit.plugins.communityhealth.config.MatrixImport;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureSupport;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatchedFeature;
import java.sql.Timestamp;
import java.time.Duration;

/** Formats a feature as {@link FeatureInfo}, the one feature JSON type, for each place it shows. */
final class FeatureJson {
  /** In the change attribute: the name and the two values a chip shows. */
  static FeatureInfo ref(FeatureDefinition f) {
    FeatureInfo r = new FeatureInfo();
    r.name = f.name();
    r.maturity = ConfigEnums.name(f.maturity());
    r.testing = ConfigEnums.name(f.testing());
    return r;
  }

  /** In {@code ~signals}: the declared values and what matched. */
  static FeatureInfo match(MatchedFeature m) {
    FeatureInfo r = declared(m.feature());
    r.matchedPath = m.firstPath();
    r.matchedGlob = m.glob();
    r.matchedPaths = m.matchedPaths();
    return r;
  }

  /**
   * In {@code ~features}: the declared values and the activity; CI accounts are named by the view,
   * which has the account cache.
   */
  static FeatureInfo support(FeatureSupport s, MatrixImport imported) {
    FeatureInfo info = declared(s.feature());
    info.matrix = imported == null ? null : imported.ref().toString();

    FeatureInfo.ActivityInfo a = new FeatureInfo.ActivityInfo();
    a.merged = s.mergedInWindow();
    a.open = s.openNow();
    a.opened = s.openedInWindow();
    a.lastMaintainerReview = s.lastMaintainerReview().map(m -> Timestamp.from(m.at())).orElse(null);
    a.lastMaintainerMerge = s.lastMaintainerMerge().map(m -> Timestamp.from(m.at())).orElse(null);
    a.medianHoursToFirstReview = s.medianTimeToFirstReview().map(FeatureJson::hours).orElse(null);
    info.activity = a;

    info.unmaintained = s.unmaintained();
    info.maintenance = ConfigEnums.name(s.maintenance());
    info.testingUnbacked = s.testingClaimUnbacked();
    return info;
  }

  private static FeatureInfo declared(FeatureDefinition f) {
    FeatureInfo r = new FeatureInfo();
    r.name = f.name();
    r.title = f.title();
    r.maturity = ConfigEnums.name(f.maturity());
    r.testing = ConfigEnums.name(f.testing());
    r.docs = ConfigEnums.name(f.docs());
    r.maintainers = f.maintainers().isEmpty() ? null : f.maintainers();
    return r;
  }

  /** Hours with two decimals: minutes matter, seconds do not. */
  private static double hours(Duration d) {
    return Math.round(d.toSeconds() / 36.0) / 100.0;
  }

  private FeatureJson() {}
}
