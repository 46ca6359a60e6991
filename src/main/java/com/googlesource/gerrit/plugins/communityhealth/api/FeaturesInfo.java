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

/**
 * The support matrix of a project, as returned by {@code GET
 * /projects/{project}/community-health~features}: every feature in force with its declared tier
 * beside what the changes touching it show. Only changes the caller can see are counted.
 */
public class FeaturesInfo {
  /** The project. */
  public String project;

  /** The activity window in days ({@code ?window=}, 90 by default). */
  public int windowDays;

  /** One entry per feature in force, in declaration order; absent when there are none. */
  public List<FeatureSupportInfo> features;

  /**
   * True when more changes matched than the plugin reads for one matrix, so that the least recently
   * updated were left out; absent otherwise.
   */
  public Boolean truncated;

  /** One row of the support matrix. */
  public static class FeatureSupportInfo {
    public String name;
    public String title;

    /** Declared (or imported) values, lower case as in the configuration. */
    public String maturity;

    public String testing;
    public String docs;

    /** As configured ({@code account} or {@code group:NAME}); absent when none. */
    public List<String> maintainers;

    /**
     * The feature-matrix row the tier was imported from ({@code PATH#SECTION}); absent when the
     * tier is declared in the configuration only.
     */
    public String matrix;

    /**
     * {@code true} when some of the feature's values come from a feature matrix on a branch the
     * caller cannot read: those are left out. Absent otherwise.
     */
    public Boolean importHidden;

    public ActivityInfo activity;

    /** A deprecation candidate: no maintainers, or none of them active lately. */
    public Boolean unmaintained;

    /** Why: {@code maintained}, {@code no-maintainers} or {@code maintainers-inactive}. */
    public String maintenance;

    /** CI (service) accounts that voted on the feature's changes in the window, most first. */
    public List<CiAccountInfo> ciAccounts;

    /** Declared {@code regularly-tested} or {@code checked}, but no CI vote in the window. */
    public Boolean testingUnbacked;
  }

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
}
