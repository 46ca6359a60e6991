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

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Locale;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * Reads the text of {@code community-health.config}: Git's config syntax, except that the value of
 * a query-valued key keeps the double quotes the admin typed.
 *
 * <p>Git config reads {@code query = upgrade OR "online migration"} as {@code upgrade OR online
 * migration}: the quotes are Git's quoting and vanish, and the phrase becomes two loose words. For
 * the keys in {@link #QUERY_VALUED_KEYS} a plain {@code "..."} is a phrase instead: the text is
 * rewritten before Git parses it so that each plain quote reaches the value ({@code "} becomes
 * {@code "\"} when it opens a phrase and {@code \""} when it closes one: the phrase stays inside
 * Git's quoting, so a {@code #} or {@code ;} in it is no comment). A value that already escapes a
 * quote ({@code \"online migration\"}, the documented form before this rule) was written for Git's
 * reading and is left as it is, so stored configurations keep their meaning.
 */
public final class PolicyText {
  /**
   * The keys whose values are queries, by lower-case section name: the one list of where quotes
   * mean phrases.
   */
  public static final ImmutableSetMultimap<String, String> QUERY_VALUED_KEYS =
      ImmutableSetMultimap.of(
          "focusarea", FocusAreaSection.KEY_QUERY,
          "focusarea", "link",
          "review", ReviewSection.KEY_EXEMPT);

  private PolicyText() {}

  /** Parses the file's text, keeping the quotes of query-valued keys. */
  public static Config parse(String text) throws ConfigInvalidException {
    Config cfg = new Config();
    cfg.fromText(keepQueryQuotes(text));
    return cfg;
  }

  /** Whether {@code key} of {@code section} holds a query. */
  public static boolean isQueryValued(String section, String key) {
    return QUERY_VALUED_KEYS.containsEntry(
        section.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
  }

  /** The text with each plain double quote of a query-valued key turned into a quote character. */
  static String keepQueryQuotes(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String section = "";
    int n = text.length();
    int i = 0;
    while (i < n) {
      int j = skipBlanks(text, i);
      out.append(text, i, j);
      i = j;
      if (i < n && text.charAt(i) == '[') {
        int end = headerEnd(text, i);
        section = sectionName(text, i + 1, end);
        out.append(text, i, end);
        i = end;
        continue; // a key may follow the header on the same line
      }
      int keyEnd = i;
      while (keyEnd < n
          && (Character.isLetterOrDigit(text.charAt(keyEnd)) || text.charAt(keyEnd) == '-')) {
        keyEnd++;
      }
      int eq = skipBlanks(text, keyEnd);
      if (keyEnd > i
          && eq < n
          && text.charAt(eq) == '='
          && isQueryValued(section, text.substring(i, keyEnd))) {
        out.append(text, i, eq + 1);
        i = value(text, eq + 1, out);
      }
      i = restOfLine(text, i, out);
    }
    return out.toString();
  }

  /**
   * Copies a query value from {@code i} up to its end of line or comment; returns where it ended.
   */
  private static int value(String text, int i, StringBuilder out) {
    int n = text.length();
    int lineEnd = text.indexOf('\n', i);
    lineEnd = lineEnd < 0 ? n : lineEnd;
    if (text.substring(i, lineEnd).contains("\\\"")) {
      return i; // written for Git's reading: left as it is
    }
    boolean phrase = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < n) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '\n' || c == '\r' || (!phrase && (c == '#' || c == ';'))) {
        break;
      }
      if (c == '"') {
        out.append(phrase ? "\\\"\"" : "\"\\\"");
        phrase = !phrase;
      } else {
        out.append(c);
      }
      i++;
    }
    if (phrase) {
      // Close Git's quoting so that the file parses; the query parser reports the open phrase.
      out.append('"');
    }
    return i;
  }

  /** Copies to the end of the line (and the lines a trailing backslash continues) as it is. */
  private static int restOfLine(String text, int i, StringBuilder out) {
    int n = text.length();
    boolean quoted = false;
    boolean comment = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\' && !comment && i + 1 < n) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      out.append(c);
      i++;
      if (c == '\n') {
        break;
      }
      if (c == '"' && !comment) {
        quoted = !quoted;
      } else if ((c == '#' || c == ';') && !quoted) {
        comment = true;
      }
    }
    return i;
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The index after the header's {@code ]}, or the line's end when it has none. */
  private static int headerEnd(String text, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i;
      }
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static String sectionName(String text, int from, int end) {
    int i = from;
    while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    return text.substring(from, i).toLowerCase(Locale.ROOT);
  }
}
