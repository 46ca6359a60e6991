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

import java.util.regex.Pattern;

/**
 * A repository path glob: {@code *} and {@code ?} stay within one directory, {@code **} crosses
 * directories ({@code nova/virt/libvirt/**} matches every file below that directory), {@code
 * [abc]} is a character class and {@code {a,b}} an alternative.
 */
public final class PathGlob {
  private final String glob;
  private final Pattern pattern;

  private PathGlob(String glob, Pattern pattern) {
    this.glob = glob;
    this.pattern = pattern;
  }

  /**
   * Compiles a glob.
   *
   * @throws IllegalArgumentException with a message that says what is wrong and where
   */
  public static PathGlob compile(String glob) {
    requireNonNull(glob, "glob");
    if (glob.isBlank()) {
      throw new IllegalArgumentException("a path glob must not be empty");
    }
    if (glob.startsWith("/")) {
      throw new IllegalArgumentException(
          "'" + glob + "' starts with '/'; paths are relative to the repository root");
    }
    StringBuilder re = new StringBuilder();
    boolean inAlternatives = false;
    int n = glob.length();
    for (int i = 0; i < n; i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < n && glob.charAt(i + 1) == '*') {
            i++;
            if (i + 1 < n && glob.charAt(i + 1) == '/') {
              i++;
              re.append("(?:.*/)?");
            } else {
              re.append(".*");
            }
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            throw new IllegalArgumentException(
                "'" + glob + "' has an unclosed '[' at position " + (i + 1));
          }
          String body = glob.substring(i + 1, close);
          if (body.isEmpty()) {
            throw new IllegalArgumentException(
                "'" + glob + "' has an empty character class at position " + (i + 1));
          }
          re.append('[');
          if (body.charAt(0) == '!') {
            re.append('^');
            body = body.substring(1);
          }
          re.append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
          i = close;
        }
        case '{' -> {
          if (inAlternatives) {
            throw new IllegalArgumentException(
                "'" + glob + "' nests '{' at position " + (i + 1) + "; alternatives cannot nest");
          }
          inAlternatives = true;
          re.append("(?:");
        }
        case '}' -> {
          if (!inAlternatives) {
            throw new IllegalArgumentException(
                "'" + glob + "' has an unmatched '}' at position " + (i + 1));
          }
          inAlternatives = false;
          re.append(')');
        }
        case ',' -> re.append(inAlternatives ? "|" : ",");
        case ']' ->
            throw new IllegalArgumentException(
                "'" + glob + "' has an unmatched ']' at position " + (i + 1));
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (inAlternatives) {
      throw new IllegalArgumentException("'" + glob + "' has an unclosed '{'");
    }
    return new PathGlob(glob, Pattern.compile(re.toString()));
  }

  public boolean matches(String path) {
    return pattern.matcher(path).matches();
  }

  public String glob() {
    return glob;
  }

  @Override
  public String toString() {
    return glob;
  }
}
