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
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureClassifier;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;

/**
 * A project's policy as loaded at run time, with the inherited configuration it came from (for
 * provenance) and the problems found in it (a stored configuration can be invalid when it was
 * written before the plugin was installed or behind Gerrit's back), its matchers compiled once, and
 * {@code revision}: the {@code refs/meta/config} revisions it was read from, which changes whenever
 * the policy may change (a cache key for anything derived from it).
 *
 * <p>{@code imported} names, per feature, the matrix its tier was imported from ({@code [feature]
 * matrix}); then {@code revision} also names the blob of each matrix file read, so that an edit of
 * the file changes it too.
 */
public record LoadedPolicy(
    ProjectPolicy policy,
    InheritedConfig inherited,
    ImmutableList<ConfigProblem> problems,
    String revision,
    FeatureClassifier classifier,
    ImmutableMap<String, MatrixImport> imported) {
  public LoadedPolicy {
    requireNonNull(imported, "imported");
    requireNonNull(policy, "policy");
    requireNonNull(inherited, "inherited");
    requireNonNull(problems, "problems");
    requireNonNull(revision, "revision");
    requireNonNull(classifier, "classifier");
  }

  /** A policy with its matchers compiled once. */
  public static LoadedPolicy compile(
      ParsedPolicy parsed, InheritedConfig inherited, String revision) {
    return new LoadedPolicy(
        parsed.policy(),
        inherited,
        parsed.problems(),
        revision,
        FeatureClassifier.compile(parsed.policy().features()),
        ImmutableMap.of());
  }

  /**
   * This policy with its features' tiers imported from feature matrices.
   *
   * @param features every feature, in declaration order, with the imported values applied
   * @param applied the imports that were applied, by feature name
   * @param importProblems imports that failed (their features keep the declared values)
   * @param matrixRevision the blobs the imports read, to tell this import from another
   */
  public LoadedPolicy withImports(
      ImmutableList<FeatureDefinition> features,
      ImmutableMap<String, MatrixImport> applied,
      ImmutableList<ConfigProblem> importProblems,
      String matrixRevision) {
    return new LoadedPolicy(
        policy.withFeatures(features),
        inherited,
        ImmutableList.<ConfigProblem>builder().addAll(problems).addAll(importProblems).build(),
        revision + "|matrix:" + matrixRevision,
        FeatureClassifier.compile(features),
        applied);
  }
}
