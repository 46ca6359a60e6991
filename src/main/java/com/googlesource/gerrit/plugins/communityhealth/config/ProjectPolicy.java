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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;

/**
 * A project's effective community-health policy: its own {@code community-health.config} with the
 * sections it inherits, parsed into typed values. Immutable; one instance per configuration
 * revision of the project and its parents.
 *
 * <p>{@code matrixImports} lists the features whose tier comes from a feature matrix in the
 * project's repository ({@code [feature] matrix}); as parsed, {@code features} hold the declared
 * values, and the policy loader replaces them with the imported ones.
 */
public record ProjectPolicy(
    ImmutableList<FeatureDefinition> features,
    ImmutableList<FocusAreaDefinition> focusAreas,
    NewcomerPolicy newcomer,
    ReviewPolicy review,
    ImmutableList<MatrixImport> matrixImports,
    DashboardPolicy dashboard) {
  /** The name of the file in {@code refs/meta/config}. */
  public static final String FILE_NAME = "community-health.config";

  /** The policy of a project without any configuration: every default. */
  public static final ProjectPolicy DEFAULT =
      new ProjectPolicy(
          ImmutableList.of(), ImmutableList.of(), NewcomerPolicy.DEFAULT, ReviewPolicy.DEFAULT);

  /** A policy that imports no feature matrix. */
  public ProjectPolicy(
      ImmutableList<FeatureDefinition> features,
      ImmutableList<FocusAreaDefinition> focusAreas,
      NewcomerPolicy newcomer,
      ReviewPolicy review) {
    this(features, focusAreas, newcomer, review, ImmutableList.of());
  }

  /** A policy with the default {@code [dashboard]}. */
  public ProjectPolicy(
      ImmutableList<FeatureDefinition> features,
      ImmutableList<FocusAreaDefinition> focusAreas,
      NewcomerPolicy newcomer,
      ReviewPolicy review,
      ImmutableList<MatrixImport> matrixImports) {
    this(features, focusAreas, newcomer, review, matrixImports, DashboardPolicy.DEFAULT);
  }

  public ProjectPolicy {
    requireNonNull(dashboard, "dashboard");
    requireNonNull(matrixImports, "matrixImports");
    requireNonNull(features, "features");
    requireNonNull(focusAreas, "focusAreas");
    requireNonNull(newcomer, "newcomer");
    requireNonNull(review, "review");
  }

  /** This policy with other features (e.g. with their tiers imported). */
  public ProjectPolicy withFeatures(ImmutableList<FeatureDefinition> newFeatures) {
    return new ProjectPolicy(newFeatures, focusAreas, newcomer, review, matrixImports, dashboard);
  }
}
