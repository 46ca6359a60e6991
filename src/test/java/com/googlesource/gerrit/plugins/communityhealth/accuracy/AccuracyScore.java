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
package com.googlesource.gerrit.plugins.communityhealth.accuracy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Precision, recall and F1 per area, and the micro-F1 over all areas, of one mode on one half. */
public record AccuracyScore(String mode, ImmutableMap<String, Counts> perArea) {
  /** True positives, false positives and false negatives of one area. */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Scores {@code classifier} on {@code changes} against their labels. */
  public static AccuracyScore of(
      String mode,
      ImmutableList<String> areas,
      AccuracyMode.Classifier classifier,
      ImmutableList<LabelledChange> changes) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    areas.forEach(a -> counts.put(a, new int[3]));
    for (LabelledChange c : changes) {
      ImmutableSet<String> predicted = classifier.areas(c);
      for (String a : areas) {
        boolean p = predicted.contains(a);
        boolean t = c.labels().contains(a);
        int[] n = counts.get(a);
        if (p && t) {
          n[0]++;
        } else if (p) {
          n[1]++;
        } else if (t) {
          n[2]++;
        }
      }
    }
    ImmutableMap.Builder<String, Counts> out = ImmutableMap.builder();
    counts.forEach((a, n) -> out.put(a, new Counts(n[0], n[1], n[2])));
    return new AccuracyScore(mode, out.buildOrThrow());
  }

  public Counts total() {
    return perArea.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  public double microF1() {
    return total().f1();
  }
}
