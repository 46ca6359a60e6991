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

/**
 * The features a patch set touches, in the order they are declared, each with its reason.
 *
 * @param matches one entry per touched feature; empty when the patch set touches none
 */
public record FeatureMatch(ImmutableList<MatchedFeature> matches) {
  public static final FeatureMatch NONE = new FeatureMatch(ImmutableList.of());

  public FeatureMatch {
    requireNonNull(matches, "matches");
  }

  /** The touched features, in declaration order. */
  public ImmutableList<FeatureDefinition> features() {
    return matches.stream().map(MatchedFeature::feature).collect(toImmutableList());
  }

  public boolean isEmpty() {
    return matches.isEmpty();
  }
}
