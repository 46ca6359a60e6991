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

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Picks whom to add to the attention set of an ignored change: the first available maintainer
 * and/or mentor, as {@code [review] escalate} says.
 *
 * <p>Candidates come in the caller's order of preference. A candidate whose account status matches
 * {@code awayPattern} is skipped and the next one is asked. One person per role keeps the nudge
 * small (asking everyone spreads responsibility until nobody feels it); someone who is both
 * maintainer and mentor fills both roles. The owner is never a target: a reminder is about the
 * reviewers' silence.
 */
public final class EscalationPicker {
  /**
   * @param policy the project's {@code [review]} section ({@code escalate}, {@code awayPattern})
   * @param maintainers maintainers of the features the change touches, preferred first
   * @param mentors mentors, preferred first
   * @param owner the change owner
   */
  public static EscalationTargets pick(
      ReviewPolicy policy, List<Person> maintainers, List<Person> mentors, Actor owner) {
    Escalation escalate = policy.escalate();
    Map<Integer, Person> targets = new LinkedHashMap<>();
    Map<Integer, Person> skipped = new LinkedHashMap<>();
    if (escalate.includesMaintainers()) {
      pickOne(maintainers, owner, policy.awayPattern(), skipped).ifPresent(p -> add(targets, p));
    }
    if (escalate.includesMentors()) {
      pickOne(mentors, owner, policy.awayPattern(), skipped).ifPresent(p -> add(targets, p));
    }
    return new EscalationTargets(
        ImmutableList.copyOf(targets.values()),
        ImmutableList.copyOf(skipped.values()),
        targets.isEmpty() && !skipped.isEmpty());
  }

  private static Optional<Person> pickOne(
      List<Person> candidates, Actor owner, Pattern awayPattern, Map<Integer, Person> skipped) {
    for (Person candidate : candidates) {
      if (owner.is(candidate.accountId())) {
        continue;
      }
      if (isAway(candidate, awayPattern)) {
        skipped.putIfAbsent(candidate.accountId(), candidate);
        continue;
      }
      return Optional.of(candidate);
    }
    return Optional.empty();
  }

  private static void add(Map<Integer, Person> targets, Person person) {
    targets.putIfAbsent(person.accountId(), person);
  }

  /** Whether the person's account status marks them as away. */
  public static boolean isAway(Person person, Pattern awayPattern) {
    return person.status().isPresent() && awayPattern.matcher(person.status().get()).find();
  }

  private EscalationPicker() {}
}
