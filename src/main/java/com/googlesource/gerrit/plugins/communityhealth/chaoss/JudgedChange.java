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

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A change with whether its owner was a newcomer when it was created.
 *
 * @param change the change
 * @param newcomerAtCreation whether the owner was a newcomer when the change was created
 */
public record JudgedChange(ChangeDigest change, boolean newcomerAtCreation) {
  public JudgedChange {
    requireNonNull(change, "change");
  }

  /**
   * Whether the change was created in [from, to) by an owner who was ({@code newcomers}) or was not
   * a newcomer then: the group whose changes a metric of the window counts. The window goes by
   * creation, as CHAOSS's period does.
   */
  public boolean inGroup(Instant from, Instant to, boolean newcomers) {
    return newcomerAtCreation == newcomers
        && !change.created().isBefore(from)
        && change.created().isBefore(to);
  }

  /** As the older metrics see it. */
  public ChangeHistory history() {
    return new ChangeHistory(
        change.owner(),
        change.created(),
        change.firstResponse().map(ChangeDigest.ReviewAction::when),
        newcomerAtCreation);
  }
}
