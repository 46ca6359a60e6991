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

import com.google.common.collect.Iterables;
import org.eclipse.jgit.lib.Config;
import org.junit.Test;

public class FocusAreaSectionTest {
  private static ParsedPolicy parse(String text) throws Exception {
    Config cfg = new Config();
    cfg.fromText(text);
    return PolicyParser.parse(cfg, ReferenceChecker.ACCEPT_ALL);
  }

  @Test
  public void validQueryWithPathGlobIsAccepted() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [focusArea "smoother-upgrades"]
              description = Rolling upgrades, online data migrations, RPC compatibility
              query = upgrade OR \\"online migration\\" OR path:nova/db/**
              weight = 2
              until = 2026-12-31
            """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.policy().focusAreas().get(0).query())
        .isEqualTo("upgrade OR \"online migration\" OR path:nova/db/**");
  }

  @Test
  public void syntaxErrorIsReportedWithTheParsersMessageAndColumn() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [focusArea "smoother-upgrades"]
              query = upgrade OR (path:nova/db/**
            """);
    ConfigProblem problem = Iterables.getOnlyElement(parsed.problems());
    assertThat(problem.location()).isEqualTo("focusArea.smoother-upgrades.query");
    assertThat(problem.message())
        .startsWith(
            "'upgrade OR (path:nova/db/**' is not a valid focus query: syntax error: the query"
                + " ends too early");
    assertThat(problem.message()).endsWith("(at column 28)");
  }

  @Test
  public void unknownFieldIsReportedWhereItIs() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [focusArea "libvirt"]
              query = libvirt OR owner:alice
            """);
    ConfigProblem problem = Iterables.getOnlyElement(parsed.problems());
    assertThat(problem.key()).hasValue("query");
    assertThat(problem.message()).contains("unknown field 'owner'");
    assertThat(problem.message()).endsWith("(at column 12)");
  }

  @Test
  public void badGlobIsReported() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [focusArea "db"]
              query = path:nova/db/[main
            """);
    assertThat(Iterables.getOnlyElement(parsed.problems()).message())
        .contains("path glob 'nova/db/[main' has an unclosed '[' (at column 14)");
  }

  @Test
  public void hostileQueryIsReportedNotParsed() throws Exception {
    ParsedPolicy parsed =
        parse("[focusArea \"deep\"]\n  query = " + "(".repeat(200) + "x" + ")".repeat(200) + "\n");
    assertThat(Iterables.getOnlyElement(parsed.problems()).message())
        .contains("parentheses nest deeper than");
  }

  @Test
  public void missingQueryIsStillReportedOnce() throws Exception {
    ParsedPolicy parsed = parse("[focusArea \"empty\"]\n  description = nothing\n");
    assertThat(Iterables.getOnlyElement(parsed.problems()).message())
        .isEqualTo("is missing; a focus area needs a query");
  }
}
