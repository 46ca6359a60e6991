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

import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.server.account.ServiceUserClassifier;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.OwnerStanding;
import com.googlesource.gerrit.plugins.communityhealth.people.PeopleDirectory;

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
