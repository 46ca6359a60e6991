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

package com.googlesource.gerrit.plugins.communityhealth.people;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.AccountGroup;
import com.google.gerrit.entities.GroupReference;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.IdentifiedUser;
import com.google.gerrit.server.account.AccountCache;
import com.google.gerrit.server.account.AccountResolver;
import com.google.gerrit.server.account.AccountState;
import com.google.gerrit.server.account.GroupBackend;
import com.google.gerrit.server.account.GroupBackends;
import com.google.gerrit.server.account.GroupControl;
import com.google.gerrit.server.account.GroupMembers;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The plugin's one people directory: resolves configured {@link PersonEntry}s to accounts and
 * groups, tells group membership and lists members, and names people by one display-name rule.
 *
 * <p>Everything here is answered <em>as the server</em> (Gerrit's internal user), never as whoever
 * happens to ask: membership is a fact about the person, so a welcome in the background, a signal
 * read by an admin and the same signal read by an outsider agree. Only an <em>explanation</em> that
 * names a group depends on the reader: {@link #canSee} says whether a caller may see a group's
 * name.
 */
@Singleton
public class PeopleDirectory {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final AccountResolver accountResolver;
  private final AccountCache accountCache;
  private final GroupBackend groupBackend;
  private final GroupMembers groupMembers;
  private final GroupControl.GenericFactory groupControl;
  private final IdentifiedUser.GenericFactory userFactory;
  private final OneOffRequestContext serverContext;

  @Inject
  PeopleDirectory(
      AccountResolver accountResolver,
      AccountCache accountCache,
      GroupBackend groupBackend,
      GroupMembers groupMembers,
      GroupControl.GenericFactory groupControl,
      IdentifiedUser.GenericFactory userFactory,
      OneOffRequestContext serverContext) {
    this.accountResolver = accountResolver;
    this.accountCache = accountCache;
    this.groupBackend = groupBackend;
    this.groupMembers = groupMembers;
    this.groupControl = groupControl;
    this.userFactory = userFactory;
    this.serverContext = serverContext;
  }

  /** The one account an account entry names, whoever could see it; empty if not exactly one. */
  public Optional<AccountState> account(String name) {
    try {
      ImmutableSet<Account.Id> found = accountResolver.resolveExactIgnoreVisibility(name).asIdSet();
      return found.size() == 1 ? accountCache.get(found.iterator().next()) : Optional.empty();
    } catch (Exception e) {
      logger.atFine().withCause(e).log("account '%s' cannot be resolved", name);
      return Optional.empty();
    }
  }

  /** The group named {@code name}, looked up as the server (visible to all or not). */
  public Optional<AccountGroup.UUID> group(String name) {
    try (ManualRequestContext ctx = serverContext.open()) {
      GroupReference ref = GroupBackends.findExactSuggestion(groupBackend, name);
      return Optional.ofNullable(ref).map(GroupReference::getUUID);
    }
  }

  /** Whether {@code account} is a member of {@code group}, directly or through subgroups. */
  public boolean isMember(Account.Id account, AccountGroup.UUID group) {
    return userFactory.create(account).getEffectiveGroups().contains(group);
  }

  /**
   * The configured groups {@code account} is a member of, as configured, in configured order.
   * Entries that name no group are skipped (push validation checked them when written).
   */
  public ImmutableSet<String> memberOf(Account.Id account, List<String> groups) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String g : groups) {
      PersonEntry entry = PersonEntry.parseGroup(g);
      Optional<AccountGroup.UUID> uuid = group(entry.name());
      if (uuid.isPresent() && isMember(account, uuid.get())) {
        out.add(entry.name());
      }
    }
    return out.build();
  }

  /**
   * A test for account ids against configured entries (accounts and {@code group:NAME}), for one
   * use: each account's memberships are looked up once and remembered.
   */
  public IntPredicate anyOf(List<String> entries) {
    Set<Integer> accounts = new HashSet<>();
    ImmutableList.Builder<AccountGroup.UUID> groups = ImmutableList.builder();
    for (String raw : entries) {
      PersonEntry e = PersonEntry.parse(raw);
      if (e.group()) {
        group(e.name()).ifPresent(groups::add);
      } else {
        account(e.name()).ifPresent(a -> accounts.add(a.account().id().get()));
      }
    }
    ImmutableList<AccountGroup.UUID> groupIds = groups.build();
    if (groupIds.isEmpty()) {
      return accounts::contains;
    }
    Map<Integer, Boolean> member = new HashMap<>();
    return id ->
        accounts.contains(id)
            || member.computeIfAbsent(
                id,
                a -> {
                  var memberships = userFactory.create(Account.id(a)).getEffectiveGroups();
                  return groupIds.stream().anyMatch(memberships::contains);
                });
  }

  /**
   * The active accounts an entry stands for: the account, or the group's members (listed as the
   * server, by account id; {@code project} expands Gerrit's Project Owners group).
   */
  public ImmutableList<AccountState> activeAccounts(String configured, Project.NameKey project) {
    PersonEntry e = PersonEntry.parse(configured);
    if (!e.group()) {
      return account(e.name())
          .filter(a -> a.account().isActive())
          .map(ImmutableList::of)
          .orElse(ImmutableList.of());
    }
    Optional<AccountGroup.UUID> uuid = group(e.name());
    if (uuid.isEmpty()) {
      logger.atFine().log("'%s' is not a group; skipped", configured);
      return ImmutableList.of();
    }
    try (ManualRequestContext ctx = serverContext.open()) {
      return groupMembers.listAccounts(uuid.get(), project).stream()
          .filter(Account::isActive)
          .map(Account::id)
          .sorted(Comparator.comparingInt(Account.Id::get))
          .map(accountCache::get)
          .flatMap(Optional::stream)
          .collect(ImmutableList.toImmutableList());
    } catch (Exception e2) {
      logger.atWarning().withCause(e2).log("members of '%s' cannot be listed; skipped", configured);
      return ImmutableList.of();
    }
  }

  /** Whether {@code caller} may see the group named {@code name} (and so read its name). */
  public boolean canSee(CurrentUser caller, String name) {
    Optional<AccountGroup.UUID> uuid = group(name);
    if (uuid.isEmpty()) {
      return false;
    }
    try {
      return groupControl.controlFor(caller, uuid.get()).isVisible();
    } catch (Exception e) {
      return false;
    }
  }

  /**
   * The one display-name rule: the full name, else the username, else {@code account N}. Never an
   * e-mail address: names go into messages and reports that others read.
   */
  public static String displayName(AccountState state) {
    Account a = state.account();
    if (a.fullName() != null && !a.fullName().isBlank()) {
      return a.fullName();
    }
    return state.userName().orElse("account " + a.id().get());
  }

  /** {@link #displayName(AccountState)} of an account id; {@code account N} if it is unknown. */
  public String displayName(Account.Id id) {
    return accountCache.get(id).map(PeopleDirectory::displayName).orElse("account " + id.get());
  }
}
