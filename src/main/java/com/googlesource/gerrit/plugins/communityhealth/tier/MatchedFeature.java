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

import static java.util.Objects.requireNonNull;

/**
 * Why a patch set touches a feature.
 *
 * @param feature the feature
 * @param firstPath the first path, in the order given, that one of the feature's globs matched
 * @param glob the feature's first glob, in declaration order, that matched {@code firstPath}
 * @param matchedPaths how many of the given paths the feature's globs matched (at least one)
 */
public record MatchedFeature(
    FeatureDefinition feature, String firstPath, String glob, int matchedPaths) {
  public MatchedFeature {
    requireNonNull(feature, "feature");
    requireNonNull(firstPath, "firstPath");
    requireNonNull(glob, "glob");
    if (matchedPaths < 1) {
      throw new IllegalArgumentException("matchedPaths must be at least 1: " + matchedPaths);
    }
  }
}
