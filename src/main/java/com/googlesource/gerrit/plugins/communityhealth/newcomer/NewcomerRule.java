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

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision.Basis;

/**
 * Decides whether a change owner is a newcomer: fewer merged changes than {@code maxMergedChanges},
 * not a service user and not in an exempt group. The count is not per project (a regular
 * contributor opening a new repository is not greeted as a first-timer), but it takes only the
 * owner's merged changes that every reader of the change may read: the same branch, and branches at
 * least as readable (the adapter, {@code OwnerHistory}, applies that rule).
 */
public final class NewcomerRule {
  /**
   * Which merged changes count: only those every reader of the change may read too (issue 21.2), so
   * the number in a reason derives from nothing hidden from whoever reads it.
   */
  static final String WHERE = " that readers of this change can see";

  private final int maxMergedChanges;

  /**
   * @param maxMergedChanges owners with fewer merged changes than this are newcomers; 0 turns
   *     newcomer detection off
   */
  public NewcomerRule(int maxMergedChanges) {
    checkArgument(
        maxMergedChanges >= 0, "maxMergedChanges must not be negative: %s", maxMergedChanges);
    this.maxMergedChanges = maxMergedChanges;
  }

  public static NewcomerRule of(NewcomerPolicy policy) {
    return new NewcomerRule(policy.maxMergedChanges());
  }

  public int maxMergedChanges() {
    return maxMergedChanges;
  }

  public NewcomerDecision decide(OwnerStanding owner) {
    requireNonNull(owner, "owner");
    // Bots and trusted groups first: their merged count is irrelevant, and the reason should name
    // what actually excluded them.
    if (owner.serviceUser()) {
      return new NewcomerDecision(false, Basis.SERVICE_USER, "service user");
    }
    if (!owner.exemptGroups().isEmpty()) {
      String groups = String.join(", ", owner.exemptGroups());
      return new NewcomerDecision(
          false,
          Basis.EXEMPT_GROUP,
          (owner.exemptGroups().size() == 1
                  ? "member of exempt group "
                  : "member of exempt groups ")
              + groups,
          owner.exemptGroups().asList());
    }
    if (maxMergedChanges == 0) {
      return new NewcomerDecision(
          false, Basis.DISABLED, "newcomer detection is off (maxMergedChanges = 0)");
    }
    int merged = owner.mergedChanges();
    if (merged < maxMergedChanges) {
      // Below the cap the count is exact, so it can be stated plainly.
      return new NewcomerDecision(
          true,
          Basis.MERGED_CHANGES,
          mergedChanges(merged) + WHERE + ", fewer than " + maxMergedChanges);
    }
    // The adapter may have stopped counting at the threshold: "at least" is true either way.
    return new NewcomerDecision(
        false,
        Basis.MERGED_CHANGES,
        "at least " + mergedChanges(merged) + WHERE + ", not fewer than " + maxMergedChanges);
  }

  private static String mergedChanges(int n) {
    return n + (n == 1 ? " merged change" : " merged changes");
  }
}
