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
 * The tier signals of a patch set, with their reasons. {@link #tier} and {@link #untestedUpstream}
 * are derived from the components, so that a signal cannot contradict its reasons.
 *
 * @param matches the touched features in declaration order, each with the path and glob that
 *     matched it
 * @param weakestFeature the touched feature whose maturity is the tier (the first declared among
 *     equally weak ones); empty when no feature is touched
 * @param untestedFeatures the touched features whose testing is below regularly-tested, in
 *     declaration order
 */
public record TierSignal(
    ImmutableList<MatchedFeature> matches,
    Optional<FeatureDefinition> weakestFeature,
    ImmutableList<FeatureDefinition> untestedFeatures) {
  public static final TierSignal NONE =
      new TierSignal(ImmutableList.of(), Optional.empty(), ImmutableList.of());

  public TierSignal {
    requireNonNull(matches, "matches");
    requireNonNull(weakestFeature, "weakestFeature");
    requireNonNull(untestedFeatures, "untestedFeatures");
    if (matches.isEmpty() != weakestFeature.isEmpty()) {
      throw new IllegalArgumentException("weakestFeature is set exactly when features match");
    }
  }

  /** The touched features, in declaration order. */
  public ImmutableList<FeatureDefinition> features() {
    return matches.stream().map(MatchedFeature::feature).collect(toImmutableList());
  }

  /** The weakest maturity among the touched features; empty when none is touched. */
  public Optional<Maturity> tier() {
    return weakestFeature.map(FeatureDefinition::maturity);
  }

  /** Whether a touched feature's testing is below regularly-tested. */
  public boolean untestedUpstream() {
    return !untestedFeatures.isEmpty();
  }
}
