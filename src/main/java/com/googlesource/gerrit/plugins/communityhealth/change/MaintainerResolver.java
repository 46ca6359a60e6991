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

package com.googlesource.gerrit.plugins.communityhealth.change;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.AccountGroup;
import com.google.gerrit.entities.GroupReference;
import com.google.gerrit.server.IdentifiedUser;
import com.google.gerrit.server.account.AccountResolver;
import com.google.gerrit.server.account.GroupBackend;
import com.google.gerrit.server.account.GroupBackends;
import com.google.gerrit.server.account.GroupMembership;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Tells whether an account is one of a feature's maintainers, as configured: an account (username,
 * email or id) or {@code group:NAME}. Names that no longer resolve are skipped (the push validator
 * checked them when they were written).
 */
@Singleton
public class MaintainerResolver {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();
  static final String GROUP_PREFIX = "group:";

  private final AccountResolver accountResolver;
  private final GroupBackend groupBackend;
  private final IdentifiedUser.GenericFactory userFactory;

  @Inject
  MaintainerResolver(
      AccountResolver accountResolver,
      GroupBackend groupBackend,
      IdentifiedUser.GenericFactory userFactory) {
    this.accountResolver = accountResolver;
    this.groupBackend = groupBackend;
    this.userFactory = userFactory;
  }

  /**
   * A test for account ids, for one use: group memberships are looked up once per account it is
   * asked about, and remembered.
   */
  public IntPredicate resolve(List<String> maintainers) {
    Set<Integer> accounts = new HashSet<>();
    ImmutableList.Builder<AccountGroup.UUID> groups = ImmutableList.builder();
    for (String m : maintainers) {
      if (m.startsWith(GROUP_PREFIX)) {
        GroupReference g =
            GroupBackends.findExactSuggestion(groupBackend, m.substring(GROUP_PREFIX.length()));
        if (g != null) {
          groups.add(g.getUUID());
        } else {
          logger.atFine().log("maintainer %s is not a group; skipped", m);
        }
        continue;
      }
      try {
        ImmutableSet<Account.Id> found = accountResolver.resolveExactIgnoreVisibility(m).asIdSet();
        if (found.size() == 1) {
          accounts.add(found.iterator().next().get());
        }
      } catch (Exception e) {
        logger.atFine().withCause(e).log("maintainer %s cannot be resolved; skipped", m);
      }
    }
    ImmutableList<AccountGroup.UUID> groupIds = groups.build();
    if (groupIds.isEmpty()) {
      return accounts::contains;
    }
    Map<Integer, Boolean> member = new HashMap<>();
    // Effective groups of one account cover every group: one lookup per account asked about.
    return id ->
        accounts.contains(id)
            || member.computeIfAbsent(
                id,
                a -> {
                  GroupMembership memberships =
                      userFactory.create(Account.id(a)).getEffectiveGroups();
                  return groupIds.stream().anyMatch(memberships::contains);
                });
  }
}
