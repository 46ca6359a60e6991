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
import java.time.Duration;
import java.util.Optional;

/**
 * A feature as declared in a {@code [feature "NAME"]} section.
 *
 * @param name the subsection name, unique within a project's effective configuration
 * @param title human-readable title; the name when none is configured
 * @param paths path globs (repository-relative, {@code **} crosses directories)
 * @param maturity declared maturity
 * @param testing declared testing level
 * @param docs declared documentation level
 * @param maintainers account identifiers or {@code group:NAME} references, as configured
 * @param unmaintainedAfter how long the maintainers may stay silent on the feature's changes before
 *     it is a deprecation candidate; empty for the support matrix's default
 */
public record FeatureDefinition(
    String name,
    String title,
    ImmutableList<String> paths,
    Maturity maturity,
    Testing testing,
    Docs docs,
    ImmutableList<String> maintainers,
    Optional<Duration> unmaintainedAfter) {
  /** A feature with the support matrix's default {@code unmaintainedAfter}. */
  public FeatureDefinition(
      String name,
      String title,
      ImmutableList<String> paths,
      Maturity maturity,
      Testing testing,
      Docs docs,
      ImmutableList<String> maintainers) {
    this(name, title, paths, maturity, testing, docs, maintainers, Optional.empty());
  }

  public FeatureDefinition {
    requireNonNull(name, "name");
    requireNonNull(title, "title");
    requireNonNull(paths, "paths");
    requireNonNull(maturity, "maturity");
    requireNonNull(testing, "testing");
    requireNonNull(docs, "docs");
    requireNonNull(maintainers, "maintainers");
    requireNonNull(unmaintainedAfter, "unmaintainedAfter");
    unmaintainedAfter.ifPresent(
        d -> {
          if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("unmaintainedAfter must be positive: " + d);
          }
        });
  }

  /** This feature with the maturity, testing, docs and title an import supplied. */
  public FeatureDefinition withTier(
      String newTitle, Maturity newMaturity, Testing newTesting, Docs newDocs) {
    return new FeatureDefinition(
        name, newTitle, paths, newMaturity, newTesting, newDocs, maintainers, unmaintainedAfter);
  }
}
