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

package com.googlesource.gerrit.plugins.communityhealth.config;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.gerrit.server.config.ConfigUtil;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.jgit.lib.Config;

/**
 * Reads typed values of one section of a {@link Config}. A value that does not parse is reported to
 * the problem sink and replaced by the default, so that one bad key never hides the rest.
 */
final class SectionReader {
  private final Config cfg;
  private final String section;
  private final String subsection;
  private final Consumer<ConfigProblem> problems;

  SectionReader(Config cfg, String section, String subsection, Consumer<ConfigProblem> problems) {
    this.cfg = cfg;
    this.section = section;
    this.subsection = subsection;
    this.problems = problems;
  }

  void problem(String key, String message) {
    problems.accept(ConfigProblem.of(section, subsection, key, message));
  }

  boolean isSet(String key) {
    return cfg.getString(section, subsection, key) != null;
  }

  Optional<String> string(String key) {
    String[] values = values(key);
    if (values.length == 0) {
      return Optional.empty();
    }
    if (values.length > 1) {
      problem(key, "is set " + values.length + " times; set it once");
    }
    String value = values[values.length - 1].trim();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  ImmutableList<String> strings(String key) {
    return Arrays.stream(values(key))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The key's values; {@code key =} with nothing after it is an empty value (Git's config parser
   * gives null for it), which every reader treats as unset.
   */
  private String[] values(String key) {
    String[] values = cfg.getStringList(section, subsection, key);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        values[i] = "";
      }
    }
    return values;
  }

  boolean bool(String key, boolean defaultValue) {
    Optional<String> raw = string(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    switch (raw.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> {
        return true;
      }
      case "false", "no", "off", "0" -> {
        return false;
      }
      default -> {
        problem(key, "'" + raw.get() + "' is not a boolean (true or false)");
        return defaultValue;
      }
    }
  }

  int nonNegativeInt(String key, int defaultValue) {
    Optional<String> raw = string(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      int value = Integer.parseInt(raw.get());
      if (value < 0) {
        problem(key, "'" + raw.get() + "' must not be negative");
        return defaultValue;
      }
      return value;
    } catch (NumberFormatException e) {
      problem(key, "'" + raw.get() + "' is not a whole number");
      return defaultValue;
    }
  }

  double positiveNumber(String key, double defaultValue) {
    Optional<String> raw = string(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    try {
      double value = Double.parseDouble(raw.get());
      if (!(value > 0) || Double.isInfinite(value)) {
        problem(key, "'" + raw.get() + "' must be a number greater than 0");
        return defaultValue;
      }
      return value;
    } catch (NumberFormatException e) {
      problem(key, "'" + raw.get() + "' is not a number");
      return defaultValue;
    }
  }

  private static final String DURATION_HINT =
      "use a positive number with a unit, like 30s, 15 min, 36h, 7d or 2w";

  /** A positive duration in Gerrit's syntax ({@code 30s}, {@code 15 min}, {@code 36h}, ...). */
  Duration duration(String key, Duration defaultValue) {
    Optional<String> raw = string(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    Optional<Duration> parsed = parseDuration(raw.get());
    if (parsed.isEmpty() || parsed.get().isZero()) {
      problem(
          key,
          "'"
              + raw.get()
              + (parsed.isEmpty() ? "' is not a duration" : "' must be longer than 0")
              + "; "
              + DURATION_HINT);
      return defaultValue;
    }
    return parsed.get();
  }

  static Optional<Duration> parseDuration(String value) {
    try {
      long millis = ConfigUtil.getTimeUnit(value, -1, TimeUnit.MILLISECONDS);
      return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, E defaultValue) {
    Optional<String> raw = string(key);
    if (raw.isEmpty()) {
      return defaultValue;
    }
    Optional<E> parsed = ConfigEnums.parse(type, raw.get());
    if (parsed.isEmpty()) {
      problem(
          key,
          "'" + raw.get() + "' is not one of: " + Joiner.on(", ").join(ConfigEnums.names(type)));
      return defaultValue;
    }
    return parsed.get();
  }

  Optional<LocalDate> date(String key) {
    Optional<String> raw = string(key);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(raw.get()));
    } catch (DateTimeParseException e) {
      problem(key, "'" + raw.get() + "' is not a date like 2026-12-31");
      return Optional.empty();
    }
  }

  Pattern regex(String key, String defaultValue) {
    String raw = string(key).orElse(defaultValue);
    try {
      return Pattern.compile(raw);
    } catch (PatternSyntaxException e) {
      problem(key, "'" + raw + "' is not a regular expression: " + e.getDescription());
      return Pattern.compile(defaultValue);
    }
  }

  /** Reports every key of this section that is not in {@code known}. */
  void rejectUnknownKeys(List<String> known) {
    for (String name : cfg.getNames(section, subsection)) {
      if (known.stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
        problem(name, "unknown key; known keys are: " + Joiner.on(", ").join(known));
      }
    }
  }
}
