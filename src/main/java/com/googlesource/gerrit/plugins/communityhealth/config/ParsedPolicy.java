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

import com.google.common.collect.ImmutableList;

/**
 * The outcome of parsing: the policy (invalid values replaced by defaults) and every problem found.
 * A push is rejected when there are problems; a stored configuration is used as parsed.
 */
public record ParsedPolicy(ProjectPolicy policy, ImmutableList<ConfigProblem> problems) {
  public ParsedPolicy {
    requireNonNull(policy, "policy");
    requireNonNull(problems, "problems");
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
