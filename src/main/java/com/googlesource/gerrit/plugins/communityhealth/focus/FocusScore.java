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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import org.apache.lucene.search.similarities.BooleanSimilarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How strongly a patch set matches a focus query, from 0 to 1.
 *
 * <p>Queries are scored with {@link BooleanSimilarity}: each query clause that matches adds its
 * boost (1 unless the query says {@code ^2}), however often its word occurs and however long the
 * text. A bare word counts once in the subject and once in the message, so the subject, which the
 * message repeats, weighs double. That sum, the <em>evidence</em> {@code e}, becomes
 *
 * <pre>score = 1 - exp(-e / 2)</pre>
 *
 * <p>one clause: 0.39; two (a subject word): 0.63; three: 0.78; four: 0.86; never 1. A match counts
 * when its score is at least {@link #THRESHOLD} (0.3, evidence 0.71): every unboosted clause is
 * enough on its own, while a clause boosted below 0.71 ({@code ^0.5}) is weak evidence that counts
 * only together with more.
 */
public final class FocusScore {
  /** The lowest score that counts as a match. */
  public static final double THRESHOLD = 0.3;

  /** Evidence that gives a score of 1 - 1/e. */
  private static final double SCALE = 2.0;

  private FocusScore() {}

  /** The score for the summed boosts of the matching clauses. */
  public static double of(double evidence) {
    return evidence <= 0 ? 0 : 1 - Math.exp(-evidence / SCALE);
  }

  /** The similarity under which a query's Lucene score is its evidence. */
  static Similarity similarity() {
    return new BooleanSimilarity();
  }
}
