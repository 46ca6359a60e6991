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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.function.Predicate;

/**
 * Whether a change owner is a newcomer, and why: the reason is shown to people as it is (the
 * signals explanation, the chip's tooltip).
 *
 * @param newcomer whether the owner counts as a newcomer
 * @param basis which rule decided
 * @param reason one short sentence fragment, e.g. {@code 2 merged changes that readers of this
 *     change can see, fewer than 3}
 * @param groups the exempt groups the reason names; empty when it names none
 */
public record NewcomerDecision(
    boolean newcomer, Basis basis, String reason, ImmutableList<String> groups) {
  /** The reason's wording when the reader may not see every exempt group it would name. */
  public static final String UNNAMED_EXEMPT_GROUP = "member of an exempt group";

  /** The rule that decided, in the order the rules are tried. */
  public enum Basis {
    /** Service users are bots and never newcomers. */
    SERVICE_USER,
    /** Members of a configured exempt group are never newcomers. */
    EXEMPT_GROUP,
    /** {@code maxMergedChanges = 0}: nobody is a newcomer. */
    DISABLED,
    /** The number of merged changes on the server decided. */
    MERGED_CHANGES
  }

  public NewcomerDecision {
    requireNonNull(basis, "basis");
    requireNonNull(reason, "reason");
    requireNonNull(groups, "groups");
  }

  /** A decision whose reason names no group. */
  public NewcomerDecision(boolean newcomer, Basis basis, String reason) {
    this(newcomer, basis, reason, ImmutableList.of());
  }

  /**
   * This decision as explained to a reader: the same flag, but a reason that names the exempt
   * groups only if the reader may see each of them (membership is a fact about the owner; the
   * group's name is not everyone's to read).
   */
  public NewcomerDecision explainedTo(Predicate<String> readerSeesGroup) {
    if (groups.isEmpty() || groups.stream().allMatch(readerSeesGroup)) {
      return this;
    }
    return new NewcomerDecision(newcomer, basis, UNNAMED_EXEMPT_GROUP, ImmutableList.of());
  }
}
