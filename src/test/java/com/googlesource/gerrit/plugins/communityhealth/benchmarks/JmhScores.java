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

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** A JMH run's primary scores by benchmark method name, for the ratios the benchmarks print. */
final class JmhScores {
  /** Runs the benchmarks of {@code benchmark} with JMH's command-line {@code args}. */
  static Map<String, Double> run(Class<?> benchmark, String[] args)
      throws RunnerException, CommandLineOptionException {
    return byMethod(
        new Runner(
                new OptionsBuilder()
                    .parent(new CommandLineOptions(args))
                    .include(benchmark.getName())
                    .build())
            .run());
  }

  static Map<String, Double> byMethod(Collection<RunResult> results) {
    Map<String, Double> scores = new HashMap<>();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      scores.put(method.substring(method.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
    }
    return scores;
  }

  private JmhScores() {}
}
