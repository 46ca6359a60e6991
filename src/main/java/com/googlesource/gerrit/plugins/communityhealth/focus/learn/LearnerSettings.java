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

package com.googlesource.gerrit.plugins.communityhealth.focus.learn;

/**
 * How a learner finds and weighs neighbours. The defaults were chosen on the first half (by date)
 * of the Kilo accuracy data only, by two rolling-origin folds (WordsAndLinksMode's main in the
 * accuracy benchmark); the held-out half was scored once, with the settings chosen.
 *
 * @param neighbours how many nearest recent changes vote
 * @param minVote the share of the neighbours' similarity that an area's linked changes must carry
 *     for a patch set to match it
 * @param maxQueryTerms how many of the patch set's most telling terms form the similarity query
 * @param maxDocFreqPercent terms in more than this percentage of the recent changes tell nothing
 *     and are left out
 * @param strongQueryScore from this query score up, a change the area's query matches matches
 *     whatever the neighbours say
 * @param minSupport below {@code strongQueryScore}, a query match of an area that has linked
 *     changes stands only when the area's linked changes carry at least this share of the
 *     neighbours' similarity
 */
public record LearnerSettings(
    int neighbours,
    double minVote,
    int maxQueryTerms,
    int maxDocFreqPercent,
    double strongQueryScore,
    double minSupport) {
  public static final int DEFAULT_NEIGHBOURS = 5;
  public static final double DEFAULT_MIN_VOTE = 0.8;
  public static final int DEFAULT_MAX_QUERY_TERMS = 30;
  public static final int DEFAULT_MAX_DOC_FREQ_PERCENT = 50;
  public static final double DEFAULT_STRONG_QUERY_SCORE = 0.9;
  public static final double DEFAULT_MIN_SUPPORT = 0.3;

  public static final LearnerSettings DEFAULT =
      new LearnerSettings(
          DEFAULT_NEIGHBOURS,
          DEFAULT_MIN_VOTE,
          DEFAULT_MAX_QUERY_TERMS,
          DEFAULT_MAX_DOC_FREQ_PERCENT,
          DEFAULT_STRONG_QUERY_SCORE,
          DEFAULT_MIN_SUPPORT);

  public LearnerSettings {
    if (neighbours < 1) {
      throw new IllegalArgumentException("neighbours must be at least 1");
    }
    if (!(minVote > 0 && minVote <= 1)) {
      throw new IllegalArgumentException("minVote must be in (0, 1]");
    }
    if (maxQueryTerms < 1) {
      throw new IllegalArgumentException("maxQueryTerms must be at least 1");
    }
    if (maxDocFreqPercent < 1 || maxDocFreqPercent > 100) {
      throw new IllegalArgumentException("maxDocFreqPercent must be in [1, 100]");
    }
    if (!(minSupport > 0 && minSupport <= minVote)) {
      throw new IllegalArgumentException("minSupport must be in (0, minVote]");
    }
  }

  /** These settings with another join of query and neighbours. */
  public LearnerSettings withJoin(double strongQueryScore, double minSupport) {
    return new LearnerSettings(
        neighbours, minVote, maxQueryTerms, maxDocFreqPercent, strongQueryScore, minSupport);
  }
}
