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

/** A focus query that cannot be used: what is wrong, and where in the query. */
public final class InvalidFocusQueryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final int column;

  /**
   * @param reason what is wrong, without the position
   * @param column 1-based position in the query as configured of the character where the problem
   *     was found; one past the end when the query ended too early
   */
  public InvalidFocusQueryException(String reason, int column) {
    super("column " + column + ": " + reason);
    this.reason = requireNonNull(reason, "reason");
    this.column = column;
  }

  /** What is wrong, in the parser's words. */
  public String reason() {
    return reason;
  }

  /** 1-based column in the query as configured. */
  public int column() {
    return column;
  }
}
