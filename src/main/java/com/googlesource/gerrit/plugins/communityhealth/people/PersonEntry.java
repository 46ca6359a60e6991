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

package com.googlesource.gerrit.plugins.communityhealth.people;

import static java.util.Objects.requireNonNull;

/**
 * One configured person entry ({@code [feature] maintainer}, {@code [newcomer] mentor}, {@code
 * [newcomer] exemptGroup}): an account (username, e-mail, full name or id) or {@code group:NAME}.
 * The one parser of the {@code group:} prefix.
 *
 * @param group whether the entry names a group
 * @param name the account or group name, without the prefix
 */
public record PersonEntry(boolean group, String name) {
  public static final String GROUP_PREFIX = "group:";

  public PersonEntry {
    requireNonNull(name, "name");
  }

  /** Parses an entry as configured. */
  public static PersonEntry parse(String configured) {
    requireNonNull(configured, "configured");
    String s = configured.strip();
    if (s.startsWith(GROUP_PREFIX)) {
      // An empty name resolves to nothing; push validation reports it as no group.
      return new PersonEntry(true, s.substring(GROUP_PREFIX.length()).strip());
    }
    return new PersonEntry(false, s);
  }

  /** An entry that can only be a group ({@code exemptGroup}): the prefix is optional. */
  public static PersonEntry parseGroup(String configured) {
    PersonEntry e = parse(configured);
    return e.group() ? e : new PersonEntry(true, e.name());
  }

  /** The entry as it would be configured. */
  @Override
  public String toString() {
    return group ? GROUP_PREFIX + name : name;
  }
}
