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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A coarse world region from a UTC offset, so that the metrics can show whether people in some
 * parts of the world wait longer. Offsets say nothing certain about where someone lives (daylight
 * saving moves them by an hour, and some people commit in UTC), so the buckets are wide and their
 * edges sit in the oceans:
 *
 * <ul>
 *   <li>{@link #AMERICAS}: UTC−12:00 to UTC−02:00
 *   <li>{@link #EUROPE_AFRICA}: UTC−01:00 to UTC+04:00 (with the Middle East)
 *   <li>{@link #ASIA_PACIFIC}: UTC+04:30 to UTC+14:00 (South Asia, East Asia, Oceania)
 *   <li>{@link #UNKNOWN}: no offset known
 * </ul>
 */
public enum Region {
  AMERICAS("americas", "Americas"),
  EUROPE_AFRICA("europe_africa", "Europe/Africa"),
  ASIA_PACIFIC("asia_pacific", "Asia/Pacific"),
  UNKNOWN("unknown", "unknown");

  private static final int EUROPE_FROM = -3600;
  private static final int ASIA_FROM = 4 * 3600 + 1800;

  private final String key;
  private final String label;

  Region(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** The region of a UTC offset. */
  public static Region of(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds < EUROPE_FROM) {
      return AMERICAS;
    }
    return seconds < ASIA_FROM ? EUROPE_AFRICA : ASIA_PACIFIC;
  }

  /** The region of a UTC offset, {@link #UNKNOWN} without one. */
  public static Region of(Optional<ZoneOffset> offset) {
    return offset.map(Region::of).orElse(UNKNOWN);
  }

  /** The key in JSON, e.g. {@code asia_pacific}. */
  public String key() {
    return key;
  }

  /** The name people read, e.g. {@code Asia/Pacific}. */
  public String label() {
    return label;
  }
}
