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

package com.googlesource.gerrit.plugins.communityhealth.api;

import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;

/**
 * A feature of a project's support matrix, the one JSON type for a feature wherever it appears.
 * Each place fills the fields it has and leaves the others absent:
 *
 * <ul>
 *   <li>the change attribute ({@link ChangeHealthInfo#features}): {@code name}, {@code maturity},
 *       {@code testing};
 *   <li>{@code ~signals} ({@link SignalsInfo#features}): the declared values and what matched
 *       ({@code matchedPath}, {@code matchedGlob}, {@code matchedPaths});
 *   <li>{@code ~features} ({@link FeaturesInfo#features}): the declared values and what the changes
 *       touching the feature show ({@code matrix}, {@code activity}, {@code unmaintained}, ...).
 * </ul>
 */
public class FeatureInfo {
  public String name;
  public String title;

  /** Declared (or imported) values, lower case as in the configuration. */
  public String maturity;

  public String testing;
  public String docs;

  /** As configured ({@code account} or {@code group:NAME}); absent when none. */
  public List<String> maintainers;

  /** The first path of the patch set that matched, and the glob it matched ({@code ~signals}). */
  public String matchedPath;

  public String matchedGlob;

  /** How many paths of the patch set the feature covers ({@code ~signals}). */
  public Integer matchedPaths;

  /**
   * The feature-matrix row the tier was imported from ({@code PATH#SECTION}); absent when the tier
   * is declared in the configuration only ({@code ~features}).
   */
  public String matrix;

  /**
   * {@code true} when some of the feature's values come from a feature matrix on a branch the
   * caller cannot read: those are left out. Absent otherwise ({@code ~features}).
   */
  public Boolean importHidden;

  /** What the changes touching the feature show ({@code ~features}). */
  public ActivityInfo activity;

  /** A deprecation candidate: no maintainers, or none of them active lately ({@code ~features}). */
  public Boolean unmaintained;

  /** Why: {@code maintained}, {@code no-maintainers} or {@code maintainers-inactive}. */
  public String maintenance;

  /** CI (service) accounts that voted on the feature's changes in the window, most first. */
  public List<CiAccountInfo> ciAccounts;

  /** Declared {@code regularly-tested} or {@code checked}, but no CI vote in the window. */
  public Boolean testingUnbacked;

  /** What the changes touching a feature show. */
  public static class ActivityInfo {
    /** Changes merged in the window. */
    public int merged;

    /** Changes open now, however old. */
    public int open;

    /** Changes created in the window, whatever their status now. */
    public int opened;

    /** The latest vote or comment by a maintainer on such a change; absent when none. */
    public Timestamp lastMaintainerReview;

    /** The latest submit by a maintainer of such a change; absent when none. */
    public Timestamp lastMaintainerMerge;

    /**
     * Median hours from creation to the first human review, over changes created in the window that
     * got one; absent when none did.
     */
    public Double medianHoursToFirstReview;
  }

  /** A CI account seen voting on a feature's changes. */
  public static class CiAccountInfo {
    public Integer _accountId;
    public String name;
    public String username;

    /** On how many of the feature's changes it voted in the window. */
    public int votes;

    /** Its latest vote on one of them. */
    public Timestamp lastVote;
  }

  // Equality matters for the change attribute (PluginDefinedInfo is compared); it is only ever set
  // with the declared values there.
  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureInfo f
        && Objects.equals(name, f.name)
        && Objects.equals(title, f.title)
        && Objects.equals(maturity, f.maturity)
        && Objects.equals(testing, f.testing)
        && Objects.equals(docs, f.docs)
        && Objects.equals(maintainers, f.maintainers)
        && Objects.equals(matchedPath, f.matchedPath)
        && Objects.equals(matchedGlob, f.matchedGlob)
        && Objects.equals(matchedPaths, f.matchedPaths)
        && Objects.equals(matrix, f.matrix)
        && Objects.equals(importHidden, f.importHidden)
        && Objects.equals(activity, f.activity)
        && Objects.equals(unmaintained, f.unmaintained)
        && Objects.equals(maintenance, f.maintenance)
        && Objects.equals(ciAccounts, f.ciAccounts)
        && Objects.equals(testingUnbacked, f.testingUnbacked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, maturity, testing, matchedPath, matrix);
  }
}
