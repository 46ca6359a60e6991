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

import java.util.Optional;

/**
 * Where a feature's tier is kept in a feature matrix: a row of an INI file in the project's own
 * repository, written {@code PATH#SECTION} (the default branch) or {@code PATH@BRANCH#SECTION},
 * e.g. {@code doc/source/user/feature-matrix-gp.ini#operation.live-migrate}.
 *
 * @param path the file, relative to the repository root
 * @param branch the branch to read it from, without {@code refs/heads/}; empty for the project's
 *     default branch ({@code HEAD})
 * @param section the row's section name, e.g. {@code operation.live-migrate}
 */
public record MatrixRef(String path, Optional<String> branch, String section) {
  private static final String REFS_HEADS = "refs/heads/";

  public MatrixRef {
    requireNonNull(path, "path");
    requireNonNull(branch, "branch");
    requireNonNull(section, "section");
  }

  /**
   * Parses {@code PATH[@BRANCH]#SECTION}.
   *
   * @throws IllegalArgumentException saying what is wrong and how the value is written
   */
  public static MatrixRef parse(String value) {
    requireNonNull(value, "value");
    String v = value.strip();
    int hash = v.indexOf('#');
    if (hash < 0) {
      throw invalid(value, "the section is missing");
    }
    String location = v.substring(0, hash).strip();
    String section = v.substring(hash + 1).strip();
    if (section.isEmpty()) {
      throw invalid(value, "the section after '#' is empty");
    }
    if (section.chars().anyMatch(c -> c == '[' || c == ']' || Character.isISOControl(c))) {
      throw invalid(value, "a section name has no '[', ']' or control characters");
    }
    Optional<String> branch = Optional.empty();
    int at = location.lastIndexOf('@');
    if (at >= 0) {
      String b = location.substring(at + 1).strip();
      if (b.startsWith(REFS_HEADS)) {
        b = b.substring(REFS_HEADS.length());
      }
      checkBranch(value, b);
      branch = Optional.of(b);
      location = location.substring(0, at).strip();
    }
    checkPath(value, location);
    return new MatrixRef(location, branch, section);
  }

  private static void checkPath(String value, String path) {
    if (path.isEmpty()) {
      throw invalid(value, "the file path before '#' is empty");
    }
    if (path.startsWith("/")) {
      throw invalid(value, "the file path is relative to the repository root: no leading '/'");
    }
    if (path.indexOf('\\') >= 0 || path.chars().anyMatch(Character::isISOControl)) {
      throw invalid(value, "the file path has a backslash or a control character");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw invalid(value, "the file path has an empty, '.' or '..' part");
      }
    }
  }

  private static void checkBranch(String value, String branch) {
    if (branch.isEmpty()) {
      throw invalid(value, "the branch after '@' is empty");
    }
    boolean bad =
        branch.startsWith("/")
            || branch.endsWith("/")
            || branch.startsWith(".")
            || branch.endsWith(".")
            || branch.endsWith(".lock")
            || branch.contains("..")
            || branch.contains("//")
            || branch.contains("@{")
            || branch.chars().anyMatch(c -> c <= ' ' || c == 0x7f || "~^:?*[\\".indexOf(c) >= 0);
    if (bad) {
      throw invalid(value, "'" + branch + "' is not a valid branch name");
    }
  }

  private static IllegalArgumentException invalid(String value, String why) {
    return new IllegalArgumentException(
        "'"
            + value
            + "' is not a matrix reference ("
            + why
            + "); write PATH#SECTION or PATH@BRANCH#SECTION, like"
            + " doc/source/user/feature-matrix-gp.ini#operation.live-migrate");
  }

  /** The branch's full ref name, or {@code HEAD} for the default branch. */
  public String refName() {
    return branch.map(b -> REFS_HEADS + b).orElse("HEAD");
  }

  /** The file part, {@code PATH} or {@code PATH@BRANCH}, which names one file to read. */
  public String file() {
    return branch.map(b -> path + "@" + b).orElse(path);
  }

  /** As written in the configuration: {@code PATH[@BRANCH]#SECTION}. */
  @Override
  public String toString() {
    return file() + "#" + section;
  }
}
