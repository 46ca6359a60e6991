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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What the community metrics need of one change, read once per meta revision: who owns it, when it
 * was created and closed, from which time zone its owner works, and the human review it got (by the
 * one definition of human activity: people other than the owner, never bots).
 *
 * @param owner the owner's account id
 * @param created when the change was uploaded
 * @param ownerOffset the UTC offset of the change's commit author; empty when unknown
 * @param outcome open, merged or abandoned
 * @param closed when it was merged or abandoned: Gerrit's merge time for a merged change, the last
 *     update for an abandoned one (and for changes read from the index alone, whose last update is
 *     before every window asked about)
 * @param patchSetUploads when each patch set was uploaded, oldest first; each starts a review cycle
 *     (CHAOSS). Never empty: a change whose history records no upload has its creation as its one
 *     upload
 * @param reviewActions every human comment or vote by someone other than the owner, oldest first;
 *     the first is the change's first response
 * @param codeReview each human reviewer's latest non-zero Code-Review vote on the change
 */
public record ChangeDigest(
    int owner,
    Instant created,
    Optional<ZoneOffset> ownerOffset,
    Outcome outcome,
    Optional<Instant> closed,
    ImmutableList<Instant> patchSetUploads,
    ImmutableList<ReviewAction> reviewActions,
    ImmutableMap<Integer, Integer> codeReview) {
  /** How a change ended, so far. */
  public enum Outcome {
    OPEN,
    MERGED,
    ABANDONED
  }

  /** One human review action: a comment or vote by {@code reviewer} at {@code when}. */
  public record ReviewAction(int reviewer, Instant when) {
    public ReviewAction {
      requireNonNull(when, "when");
    }
  }

  public ChangeDigest {
    requireNonNull(created, "created");
    requireNonNull(ownerOffset, "ownerOffset");
    requireNonNull(outcome, "outcome");
    requireNonNull(closed, "closed");
    requireNonNull(patchSetUploads, "patchSetUploads");
    checkArgument(!patchSetUploads.isEmpty(), "a change has at least one patch set");
    requireNonNull(reviewActions, "reviewActions");
    requireNonNull(codeReview, "codeReview");
  }

  /** The first human response by someone other than the owner (CHAOSS "first response"). */
  public Optional<ReviewAction> firstResponse() {
    return reviewActions.isEmpty() ? Optional.empty() : Optional.of(reviewActions.get(0));
  }
}
