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
import java.util.ArrayList;
import java.util.List;

/**
 * A patch set's text cut to what focus matching reads, so that a 1 MB commit message or a
 * 10,000-file patch set costs no more than a large ordinary one. Words past a limit are not
 * matched; this is a ranking signal, and what a change is about shows early in its message.
 *
 * <ul>
 *   <li>subject: the first {@value #MAX_SUBJECT_CHARS} characters;
 *   <li>message: the first {@value #MAX_MESSAGE_CHARS} characters;
 *   <li>paths: the first {@value #MAX_PATHS} paths in the order given (Gerrit lists them sorted),
 *       skipping Gerrit's magic files (starting with {@code /}), paths longer than {@value
 *       FocusAnalyzer#MAX_VALUE_CHARS} characters and paths with a line break;
 *   <li>topic: the first {@value #MAX_TOPIC_CHARS} characters;
 *   <li>hashtags: the first {@value #MAX_HASHTAGS}, skipping any longer than {@value
 *       FocusAnalyzer#MAX_VALUE_CHARS} characters or with a line break.
 * </ul>
 *
 * @param subject the bounded subject
 * @param message the bounded message
 * @param pathLines the kept paths, one per line, in the order given
 * @param sortedPaths the kept paths, sorted
 * @param topic the bounded topic; empty when none
 * @param hashtagLines the kept hashtags, one per line
 */
public record BoundedPatchSet(
    String subject,
    String message,
    String pathLines,
    ImmutableList<String> sortedPaths,
    String topic,
    String hashtagLines) {
  public static final int MAX_SUBJECT_CHARS = 1_000;
  public static final int MAX_MESSAGE_CHARS = 32_768;
  public static final int MAX_PATHS = 1_000;
  public static final int MAX_TOPIC_CHARS = 1_000;
  public static final int MAX_HASHTAGS = 100;

  public BoundedPatchSet {
    requireNonNull(subject, "subject");
    requireNonNull(message, "message");
    requireNonNull(pathLines, "pathLines");
    requireNonNull(sortedPaths, "sortedPaths");
    requireNonNull(topic, "topic");
    requireNonNull(hashtagLines, "hashtagLines");
  }

  public static BoundedPatchSet of(PatchSetText text) {
    List<String> paths = keptValues(text.paths(), MAX_PATHS, true);
    return new BoundedPatchSet(
        truncate(text.subject(), MAX_SUBJECT_CHARS),
        truncate(text.message(), MAX_MESSAGE_CHARS),
        String.join("\n", paths),
        ImmutableList.sortedCopyOf(paths),
        truncate(text.topic().orElse(""), MAX_TOPIC_CHARS),
        String.join("\n", keptValues(text.hashtags(), MAX_HASHTAGS, false)));
  }

  /** The indexed text of {@code field}, which match offsets point into. */
  String text(String field) {
    return switch (field) {
      case FocusFields.SUBJECT -> subject;
      case FocusFields.MESSAGE -> message;
      case FocusFields.PATH, FocusFields.PATH_SEGMENT -> pathLines;
      case FocusFields.TOPIC -> topic;
      case FocusFields.HASHTAG -> hashtagLines;
      default -> "";
    };
  }

  private static List<String> keptValues(List<String> values, int max, boolean isPath) {
    List<String> kept = new ArrayList<>(Math.min(values.size(), max));
    for (String value : values) {
      if (kept.size() == max) {
        break;
      }
      if (value.isEmpty()
          || value.length() > FocusAnalyzer.MAX_VALUE_CHARS
          || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0
          || (isPath && value.startsWith("/"))) {
        continue;
      }
      kept.add(value);
    }
    return kept;
  }

  private static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    // Never split a surrogate pair.
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
