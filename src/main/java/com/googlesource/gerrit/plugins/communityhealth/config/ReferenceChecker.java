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

import com.googlesource.gerrit.plugins.communityhealth.people.PersonEntry;
import java.util.Optional;

/**
 * Checks names in a configuration that only the server can resolve. Each method returns the
 * problem, or empty when the reference is fine.
 *
 * <p>Validation on push uses a checker backed by Gerrit's accounts, groups and query parser;
 * loading an already stored configuration uses {@link #ACCEPT_ALL}, so a deleted account never
 * turns a stored configuration into no configuration.
 */
public interface ReferenceChecker {
  Optional<String> checkAccount(String account);

  Optional<String> checkGroup(String group);

  Optional<String> checkChangeQuery(String query);

  /** An account or {@code group:NAME} entry ({@link PersonEntry}). */
  default Optional<String> checkPerson(String entry) {
    PersonEntry e;
    try {
      e = PersonEntry.parse(entry);
    } catch (IllegalArgumentException x) {
      return Optional.of(x.getMessage());
    }
    return e.group() ? checkGroup(e.name()) : checkAccount(e.name());
  }

  ReferenceChecker ACCEPT_ALL =
      new ReferenceChecker() {
        @Override
        public Optional<String> checkAccount(String account) {
          return Optional.empty();
        }

        @Override
        public Optional<String> checkGroup(String group) {
          return Optional.empty();
        }

        @Override
        public Optional<String> checkChangeQuery(String query) {
          return Optional.empty();
        }
      };
}
