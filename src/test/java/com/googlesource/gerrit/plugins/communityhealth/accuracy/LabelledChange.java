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
package com.googlesource.gerrit.plugins.communityhealth.accuracy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.time.Instant;
import java.util.Optional;

/**
 * One commit of the labelled data: its text and files as a reviewer sees them, and the focus areas
 * it served (hidden from the matchers of the held-out half).
 */
public record LabelledChange(
    String sha,
    Instant date,
    String subject,
    String message,
    ImmutableList<String> files,
    ImmutableSet<String> labels) {
  public LabelledChange {
    requireNonNull(sha, "sha");
    requireNonNull(date, "date");
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    requireNonNull(files, "files");
    requireNonNull(labels, "labels");
  }

  /** What the plugin's matcher reads of a patch set: no topic or hashtags in this data. */
  public PatchSetText text() {
    return new PatchSetText(subject, message, files, Optional.empty(), ImmutableList.of());
  }
}
