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

import com.google.common.collect.ImmutableList;

/**
 * The fields of the one in-memory document that focus queries run against.
 *
 * <p>The query language names five fields. {@code path} is indexed twice: whole paths in {@link
 * #PATH} (for globs with a slash) and their slash-separated segments in {@link #PATH_SEGMENT} (for
 * a bare directory or file name like {@code path:libvirt}); queries never name the second one.
 */
public final class FocusFields {
  /** The first line of the commit message; English text. */
  public static final String SUBJECT = "subject";

  /** The commit message; English text. */
  public static final String MESSAGE = "message";

  /** Repository-relative file paths, one term each, case kept. */
  public static final String PATH = "path";

  /** The change's topic; English text, so {@code topic:upgrade} finds {@code bp/upgrades}. */
  public static final String TOPIC = "topic";

  /** The change's hashtags, one lower-cased term each. */
  public static final String HASHTAG = "hashtag";

  /** Internal: each directory and file name of each path, case kept. */
  public static final String PATH_SEGMENT = "path.segment";

  /** The fields a query may name. */
  public static final ImmutableList<String> QUERY_FIELDS =
      ImmutableList.of(SUBJECT, MESSAGE, PATH, TOPIC, HASHTAG);

  /** Every field of a patch set's index, in the order {@link PatchSetIndexer} adds them. */
  static final ImmutableList<String> INDEXED_FIELDS =
      ImmutableList.of(SUBJECT, MESSAGE, PATH, PATH_SEGMENT, TOPIC, HASHTAG);

  /** The fields a bare term (one without {@code field:}) searches. */
  public static final ImmutableList<String> BARE_TERM_FIELDS = ImmutableList.of(SUBJECT, MESSAGE);

  /** Fields whose query values the parser takes verbatim, so that {@code /} needs no escaping. */
  static final ImmutableList<String> VERBATIM_VALUE_FIELDS = ImmutableList.of(PATH, TOPIC, HASHTAG);

  private FocusFields() {}
}
