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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Turns the features a patch set touches into its tier signals: the tier is the weakest maturity
 * among them (a change is only as mature as the least mature part it touches), and the change is
 * untested upstream when any of them is tested below regularly-tested.
 */
public final class TierRule {
  public static TierSignal evaluate(FeatureMatch match) {
    requireNonNull(match, "match");
    if (match.isEmpty()) {
      return TierSignal.NONE;
    }
    ImmutableList<FeatureDefinition> features = match.features();
    FeatureDefinition weakest = features.get(0);
    for (FeatureDefinition f : features) {
      if (f.maturity().isWeakerThan(weakest.maturity())) {
        weakest = f;
      }
    }
    ImmutableList<FeatureDefinition> untested =
        features.stream().filter(f -> f.testing().isUntestedUpstream()).collect(toImmutableList());
    return new TierSignal(match.matches(), Optional.of(weakest), untested);
  }

  private TierRule() {}
}
