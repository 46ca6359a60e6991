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
import com.google.gerrit.common.Nullable;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.server.account.ServiceUserClassifier;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MetricsHistory;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerRule;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.OwnerStanding;
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Gathers what the newcomer rule needs to know about a change owner. */
@Singleton
public class OwnerStandingLoader {
  private final OwnerHistory ownerHistory;
  private final ServiceUserClassifier serviceUsers;
  private final PeopleDirectory people;

  @Inject
  OwnerStandingLoader(
      OwnerHistory ownerHistory, ServiceUserClassifier serviceUsers, PeopleDirectory people) {
    this.ownerHistory = ownerHistory;
    this.serviceUsers = serviceUsers;
    this.people = people;
  }

  /**
   * The standing of {@code owner} as seen from a change on {@code branch}: membership as the server
   * sees it, merged changes only those every reader of such a change may read ({@link
   * OwnerHistory}).
   */
  /**
   * Newcomer status at the time a change was created, by the signal's rule ({@link NewcomerRule}:
   * service users and exempt groups excluded, merged changes counted as the signal counts them,
   * those merged before the change was created): the dashboard's newcomer metrics. For one request;
   * it remembers each owner it was asked about.
   */
  public NewcomerAtCreation atCreation(NewcomerPolicy policy) {
    return new NewcomerAtCreation(policy);
  }

  /** {@link #atCreation} as the dashboard's history asks it (one request, one thread). */
  public MetricsHistory.NewcomerJudge newcomerJudge(NewcomerPolicy policy) {
    NewcomerAtCreation atCreation = atCreation(policy);
    return (owner, created) -> atCreation.newcomer(Account.id(owner), created);
  }

  /** See {@link #atCreation}. Not thread-safe. */
  public final class NewcomerAtCreation {
    private record Key(Account.Id owner, BranchNameKey branch) {}

    private final NewcomerPolicy policy;
    private final NewcomerRule rule;
    private final Map<Account.Id, OwnerStanding> excluded = new HashMap<>();
    private final Map<Key, ImmutableList<Instant>> merges = new HashMap<>();

    private NewcomerAtCreation(NewcomerPolicy policy) {
      this.policy = policy;
      this.rule = NewcomerRule.of(policy);
    }

    /**
     * {@link #newcomer(Account.Id, BranchNameKey, Instant)} where the change's branch is not at
     * hand: only merged changes every registered user may read count.
     */
    public boolean newcomer(Account.Id owner, Instant created) {
      return newcomer(owner, null, created);
    }

    /**
     * Whether the owner of a change on {@code branch} was a newcomer when it was {@code created}.
     */
    public boolean newcomer(Account.Id owner, @Nullable BranchNameKey branch, Instant created) {
      OwnerStanding exclusions = excluded.computeIfAbsent(owner, this::exclusions);
      if (exclusions.serviceUser() || !exclusions.exemptGroups().isEmpty()) {
        return false;
      }
      ImmutableList<Instant> first =
          merges.computeIfAbsent(
              new Key(owner, branch),
              k ->
                  branch == null
                      ? ownerHistory.firstMergesReadableByAll(owner, policy.maxMergedChanges())
                      : ownerHistory.firstMerges(owner, branch, policy.maxMergedChanges()));
      // NoteDb keeps whole seconds: a merge in the second the change was created came first.
      int before = (int) first.stream().filter(t -> !t.isAfter(created)).count();
      return rule.decide(OwnerStanding.person(before)).newcomer();
    }

    private OwnerStanding exclusions(Account.Id owner) {
      boolean serviceUser = serviceUsers.isServiceUser(owner);
      return new OwnerStanding(
          0,
          serviceUser,
          serviceUser ? ImmutableSet.of() : people.memberOf(owner, policy.exemptGroups()));
    }
  }

  public OwnerStanding standing(Account.Id owner, BranchNameKey branch, NewcomerPolicy policy) {
    boolean serviceUser = serviceUsers.isServiceUser(owner);
    ImmutableSet<String> exemptGroups = ImmutableSet.of();
    if (!serviceUser && !policy.exemptGroups().isEmpty()) {
      // As the server: membership is a fact about the owner, whoever asks (issue 21.5).
      exemptGroups = people.memberOf(owner, policy.exemptGroups());
    }
    // Service users and exempt members are decided without counting.
    int merged =
        serviceUser || !exemptGroups.isEmpty()
            ? 0
            : ownerHistory.mergedChanges(owner, branch, policy.maxMergedChanges());
    return new OwnerStanding(merged, serviceUser, exemptGroups);
  }
}
