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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.server.config.ConfigUtil;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The one {@code ?window=} syntax of the views that look back over a period ({@code ~metrics},
 * {@code ~features}, {@code ~reviewers}): whole days from 1 to 365, in Gerrit's duration syntax
 * ({@code 30d}, {@code 2w}), or a bare number of days ({@code 90}, the older {@code ~metrics} form,
 * still accepted).
 */
final class WindowParam {
  /** The {@code --window} option's usage text, the same on every view that takes it. */
  static final String USAGE =
      "days of history, 1 to 365: 30d, 2w or a bare number of days (default 90d)";

  /** When no window is given. */
  static final Duration DEFAULT = Duration.ofDays(90);

  /** The longest window: the change cap makes longer ones meaningless for a busy project. */
  static final Duration MAX = Duration.ofDays(365);

  private static final Pattern BARE_DAYS = Pattern.compile("[0-9]{1,9}");

  /** The window, {@link #DEFAULT} when {@code raw} is null or blank. */
  static Duration parse(String raw) throws BadRequestException {
    if (raw == null || raw.isBlank()) {
      return DEFAULT;
    }
    String value = raw.strip();
    Duration d;
    if (BARE_DAYS.matcher(value).matches()) {
      d = Duration.ofDays(Long.parseLong(value));
    } else {
      long millis;
      try {
        millis = ConfigUtil.getTimeUnit(value, -1, TimeUnit.MILLISECONDS);
      } catch (IllegalArgumentException e) {
        millis = -1;
      }
      if (millis < 0) {
        throw new BadRequestException(
            "window '" + raw + "' is not a duration; use whole days, like 30d, 2w or 90");
      }
      d = Duration.ofMillis(millis);
      if (!d.equals(Duration.ofDays(d.toDays()))) {
        throw new BadRequestException(
            "window '" + raw + "' must be a whole number of days, like 30d");
      }
    }
    if (d.isZero() || d.compareTo(MAX) > 0) {
      throw new BadRequestException("window must be 1 to 365 days, was '" + raw + "'");
    }
    return d;
  }

  private WindowParam() {}
}
