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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static java.util.Objects.requireNonNull;

import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixEntry;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixRef;

/**
 * A feature's {@code matrix} key: the row of a Nova-style feature matrix its tier comes from, and
 * which of the keys the row supplies the feature declares itself (those win over the matrix).
 *
 * @param feature the feature's name
 * @param ref the file and section to read
 * @param titleDeclared whether the section sets {@code title}
 * @param maturityDeclared whether the section sets {@code maturity}
 * @param testingDeclared whether the section sets {@code testing}
 * @param docsDeclared whether the section sets {@code docs}
 */
public record MatrixImport(
    String feature,
    MatrixRef ref,
    boolean titleDeclared,
    boolean maturityDeclared,
    boolean testingDeclared,
    boolean docsDeclared) {
  public MatrixImport {
    requireNonNull(feature, "feature");
    requireNonNull(ref, "ref");
  }

  /** The feature with every key it does not declare taken from the matrix row. */
  public FeatureDefinition apply(FeatureDefinition declared, MatrixEntry row) {
    requireNonNull(declared, "declared");
    requireNonNull(row, "row");
    return declared.withTier(
        titleDeclared ? declared.title() : row.title(),
        maturityDeclared ? declared.maturity() : row.maturity(),
        testingDeclared ? declared.testing() : row.testing(),
        docsDeclared ? declared.docs() : row.docs());
  }

  /** Whether the value of {@code key} (a key of {@code [feature]}) comes from the matrix. */
  public boolean imports(String key) {
    return switch (key) {
      case FeatureSection.KEY_TITLE -> !titleDeclared;
      case FeatureSection.KEY_MATURITY -> !maturityDeclared;
      case FeatureSection.KEY_TESTING -> !testingDeclared;
      case FeatureSection.KEY_DOCS -> !docsDeclared;
      default -> false;
    };
  }
}
