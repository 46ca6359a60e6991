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
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.GroupReference;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.account.AccountCache;
import com.google.gerrit.server.account.AccountResolver;
import com.google.gerrit.server.account.AccountState;
import com.google.gerrit.server.account.GroupBackend;
import com.google.gerrit.server.account.GroupBackends;
import com.google.gerrit.server.account.GroupMembers;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.change.MentorDirectory;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import java.util.ArrayList;
import java.util.Comparator;
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
 * <p>Not thread-safe; one instance per sweep. The caller runs it as the server (group members are
 * listed whoever could see them: nobody outside the admin report sees the list).
 */
class EscalationCandidates {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String GROUP_PREFIX = "group:";

  /** Creates one per sweep. */
  static class Factory {
    private final AccountResolver accountResolver;
    private final AccountCache accountCache;
    private final GroupBackend groupBackend;
    private final GroupMembers groupMembers;
    private final MentorDirectory directory;

    @Inject
    Factory(
        AccountResolver accountResolver,
        AccountCache accountCache,
        GroupBackend groupBackend,
        GroupMembers groupMembers,
        MentorDirectory directory) {
      this.accountResolver = accountResolver;
      this.accountCache = accountCache;
      this.groupBackend = groupBackend;
      this.groupMembers = groupMembers;
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
    try {
      if (entry.startsWith(GROUP_PREFIX)) {
        return groupMembers(project, entry.substring(GROUP_PREFIX.length()));
      }
      AccountState state = deps.accountResolver.resolveExactIgnoreVisibility(entry).asUnique();
      return state.account().isActive() ? ImmutableList.of(person(state)) : ImmutableList.of();
    } catch (Exception e) {
      // A maintainer deleted or renamed since the config was pushed: skip, ask the others.
      logger.atWarning().atMostEvery(1, java.util.concurrent.TimeUnit.MINUTES).log(
          "escalation target '%s' in %s cannot be resolved; skipped: %s",
          entry, project, e.getMessage());
      return ImmutableList.of();
    }
  }

  private ImmutableList<Person> groupMembers(Project.NameKey project, String name)
      throws Exception {
    GroupReference group = GroupBackends.findExactSuggestion(deps.groupBackend, name);
    if (group == null) {
      throw new IllegalArgumentException("no group " + name);
    }
    ImmutableSet<Account.Id> ids =
        deps.groupMembers.listAccounts(group.getUUID(), project).stream()
            .filter(Account::isActive)
            .map(Account::id)
            .collect(ImmutableSet.toImmutableSet());
    return ids.stream()
        .sorted(Comparator.comparingInt(Account.Id::get))
        .map(deps.accountCache::get)
        .flatMap(Optional::stream)
        .map(this::person)
        .collect(ImmutableList.toImmutableList());
  }

  /** The person, with the UTC offset of their own latest change (where their day falls). */
  private Person person(AccountState state) {
    Account a = state.account();
    String name =
        a.fullName() != null && !a.fullName().isBlank()
            ? a.fullName()
            : state.userName().orElse("account " + a.id().get());
    Optional<java.time.ZoneOffset> offset;
    try {
      offset = deps.directory.offset(a.id());
    } catch (RuntimeException e) {
      logger.atWarning().withCause(e).log("UTC offset of account %s not read", a.id());
      offset = Optional.empty();
    }
    return new Person(a.id().get(), name, Optional.ofNullable(a.status()), offset);
  }
}
