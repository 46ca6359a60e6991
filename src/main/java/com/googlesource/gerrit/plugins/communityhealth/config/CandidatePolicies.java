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

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.gerrit.server.project.ProjectState;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;

/**
 * A {@code community-health.config} text that is not (yet) in force, checked and loaded as it would
 * be: the problems are those a push of the text reports (the push validator's own checker), and the
 * policy is the one the loader would build from it under the parents' configuration in force,
 * without touching the policy cache.
 */
@Singleton
public class CandidatePolicies {
  /**
   * A checked text.
   *
   * @param errors what a push would reject the text for, one message per problem
   * @param warnings what a push would warn about
   * @param policy the policy the text would put in force; empty when there are errors
   */
  public record Candidate(
      ImmutableList<String> errors, ImmutableList<String> warnings, Optional<LoadedPolicy> policy) {
    public Candidate {
      requireNonNull(errors, "errors");
      requireNonNull(warnings, "warnings");
      requireNonNull(policy, "policy");
    }

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private final PolicyValidator.ConfigFileChecker checker;
  private final PolicyLoader loader;

  @Inject
  CandidatePolicies(PolicyValidator.ConfigFileChecker checker, PolicyLoader loader) {
    this.checker = checker;
    this.loader = loader;
  }

  /** Checks {@code text} as {@code project}'s file and, when it is valid, loads its policy. */
  public Candidate check(ProjectState project, String text) throws IOException {
    PolicyValidator.Findings findings = checker.check(project.getNameKey(), text);
    if (!findings.errors().isEmpty()) {
      return new Candidate(findings.errors(), findings.warnings(), Optional.empty());
    }
    Config cfg;
    try {
      cfg = PolicyText.parse(text);
    } catch (ConfigInvalidException e) {
      // The checker reported a syntax error already; this only satisfies the compiler.
      throw new IllegalStateException(e);
    }
    String hash = Hashing.sha256().hashString(text, UTF_8).toString();
    return new Candidate(
        ImmutableList.of(), findings.warnings(), Optional.of(loader.candidate(project, cfg, hash)));
  }
}
