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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The outcome of picking mentors for a newcomer.
 *
 * @param chosen the mentors picked, best first; empty when nobody is available
 * @param skippedAsAway configured mentors left out because their account status says they are away,
 *     in configured order
 * @param reason one line for the signals explanation; says why {@code chosen} is empty when it is
 */
public record MentorChoice(
    ImmutableList<PickedMentor> chosen, ImmutableList<Mentor> skippedAsAway, String reason) {
  public MentorChoice {
    requireNonNull(chosen, "chosen");
    requireNonNull(skippedAsAway, "skippedAsAway");
    requireNonNull(reason, "reason");
  }

  /** The chosen mentors' display names, best first, for the welcome message. */
  public ImmutableList<String> displayNames() {
    return chosen.stream()
        .map(p -> p.mentor().displayName())
        .collect(ImmutableList.toImmutableList());
  }
}
