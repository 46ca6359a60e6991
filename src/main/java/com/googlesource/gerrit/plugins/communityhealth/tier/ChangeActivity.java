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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;

/**
 * What happened on one change that touches a feature, as the support matrix needs it.
 *
 * @param changeNumber the change number
 * @param status the change's status now
 * @param created when the change was created
 * @param merged when it was merged; present exactly when {@code status} is {@link Status#MERGED}
 * @param firstHumanReview the first vote or comment by someone other than the owner and bots
 * @param maintainerActions what the feature's maintainers did on the change
 * @param ciVotes per CI (service) account, its last vote on the change
 */
public record ChangeActivity(
    int changeNumber,
    Status status,
    Instant created,
    Optional<Instant> merged,
    Optional<Instant> firstHumanReview,
    ImmutableList<MaintainerAction> maintainerActions,
    ImmutableMap<String, Instant> ciVotes) {
  public enum Status {
    OPEN,
    MERGED,
    ABANDONED
  }

  public ChangeActivity {
    requireNonNull(status, "status");
    requireNonNull(created, "created");
    requireNonNull(merged, "merged");
    requireNonNull(firstHumanReview, "firstHumanReview");
    requireNonNull(maintainerActions, "maintainerActions");
    requireNonNull(ciVotes, "ciVotes");
    if ((status == Status.MERGED) != merged.isPresent()) {
      throw new IllegalArgumentException(
          "change " + changeNumber + ": a merge time is given exactly for a merged change");
    }
  }
}
