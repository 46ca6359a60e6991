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

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing wrong with a {@code community-health.config}: where (section, subsection, key) and
 * what.
 *
 * @param wholeFile the file as a whole is wrong, not one section (a section may be named {@code
 *     ""}, so the section cannot tell)
 */
public record ConfigProblem(
    String section,
    Optional<String> subsection,
    Optional<String> key,
    String message,
    boolean wholeFile) {
  public ConfigProblem {
    requireNonNull(section, "section");
    requireNonNull(subsection, "subsection");
    requireNonNull(key, "key");
    requireNonNull(message, "message");
  }

  public ConfigProblem(
      String section, Optional<String> subsection, Optional<String> key, String message) {
    this(section, subsection, key, message, false);
  }

  public static ConfigProblem of(String section, String subsection, String key, String message) {
    return new ConfigProblem(
        section, Optional.ofNullable(subsection), Optional.ofNullable(key), message);
  }

  /**
   * The whole file cannot be parsed (Gerrit then ignores it): not tied to a section. Only a file
   * written behind Gerrit's back gets there, since a push of it is rejected.
   */
  public static ConfigProblem wholeFile(String message) {
    return new ConfigProblem("", Optional.empty(), Optional.empty(), message, true);
  }

  /** Where the problem is, as a config reader would write it: {@code feature.libvirt.maturity}. */
  public String location() {
    StringBuilder b = new StringBuilder(section);
    subsection.ifPresent(s -> b.append('.').append(s));
    key.ifPresent(k -> b.append('.').append(k));
    return b.toString();
  }

  /** The full message, naming the file: what a pusher sees. */
  public String describe(String fileName) {
    if (wholeFile) {
      return fileName + ": " + message;
    }
    StringBuilder b = new StringBuilder(fileName).append(": [").append(section);
    subsection.ifPresent(s -> b.append(" \"").append(s).append('"'));
    b.append(']');
    key.ifPresent(k -> b.append(' ').append(k));
    return b.append(": ").append(message).toString();
  }
}
