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

import com.google.common.collect.ImmutableSet;

/**
 * What the server knows about a change owner that bears on whether they are a newcomer. An adapter
 * outside this package computes it from Gerrit's index and groups.
 *
 * @param mergedChanges merged changes owned on this server; may be capped at any value of at least
 *     {@code maxMergedChanges}, so an adapter can stop counting there without changing the decision
 * @param serviceUser whether the owner is a member of Gerrit's {@code Service Users} group
 * @param exemptGroups the configured {@code exemptGroup}s the owner is a member of, by name as
 *     configured, in configured order; empty when none
 */
public record OwnerStanding(
    int mergedChanges, boolean serviceUser, ImmutableSet<String> exemptGroups) {
  public OwnerStanding {
    checkArgument(mergedChanges >= 0, "mergedChanges must not be negative: %s", mergedChanges);
    requireNonNull(exemptGroups, "exemptGroups");
  }

  /** An ordinary human owner with this many merged changes and no exempt group. */
  public static OwnerStanding person(int mergedChanges) {
    return new OwnerStanding(mergedChanges, false, ImmutableSet.of());
  }
}
