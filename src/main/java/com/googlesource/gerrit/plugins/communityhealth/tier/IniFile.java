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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An INI file read the way Python's {@code configparser} reads it (with its defaults: strict, no
 * interpolation, no inline comments), because that is how the files this plugin imports are written
 * and checked upstream.
 *
 * <ul>
 *   <li>{@code [name]} starts a section; section names are case-sensitive;
 *   <li>{@code key = value} or {@code key: value}, split at the first {@code =} or {@code :}; keys
 *       are case-insensitive (kept in lower case), values are trimmed;
 *   <li>a line indented deeper than its key's line continues the value (joined with a newline);
 *       blank lines inside a value are kept, at its end dropped;
 *   <li>a line whose first non-blank character is {@code #} or {@code ;} is a comment;
 *   <li>{@code [DEFAULT]} supplies values to every other section;
 *   <li>a repeated section, a repeated key in one section, a key before any section and a line that
 *       is neither are errors that name the line.
 * </ul>
 */
final class IniFile {
  static final String DEFAULT_SECTION = "DEFAULT";

  /** A value and the line its key is on. */
  record Value(String text, int line) {}

  /** A section's own values (without {@code [DEFAULT]}'s), in file order. */
  record Section(String name, int line, ImmutableMap<String, Value> values) {}

  private final ImmutableMap<String, Section> sections;
  private final ImmutableMap<String, Value> defaults;

  private IniFile(ImmutableMap<String, Section> sections, ImmutableMap<String, Value> defaults) {
    this.sections = sections;
    this.defaults = defaults;
  }

  /**
   * Parses INI text.
   *
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  static IniFile parse(String text) {
    requireNonNull(text, "text");
    Map<String, Section> sections = new LinkedHashMap<>();
    Map<String, Value> defaults = new LinkedHashMap<>();
    String sectionName = null;
    int sectionLine = 0;
    Map<String, Value> values = null;
    String key = null;
    List<String> valueLines = null;
    int keyLine = 0;
    int keyIndent = 0;

    // Editors on Windows may start UTF-8 files with a byte order mark.
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (trimmed.isEmpty()) {
        if (valueLines != null) {
          valueLines.add("");
        }
        continue;
      }
      int indent = indentOf(line);
      if (valueLines != null && indent > keyIndent) {
        valueLines.add(trimmed);
        continue;
      }
      if (valueLines != null) {
        values.put(key, new Value(join(valueLines), keyLine));
        valueLines = null;
      }
      if (trimmed.startsWith("[")) {
        if (sectionName != null) {
          store(sectionName, sectionLine, values, sections, defaults);
        }
        sectionName = sectionName(trimmed, lineNumber);
        if (sections.containsKey(sectionName)
            || (sectionName.equals(DEFAULT_SECTION) && !defaults.isEmpty())) {
          throw new IllegalArgumentException(
              "line " + lineNumber + ": section [" + sectionName + "] is repeated");
        }
        sectionLine = lineNumber;
        values = new LinkedHashMap<>();
        continue;
      }
      int delimiter = firstDelimiter(trimmed);
      if (delimiter < 0) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ": expected 'key = value', a [section] or a comment");
      }
      if (sectionName == null) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ": '" + trimmed + "' comes before the first [section]");
      }
      key = trimmed.substring(0, delimiter).strip().toLowerCase(Locale.ROOT);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("line " + lineNumber + ": a key is missing before '='");
      }
      if (values.containsKey(key)) {
        throw new IllegalArgumentException(
            "line "
                + lineNumber
                + ": ["
                + sectionName
                + "] "
                + key
                + ": is set twice (first on line "
                + values.get(key).line()
                + ")");
      }
      valueLines = new ArrayList<>();
      valueLines.add(trimmed.substring(delimiter + 1).strip());
      keyLine = lineNumber;
      keyIndent = indent;
    }
    if (valueLines != null) {
      values.put(key, new Value(join(valueLines), keyLine));
    }
    if (sectionName != null) {
      store(sectionName, sectionLine, values, sections, defaults);
    }
    return new IniFile(ImmutableMap.copyOf(sections), ImmutableMap.copyOf(defaults));
  }

  private static void store(
      String name,
      int line,
      Map<String, Value> values,
      Map<String, Section> sections,
      Map<String, Value> defaults) {
    if (name.equals(DEFAULT_SECTION)) {
      defaults.putAll(values);
    } else {
      sections.put(name, new Section(name, line, ImmutableMap.copyOf(values)));
    }
  }

  private static String sectionName(String trimmed, int lineNumber) {
    int close = trimmed.indexOf(']');
    String rest = close < 0 ? "" : trimmed.substring(close + 1).strip();
    if (close < 0 || !(rest.isEmpty() || rest.startsWith("#") || rest.startsWith(";"))) {
      throw new IllegalArgumentException(
          "line " + lineNumber + ": a section header is '[name]', not '" + trimmed + "'");
    }
    String name = trimmed.substring(1, close).strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("line " + lineNumber + ": the section name is empty");
    }
    return name;
  }

  private static int firstDelimiter(String s) {
    int eq = s.indexOf('=');
    int colon = s.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines).stripTrailing();
  }

  /** Section names in file order, without {@code [DEFAULT]}. */
  Iterable<String> sectionNames() {
    return sections.keySet();
  }

  Optional<Section> section(String name) {
    return Optional.ofNullable(sections.get(name));
  }

  /** A key of a section, falling back to {@code [DEFAULT]}; keys are case-insensitive. */
  Optional<Value> value(Section section, String key) {
    String k = key.toLowerCase(Locale.ROOT);
    Value v = section.values().get(k);
    return Optional.ofNullable(v != null ? v : defaults.get(k));
  }

  /** The keys of a section together with {@code [DEFAULT]}'s, the section's first. */
  Iterable<String> keys(Section section) {
    Map<String, Boolean> keys = new LinkedHashMap<>();
    section.values().keySet().forEach(k -> keys.put(k, true));
    defaults.keySet().forEach(k -> keys.put(k, true));
    return keys.keySet();
  }
}
