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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.account.AccountState;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.change.MentorDirectory;
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns configured maintainers and mentors into {@link Person}s for the escalation picker, in the
 * order of preference: for one sweep, so that a maintainer named on a thousand changes is looked up
 * once and a status set during the sweep is seen by the next one.
 *
 * <p>Not thread-safe; one instance per sweep. Group members are listed as the server by {@link
 * PeopleDirectory} (nobody outside the admin report sees the list).
 */
class EscalationCandidates {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Creates one per sweep. */
  static class Factory {
    private final PeopleDirectory people;
    private final MentorDirectory directory;

    @Inject
    Factory(PeopleDirectory people, MentorDirectory directory) {
      this.people = people;
      this.directory = directory;
    }

    EscalationCandidates create() {
      return new EscalationCandidates(this);
    }
  }

  private final Factory deps;
  private final Map<String, ImmutableList<Person>> byEntry = new HashMap<>();

  private EscalationCandidates(Factory deps) {
    this.deps = deps;
  }

  /**
   * Maintainers of the touched features: the features in declaration order, each one's {@code
   * maintainer} entries in configured order, a group's members by account id. Someone listed twice
   * keeps their first place.
   */
  ImmutableList<Person> maintainers(Project.NameKey project, List<FeatureDefinition> features) {
    Map<Integer, Person> out = new LinkedHashMap<>();
    for (FeatureDefinition feature : features) {
      for (String entry : feature.maintainers()) {
        for (Person p : resolve(project, entry)) {
          out.putIfAbsent(p.accountId(), p);
        }
      }
    }
    return ImmutableList.copyOf(out.values());
  }

  /**
   * Configured mentors. Those already on the change (the welcome adds its chosen mentor as CC or
   * reviewer) come first, the others follow in configured order: a newcomer's mentor knows the
   * change best.
   */
  ImmutableList<Person> mentors(
      Project.NameKey project, List<String> configured, Set<Integer> onChange) {
    Map<Integer, Person> all = new LinkedHashMap<>();
    for (String entry : configured) {
      for (Person p : resolve(project, entry)) {
        all.putIfAbsent(p.accountId(), p);
      }
    }
    List<Person> ordered = new ArrayList<>();
    all.values().stream().filter(p -> onChange.contains(p.accountId())).forEach(ordered::add);
    all.values().stream().filter(p -> !onChange.contains(p.accountId())).forEach(ordered::add);
    return ImmutableList.copyOf(ordered);
  }

  private ImmutableList<Person> resolve(Project.NameKey project, String entry) {
    String key = project.get() + "\n" + entry;
    ImmutableList<Person> known = byEntry.get(key);
    if (known == null) {
      known = lookUp(project, entry);
      byEntry.put(key, known);
    }
    return known;
  }

  private ImmutableList<Person> lookUp(Project.NameKey project, String entry) {
    // A maintainer deleted or renamed since the config was pushed resolves to nobody: the others
    // are asked.
    return deps.people.activeAccounts(entry, project).stream()
        .map(this::person)
        .collect(ImmutableList.toImmutableList());
  }

  /** The person, with the UTC offset of their own latest change (where their day falls). */
  private Person person(AccountState state) {
    Optional<ZoneOffset> offset;
    try {
      offset = deps.directory.offset(state.account().id());
    } catch (RuntimeException e) {
      logger.atWarning().withCause(e).log(
          "UTC offset of account %s not read", state.account().id());
      offset = Optional.empty();
    }
    return new Person(
        state.account().id().get(),
        PeopleDirectory.displayName(state),
        Optional.ofNullable(state.account().status()),
        offset);
  }
}
