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

package com.googlesource.gerrit.plugins.communityhealth.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Operations timed in the calling thread's CPU time rather than wall time: on a machine other jobs
 * share, wall-clock JMH figures swing by more than 100%, while CPU time keeps the ratios and
 * roughly the rates. Each round runs every operation a fixed number of times, one after the other.
 */
final class CpuTimeRounds {
  /** Keeps each result reachable, so that the JIT cannot drop the work that made it. */
  private static volatile Object sink;

  /**
   * Runs {@code warmups} untimed rounds, then {@code rounds} timed ones; returns, per timed round,
   * each operation's calls per second of CPU, in the order of {@code ops}.
   */
  static List<Map<String, Double>> measure(
      Map<String, Supplier<?>> ops, int calls, int warmups, int rounds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < warmups; round++) {
      ops.values().forEach(op -> repeat(op, calls));
    }
    List<Map<String, Double>> out = new ArrayList<>(rounds);
    for (int round = 0; round < rounds; round++) {
      Map<String, Double> perSecond = new LinkedHashMap<>();
      for (Map.Entry<String, Supplier<?>> op : ops.entrySet()) {
        long start = mx.getCurrentThreadCpuTime();
        repeat(op.getValue(), calls);
        perSecond.put(op.getKey(), calls / ((mx.getCurrentThreadCpuTime() - start) / 1e9));
      }
      out.add(perSecond);
    }
    return out;
  }

  private static void repeat(Supplier<?> op, int calls) {
    for (int i = 0; i < calls; i++) {
      sink = op.get();
    }
  }

  private CpuTimeRounds() {}
}
