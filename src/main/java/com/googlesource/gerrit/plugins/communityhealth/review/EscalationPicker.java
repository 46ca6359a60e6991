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
import com.googlesource.gerrit.plugins.communityhealth.chaoss.Region;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WorkingHours;
import java.time.Instant;
import java.util.ArrayList;
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
 *
 * <p>Given the moment of the reminder, the picker first asks the people who are at work then: whose
 * {@link WorkingHours} at the UTC offset of their own recent commits (as the mentor picker reads
 * them) include that moment; then the rest in the caller's order. A reminder at 03:00 UTC thus goes
 * to a maintainer at UTC+08:00 (11:00 there) before one at UTC−05:00 (22:00). People whose offset
 * is unknown count as not at work. Away people are skipped all the same.
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
    return choose(policy, maintainers, mentors, owner);
  }

  /**
   * As {@link #pick(ReviewPolicy, List, List, Actor)}, asking first the people whose working day
   * includes {@code now}.
   */
  public static EscalationTargets pick(
      ReviewPolicy policy,
      List<Person> maintainers,
      List<Person> mentors,
      Actor owner,
      Instant now) {
    return pick(policy, maintainers, mentors, owner, now, WorkingHours.DEFAULT);
  }

  static EscalationTargets pick(
      ReviewPolicy policy,
      List<Person> maintainers,
      List<Person> mentors,
      Actor owner,
      Instant now,
      WorkingHours hours) {
    EscalationTargets chosen =
        choose(policy, awakeFirst(maintainers, now, hours), awakeFirst(mentors, now, hours), owner);
    Optional<Region> awake =
        chosen.targets().stream()
            .filter(p -> isAtWork(p, now, hours))
            .findFirst()
            .flatMap(Person::utcOffset)
            .map(Region::of);
    return new EscalationTargets(
        chosen.targets(), chosen.skippedAway(), chosen.everyoneAway(), chosen.notOnChange(), awake);
  }

  /** Whether the person's working day, at their known UTC offset, includes {@code now}. */
  public static boolean isAtWork(Person person, Instant now, WorkingHours hours) {
    return person.utcOffset().isPresent() && hours.includes(person.utcOffset().get(), now);
  }

  private static List<Person> awakeFirst(List<Person> people, Instant now, WorkingHours hours) {
    List<Person> out = new ArrayList<>(people.size());
    people.stream().filter(p -> isAtWork(p, now, hours)).forEach(out::add);
    people.stream().filter(p -> !isAtWork(p, now, hours)).forEach(out::add);
    return out;
  }

  private static EscalationTargets choose(
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
