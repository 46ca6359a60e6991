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

import static com.google.common.truth.Truth.assertThat;
import static com.google.gerrit.testing.GerritJUnit.assertThrows;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.junit.Test;

public class PolicyTextTest {
  /** The spec's example, as an admin copies it. */
  private static final String SPEC =
      """
      [focusArea "migrations"]
        description = "Rolling upgrades"
        query = upgrade OR "online migration" OR path:nova/db/**
      """;

  private static String query(String text) throws ConfigInvalidException {
    return PolicyText.parse(text).getString("focusArea", "migrations", "query");
  }

  @Test
  public void plainQuotesInAQueryArePhrases() throws Exception {
    assertThat(query(SPEC)).isEqualTo("upgrade OR \"online migration\" OR path:nova/db/**");
  }

  @Test
  public void otherKeysKeepGitQuoting() throws Exception {
    assertThat(PolicyText.parse(SPEC).getString("focusArea", "migrations", "description"))
        .isEqualTo("Rolling upgrades");
    assertThat(
            PolicyText.parse("[feature \"f\"]\n  title = \"A # title\"\n")
                .getString("feature", "f", "title"))
        .isEqualTo("A # title");
  }

  @Test
  public void escapedQuotesOfStoredConfigsKeepTheirMeaning() throws Exception {
    String stored = "[focusArea \"migrations\"]\n  query = upgrade OR \\\"online migration\\\"\n";
    assertThat(query(stored)).isEqualTo("upgrade OR \"online migration\"");
    Config gits = new Config();
    gits.fromText(stored);
    assertThat(query(stored)).isEqualTo(gits.getString("focusArea", "migrations", "query"));
  }

  @Test
  public void commentsEndTheQueryButNotInsideAPhrase() throws Exception {
    assertThat(query("[focusArea \"migrations\"]\n  query = \"C# code\" OR db ; a comment\n"))
        .isEqualTo("\"C# code\" OR db");
    assertThat(query("[focusArea \"migrations\"]\n  query = db # \"not a phrase\"\n"))
        .isEqualTo("db");
  }

  @Test
  public void sectionAndKeyNamesIgnoreCaseAndReviewExemptIsAQuery() throws Exception {
    assertThat(query("[FOCUSAREA \"migrations\"]\n  Query = \"a b\"\n")).isEqualTo("\"a b\"");
    assertThat(
            PolicyText.parse("[review]\n  exempt = message:\"do not merge\"\n")
                .getString("review", null, "exempt"))
        .isEqualTo("message:\"do not merge\"");
  }

  @Test
  public void anUnclosedPhraseStillParsesAndReachesTheQueryParser() throws Exception {
    assertThat(query("[focusArea \"migrations\"]\n  query = a \"b\n[review]\n  remind = true\n"))
        .isEqualTo("a \"b");
  }

  @Test
  public void gitSyntaxErrorsStayErrors() {
    assertThrows(ConfigInvalidException.class, () -> PolicyText.parse("[review\n  remind = x\n"));
  }

  @Test
  public void theSpecQueryMatchesThePhraseNotItsLooseWords() throws Exception {
    ParsedPolicy parsed = PolicyParser.parse(PolicyText.parse(SPEC), ReferenceChecker.ACCEPT_ALL);
    assertThat(parsed.problems()).isEmpty();
    FocusMatcher matcher =
        FocusMatcher.create(parsed.policy().focusAreas(), LocalDate.of(2026, 1, 1));
    assertThat(matches(matcher, "add an online migration for flavors")).isTrue();
    assertThat(matches(matcher, "tidy online help text")).isFalse();
    assertThat(matches(matcher, "fix migration of instances")).isFalse();
  }

  private static boolean matches(FocusMatcher matcher, String subject) {
    return !matcher
        .match(
            new PatchSetText(
                subject,
                subject,
                ImmutableList.of("nova/compute/api.py"),
                Optional.empty(),
                ImmutableList.of()))
        .isEmpty();
  }
}
