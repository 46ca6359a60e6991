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

import com.google.common.collect.ImmutableList;

/** Feature definitions for tests, with only what a test cares about. */
final class TestFeatures {
  static FeatureDefinition feature(String name, String... globs) {
    return feature(name, Maturity.COMPLETE, Testing.CHECKED, globs);
  }

  static FeatureDefinition feature(
      String name, Maturity maturity, Testing testing, String... globs) {
    return new FeatureDefinition(
        name,
        name,
        ImmutableList.copyOf(globs),
        maturity,
        testing,
        Docs.NONE,
        ImmutableList.of("maintainer@example.com"));
  }

  static FeatureDefinition withMaintainers(FeatureDefinition f, String... maintainers) {
    return new FeatureDefinition(
        f.name(),
        f.title(),
        f.paths(),
        f.maturity(),
        f.testing(),
        f.docs(),
        ImmutableList.copyOf(maintainers));
  }

  private TestFeatures() {}
}
