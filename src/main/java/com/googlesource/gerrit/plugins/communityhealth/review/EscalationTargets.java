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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.Region;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a reminder brings onto the change, and whom it passed over as away.
 *
 * @param targets people to add to the attention set, in order
 * @param skippedAway people passed over because their status says they are away
 * @param everyoneAway whether there were people to ask but every one of them is away, so nobody is
 *     added
 * @param notOnChange people chosen but not added, because they are not on the change and the poster
 *     cannot add them (the server posts without a bot account)
 * @param awake the region of the people asked first because their working day includes the moment
 *     of the reminder; empty when nobody asked was known to be at work
 */
public record EscalationTargets(
    ImmutableList<Person> targets,
    ImmutableList<Person> skippedAway,
    boolean everyoneAway,
    ImmutableList<Person> notOnChange,
    Optional<Region> awake) {
  public static final EscalationTargets NONE =
      new EscalationTargets(ImmutableList.of(), ImmutableList.of(), false);

  public EscalationTargets {
    requireNonNull(targets, "targets");
    requireNonNull(skippedAway, "skippedAway");
    requireNonNull(notOnChange, "notOnChange");
    requireNonNull(awake, "awake");
  }

  public EscalationTargets(
      ImmutableList<Person> targets,
      ImmutableList<Person> skippedAway,
      boolean everyoneAway,
      ImmutableList<Person> notOnChange) {
    this(targets, skippedAway, everyoneAway, notOnChange, Optional.empty());
  }

  public EscalationTargets(
      ImmutableList<Person> targets, ImmutableList<Person> skippedAway, boolean everyoneAway) {
    this(targets, skippedAway, everyoneAway, ImmutableList.of());
  }

  /**
   * These targets when only people already on the change can be added (Gerrit keeps others out of
   * the attention set, and only an account may add them as CC); the rest move to {@link
   * #notOnChange}.
   */
  public EscalationTargets onlyOnChange(Set<Integer> onChange) {
    ImmutableList<Person> kept =
        targets.stream()
            .filter(p -> onChange.contains(p.accountId()))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Person> dropped =
        targets.stream()
            .filter(p -> !onChange.contains(p.accountId()))
            .collect(ImmutableList.toImmutableList());
    return new EscalationTargets(kept, skippedAway, everyoneAway, dropped, awake);
  }

  /** Whether nobody was there to ask at all (none configured, or only the owner). */
  public boolean nobodyToAsk() {
    return targets.isEmpty() && skippedAway.isEmpty() && notOnChange.isEmpty();
  }
}
