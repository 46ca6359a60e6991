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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.tier.TierSignal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The signals of a change that depend only on the change and the policy, not on the time or on
 * other changes: cached by (change meta revision, policy revision, day), so that any update to the
 * change or the policy misses the cache by itself, and focus areas expire on their day.
 *
 * @param tier the touched features and the tier
 * @param focus the matched focus areas, strongest first
 * @param exempt whether the project's {@code [review] exempt} query matches the change
 * @param waitingSince since when the change waits on reviewers (never when exempt)
 * @param ownerId the owner's account id
 * @param ownerOffset the owner's UTC offset, from the commit author
 */
public record ChangeSignals(
    TierSignal tier,
    ImmutableList<FocusSignal> focus,
    boolean exempt,
    Optional<Instant> waitingSince,
    int ownerId,
    ZoneOffset ownerOffset) {
  public ChangeSignals {
    requireNonNull(tier, "tier");
    requireNonNull(focus, "focus");
    requireNonNull(waitingSince, "waitingSince");
    requireNonNull(ownerOffset, "ownerOffset");
  }
}
