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

import com.google.common.collect.ImmutableList;

/**
 * A feature with the activity on the changes that touch it: the input of one support matrix row.
 *
 * @param feature the feature as declared
 * @param changes the changes touching it that were updated within the longer of the matrix window
 *     and the unmaintained period, and every open one; a change listed twice counts once
 */
public record FeatureActivity(FeatureDefinition feature, ImmutableList<ChangeActivity> changes) {
  public FeatureActivity {
    requireNonNull(feature, "feature");
    requireNonNull(changes, "changes");
  }
}
