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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;

/**
 * Who did what when on one change, plus the change's state now.
 *
 * <p>Events are kept in time order. Events at the same instant keep the order they were given in,
 * so a loader that lists a patch set before the message announcing it keeps that order.
 *
 * @param state the change's state now
 * @param events what happened, oldest first
 */
public record Timeline(ChangeState state, ImmutableList<TimelineEvent> events) {
  private static final Comparator<TimelineEvent> BY_TIME =
      Comparator.comparing(TimelineEvent::when);

  public Timeline {
    requireNonNull(state, "state");
    // sortedCopyOf is a stable sort: ties keep the loader's order.
    events = ImmutableList.sortedCopyOf(BY_TIME, requireNonNull(events, "events"));
  }

  public static Timeline of(ChangeState state, List<TimelineEvent> events) {
    return new Timeline(state, ImmutableList.copyOf(events));
  }

  public Actor owner() {
    return state.owner();
  }
}
