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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What the rules need to know about one change, read from Gerrit once: plain values, no Gerrit
 * types.
 *
 * @param project the project name
 * @param number the change number
 * @param timeline the change's state and history, for the waiting clock
 * @param ownerOffset the UTC offset of the current patch set's commit author (the owner's time
 *     zone, for working days and mentor choice)
 * @param subject the current patch set's subject
 * @param message the current patch set's full commit message
 * @param paths the files the current patch set touches
 * @param topic the change's topic
 * @param hashtags the change's hashtags
 * @param accounts every account that appears on the timeline, for the bot check
 */
public record ChangeFacts(
    String project,
    int number,
    Timeline timeline,
    ZoneOffset ownerOffset,
    String subject,
    String message,
    ImmutableList<String> paths,
    Optional<String> topic,
    ImmutableSet<String> hashtags,
    ImmutableSet<Integer> accounts) {
  public ChangeFacts {
    requireNonNull(project, "project");
    requireNonNull(timeline, "timeline");
    requireNonNull(ownerOffset, "ownerOffset");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    requireNonNull(paths, "paths");
    requireNonNull(topic, "topic");
    requireNonNull(hashtags, "hashtags");
    requireNonNull(accounts, "accounts");
  }
}
