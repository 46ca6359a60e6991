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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.Mentor;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorChoice;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorPicker;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeMessage;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeValues;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.text.MessageText;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the newcomer rules that run per welcome and per reminder: escaping a hostile name (also a
 * megabyte-long one, which must cost no more than a short one), rendering the default welcome, and
 * picking mentors among 50.
 *
 * <pre>
 * ch_mvn -q test-compile
 * ch_mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" org.openjdk.jmh.Main \
 *     NewcomerBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NewcomerBenchmark {
  private static final String HOSTILE =
      "[Reset password](https://evil.example) @admin <b>x</b> \u202Egnp.exe דנה 👩‍💻";
  private static final String HUGE = HOSTILE.repeat(20_000);

  private final WelcomeValues values =
      new WelcomeValues(
          HOSTILE,
          "platform/build",
          ImmutableList.of("Dana", "Eli"),
          Optional.of("https://example.org/contributing"),
          Optional.of("2 days"));

  private final MentorPicker picker =
      new MentorPicker(Pattern.compile(ReviewPolicy.DEFAULT_AWAY_PATTERN));
  private final ImmutableList<Mentor> mentors = mentors(50);
  private final Optional<ZoneOffset> owner = Optional.of(ZoneOffset.ofHoursMinutes(5, 30));

  @Benchmark
  public String escapeHostileName() {
    return MessageText.escapeName(HOSTILE);
  }

  @Benchmark
  public String escapeMegabyteName() {
    return MessageText.escapeName(HUGE);
  }

  @Benchmark
  public String renderDefaultWelcome() {
    return WelcomeMessage.render(Optional.empty(), values);
  }

  @Benchmark
  public MentorChoice pickTwoOfFiftyMentors() {
    return picker.pick(mentors, 1, owner, 2);
  }

  private static ImmutableList<Mentor> mentors(int n) {
    ImmutableList.Builder<Mentor> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add(
          new Mentor(
              100 + i,
              "Mentor " + i,
              Optional.of(ZoneOffset.ofHours((i % 25) - 12)),
              i % 7,
              i % 10 == 0 ? Optional.of("On vacation") : Optional.empty()));
    }
    return b.build();
  }
}
