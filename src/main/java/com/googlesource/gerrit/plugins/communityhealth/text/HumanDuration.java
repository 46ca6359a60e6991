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

package com.googlesource.gerrit.plugins.communityhealth.text;

import java.time.Duration;

/**
 * Durations in words for every text a person reads (the welcome, the reminder): "8 days", "36
 * hours", "1 minute". With {@code working} set, days read "8 working days"; hours stay "36 hours",
 * since "working hours" would suggest office hours, which the working-days clock does not count.
 *
 * <p>The configuration form ({@code 2d}, {@code 36h}) is {@code EffectiveConfig.format}, for {@code
 * ~config} and other texts that quote a configuration key's value.
 */
public final class HumanDuration {
  /**
   * A configured duration in the largest unit that states it exactly, the way an admin writes it:
   * {@code 7d} is "7 days", {@code 36h} is "36 hours".
   */
  public static String exact(Duration duration, boolean working) {
    if (duration.isZero()) {
      return count(0, "minute", working);
    }
    if (duration.toNanosPart() == 0) {
      long seconds = duration.getSeconds();
      if (seconds % 86_400 == 0) {
        return count(seconds / 86_400, "day", working);
      }
      if (seconds % 3_600 == 0) {
        return count(seconds / 3_600, "hour", working);
      }
      if (seconds % 60 == 0) {
        return count(seconds / 60, "minute", working);
      }
    }
    return count(duration.getSeconds(), "second", working);
  }

  /** An elapsed time, rounded down to its largest whole unit: 8 days 20 hours is "8 days". */
  public static String roundedDown(Duration duration, boolean working) {
    if (duration.toDays() >= 1) {
      return count(duration.toDays(), "day", working);
    }
    if (duration.toHours() >= 1) {
      return count(duration.toHours(), "hour", working);
    }
    if (duration.toMinutes() >= 1) {
      return count(duration.toMinutes(), "minute", working);
    }
    return "less than a minute";
  }

  private static String count(long n, String unit, boolean working) {
    String qualifier = working && unit.equals("day") ? " working " : " ";
    return n + qualifier + unit + (n == 1 ? "" : "s");
  }

  private HumanDuration() {}
}
