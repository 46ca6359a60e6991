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
 * The signals of one change with the reasons behind each, as returned by {@code GET
 * /changes/{change}/community-health~signals}. The attribute in {@code ChangeInfo.plugins} ({@link
 * ChangeHealthInfo}) carries the same values without reasons.
 */
public class SignalsInfo {
  /** The features touched, each with the path and glob that matched it. */
  public List<FeatureInfo> features;

  public String tier;
  public Boolean untestedUpstream;

  /** Matched focus areas, best first, each with the terms and paths that hit. */
  public List<FocusMatchInfo> focusAreas;

  public Boolean newcomer;

  /** Why the owner is or is not a newcomer. */
  public String newcomerReason;

  public Timestamp waitingSince;

  /** Why the change is or is not waiting on reviewers. */
  public String waitingReason;

  public Boolean ignored;

  /** The rule behind {@link #ignored}. */
  public String ignoredReason;

  /** Whether the project's {@code [review] exempt} query matches the change. */
  public Boolean exempt;

  /**
   * Set when the signals could not be computed (the fault is logged and counted); then no other
   * field is set.
   */
  public String error;

  /** The welcome of a newcomer's change; absent when the owner is not a newcomer. */
  public WelcomeInfo welcome;

  /** Where a newcomer's welcome stands. */
  public static class WelcomeInfo {
    /**
     * {@code welcomed} (posted on this or an earlier change in the project), {@code pending}
     * (queued), {@code would_post} (dry run: {@link #message} is what would be posted), or {@code
     * off}.
     */
    public String status;

    /** Why: the rule, or how the mentors were chosen. */
    public String detail;

    /** The text that would be posted, in dry run. */
    public String message;
  }

  /** A focus area matched by the change, with the reason. */
  public static class FocusMatchInfo {
    public String name;
    public String description;
    public Double score;
    public Double weight;

    /** Query terms that occur in the patch set, as {@code field:term}. */
    public List<String> terms;

    /** Paths that matched a {@code path:} clause. */
    public List<String> paths;

    /**
     * The clause of the area's {@code link} that selects this change: it is in the area outright.
     */
    public String linkedBy;

    /**
     * The area's linked changes nearest to this one, nearest first, when they made it match; only
     * those the caller can see.
     */
    public List<NeighbourInfo> neighbours;

    /** The change's terms that those neighbours share, most telling first, with their worth. */
    public List<ClueInfo> clues;
  }

  /** A linked change near the change, which made it match an area. */
  public static class NeighbourInfo {
    public Integer number;
    public String subject;

    /** Its share of the nearest changes' similarity, 0 to 1. */
    public Double similarity;
  }

  /** A term that made a change look like an area's linked changes. */
  public static class ClueInfo {
    /** {@code message}, {@code path}, {@code path.segment}, {@code topic} or {@code hashtag}. */
    public String field;

    /** The term as indexed: a stemmed word, a whole path, a directory or file name. */
    public String term;

    /** How telling it is, relative to the change's most telling term (1). */
    public Double worth;
  }
}
