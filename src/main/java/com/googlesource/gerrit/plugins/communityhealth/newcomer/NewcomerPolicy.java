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
import java.util.Optional;

/**
 * The {@code [newcomer]} section.
 *
 * @param maxMergedChanges an owner with fewer merged changes on the server than this is a newcomer
 * @param welcome whether to post a welcome on a newcomer's first change in the project
 * @param message the welcome template; empty: the built-in one
 * @param guide link to the contributor guide, for {@code ${guide}}
 * @param mentors mentor accounts, as configured
 * @param mentorAs how chosen mentors join the change
 * @param exemptGroups groups whose members are never newcomers, as configured
 */
public record NewcomerPolicy(
    int maxMergedChanges,
    boolean welcome,
    Optional<String> message,
    Optional<String> guide,
    ImmutableList<String> mentors,
    MentorAs mentorAs,
    ImmutableList<String> exemptGroups) {
  public static final int DEFAULT_MAX_MERGED_CHANGES = 3;

  public static final NewcomerPolicy DEFAULT =
      new NewcomerPolicy(
          DEFAULT_MAX_MERGED_CHANGES,
          false,
          Optional.empty(),
          Optional.empty(),
          ImmutableList.of(),
          MentorAs.MENTION,
          ImmutableList.of());

  public NewcomerPolicy {
    requireNonNull(message, "message");
    requireNonNull(guide, "guide");
    requireNonNull(mentors, "mentors");
    requireNonNull(mentorAs, "mentorAs");
    requireNonNull(exemptGroups, "exemptGroups");
  }
}
