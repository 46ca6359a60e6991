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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The text of one patch set that focus areas are matched against.
 *
 * @param subject the first line of the commit message
 * @param message the full commit message (a word of the subject counts there too)
 * @param paths the files the patch set touches, repository-relative; Gerrit's magic files such as
 *     {@code /COMMIT_MSG} are ignored
 * @param topic the change's topic, if any
 * @param hashtags the change's hashtags
 */
public record PatchSetText(
    String subject,
    String message,
    ImmutableList<String> paths,
    Optional<String> topic,
    ImmutableList<String> hashtags) {
  public PatchSetText {
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    requireNonNull(paths, "paths");
    requireNonNull(topic, "topic");
    requireNonNull(hashtags, "hashtags");
  }
}
