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

package com.googlesource.gerrit.plugins.communityhealth.preview;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * What one open change looks like under the configuration in force and under a candidate: the input
 * of {@link PolicyDiff}.
 */
public record PreviewedChange(int number, String subject, State before, State after) {
  public PreviewedChange {
    requireNonNull(subject, "subject");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }

  /**
   * The signals of the change under one policy that a preview compares.
   *
   * @param focusAreas the names of the focus areas the change matches
   * @param tier the change's tier (a maturity, in the configuration's spelling); empty when it
   *     touches no feature
   * @param untestedUpstream whether a touched feature is tested below regularly-tested
   * @param newcomer whether the change's owner counts as a newcomer (the change is flagged so)
   * @param ignored whether the change counts as ignored now
   * @param reminderDue whether the next sweep would post a reminder on it (before the per-sweep
   *     cap)
   */
  public record State(
      ImmutableSet<String> focusAreas,
      Optional<String> tier,
      boolean untestedUpstream,
      boolean newcomer,
      boolean ignored,
      boolean reminderDue) {
    public State {
      requireNonNull(focusAreas, "focusAreas");
      requireNonNull(tier, "tier");
    }
  }

  /** The whole-project switches of one policy that a preview compares. */
  public record Switches(
      ImmutableList<String> focusAreas, boolean welcome, boolean remind, boolean dryRun) {
    public Switches {
      requireNonNull(focusAreas, "focusAreas");
    }
  }
}
