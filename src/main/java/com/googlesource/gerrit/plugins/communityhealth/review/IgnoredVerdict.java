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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a change counts as ignored, with everything needed to explain why.
 *
 * @param ignored whether the change has waited on reviewers at least {@code threshold}
 * @param waitingSince since when the change waits on reviewers; empty when it does not
 * @param waited how long it has waited, as the project counts (zero when not waiting)
 * @param threshold the threshold that applies to this change
 * @param newcomerThreshold whether {@code threshold} is the newcomer one
 * @param workingDays whether only working days in the owner's time zone were counted
 * @param ignoredFrom when the change counts (or will count) as ignored; empty when not waiting
 */
public record IgnoredVerdict(
    boolean ignored,
    Optional<Instant> waitingSince,
    Duration waited,
    Duration threshold,
    boolean newcomerThreshold,
    boolean workingDays,
    Optional<Instant> ignoredFrom) {
  public IgnoredVerdict {
    requireNonNull(waitingSince, "waitingSince");
    requireNonNull(waited, "waited");
    requireNonNull(threshold, "threshold");
    requireNonNull(ignoredFrom, "ignoredFrom");
  }
}
