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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Builds {@link ChangeDigest}s for the metrics tests. */
final class Digests {
  static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");

  private final int owner;
  private Instant created = T0;
  private Optional<ZoneOffset> offset = Optional.empty();
  private ChangeDigest.Outcome outcome = ChangeDigest.Outcome.OPEN;
  private Optional<Instant> closed = Optional.empty();
  private final ImmutableList.Builder<Instant> laterPatchSets = ImmutableList.builder();
  private final ImmutableList.Builder<ChangeDigest.ReviewAction> actions = ImmutableList.builder();
  private final ImmutableMap.Builder<Integer, Integer> votes = ImmutableMap.builder();

  static Digests owner(int owner) {
    return new Digests(owner);
  }

  private Digests(int owner) {
    this.owner = owner;
  }

  Digests createdAt(Instant when) {
    created = when;
    return this;
  }

  Digests createdHours(double hoursAfterT0) {
    created = T0.plus(Duration.ofMinutes(Math.round(hoursAfterT0 * 60)));
    return this;
  }

  Digests offset(String id) {
    offset = Optional.of(ZoneOffset.of(id));
    return this;
  }

  Digests merged(double hoursAfterCreation) {
    outcome = ChangeDigest.Outcome.MERGED;
    closed = Optional.of(created.plus(Duration.ofMinutes(Math.round(hoursAfterCreation * 60))));
    return this;
  }

  Digests abandoned(double hoursAfterCreation) {
    merged(hoursAfterCreation);
    outcome = ChangeDigest.Outcome.ABANDONED;
    return this;
  }

  /** A patch set after the first, uploaded {@code hours} after creation. */
  Digests patchSet(double hours) {
    laterPatchSets.add(created.plus(Duration.ofMinutes(Math.round(hours * 60))));
    return this;
  }

  /** A review action {@code hours} after creation. */
  Digests reviewed(int reviewer, double hours) {
    actions.add(
        new ChangeDigest.ReviewAction(
            reviewer, created.plus(Duration.ofMinutes(Math.round(hours * 60)))));
    return this;
  }

  Digests voted(int reviewer, int value) {
    votes.put(reviewer, value);
    return this;
  }

  ChangeDigest build() {
    return new ChangeDigest(
        owner,
        created,
        offset,
        outcome,
        closed,
        ImmutableList.<Instant>builder().add(created).addAll(laterPatchSets.build()).build(),
        actions.build(),
        votes.buildKeepingLast());
  }
}
