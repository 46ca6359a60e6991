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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Server-wide settings from {@code gerrit.config}, section {@code [plugin "community-health"]}.
 *
 * @param botAccount username of the account that posts welcomes and reminders; empty: the Gerrit
 *     server itself
 * @param sweepInterval how often the sweeper looks for ignored changes
 * @param enabled the kill switch: false turns every signal and every post off
 * @param maxRemindersPerSweep at most this many reminders per sweep, the longest waiting first; the
 *     rest wait for the next sweep, so switching reminders on over a backlog is no flood
 */
public record ServerSettings(
    Optional<String> botAccount,
    Duration sweepInterval,
    boolean enabled,
    int maxRemindersPerSweep) {
  public static final String KEY_BOT_ACCOUNT = "botAccount";
  public static final String KEY_SWEEP_INTERVAL = "sweepInterval";
  public static final String KEY_ENABLED = "enabled";
  public static final String KEY_MAX_REMINDERS_PER_SWEEP = "maxRemindersPerSweep";
  public static final int DEFAULT_MAX_REMINDERS_PER_SWEEP = 100;
  public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofHours(1);

  public ServerSettings {
    requireNonNull(botAccount, "botAccount");
    requireNonNull(sweepInterval, "sweepInterval");
    if (maxRemindersPerSweep < 1) {
      throw new IllegalArgumentException("maxRemindersPerSweep must be positive");
    }
  }
}
