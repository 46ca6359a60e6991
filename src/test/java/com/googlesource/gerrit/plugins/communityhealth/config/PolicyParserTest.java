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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorAs;
import com.googlesource.gerrit.plugins.communityhealth.review.Escalation;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.tier.Docs;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixRef;
import com.googlesource.gerrit.plugins.communityhealth.tier.Maturity;
import com.googlesource.gerrit.plugins.communityhealth.tier.Testing;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.junit.Test;

public class PolicyParserTest {
  private static final String FULL =
      """
      [feature "libvirt"]
        title = Libvirt driver
        path = nova/virt/libvirt/**
        path = nova/tests/unit/virt/libvirt/**
        maturity = complete
        testing = checked
        docs = complete
        maintainer = user@example.com
        maintainer = group:Libvirt-Maintainers
      [focusArea "smoother-upgrades"]
        description = Rolling upgrades
        query = upgrade OR \\"online migration\\"
        weight = 2
        until = 2026-12-31
      [newcomer]
        maxMergedChanges = 5
        welcome = true
        guide = https://example.org/contributing
        mentor = mentor@example.com
        mentorAs = cc
        exemptGroup = group:Partner-Devs
      [review]
        ignoredAfter = 36h
        newcomerIgnoredAfter = 15 min
        workingDays = true
        exempt = hashtag:frozen OR topic:security
        remind = true
        escalate = both
        awayPattern = (?i)ooo
        dryRun = true
      [dashboard]
        reviewerStats = everyone
        coreGuide = https://example.org/core-reviewers
      """;

  @Test
  public void emptyConfigGivesDefaults() throws Exception {
    ParsedPolicy parsed = parse("");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.policy()).isEqualTo(ProjectPolicy.DEFAULT);
    assertThat(parsed.policy().review().remind()).isFalse();
    assertThat(parsed.policy().newcomer().welcome()).isFalse();
    assertThat(parsed.policy().review().ignoredAfter()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  public void everyKeyOfTheSpecIsParsed() throws Exception {
    ParsedPolicy parsed = parse(FULL);
    assertThat(parsed.problems()).isEmpty();
    ProjectPolicy p = parsed.policy();

    assertThat(p.features())
        .containsExactly(
            new FeatureDefinition(
                "libvirt",
                "Libvirt driver",
                ImmutableList.of("nova/virt/libvirt/**", "nova/tests/unit/virt/libvirt/**"),
                Maturity.COMPLETE,
                Testing.CHECKED,
                Docs.COMPLETE,
                ImmutableList.of("user@example.com", "group:Libvirt-Maintainers")));
    assertThat(p.focusAreas())
        .containsExactly(
            new FocusAreaDefinition(
                "smoother-upgrades",
                "Rolling upgrades",
                "upgrade OR \"online migration\"",
                2.0,
                Optional.of(LocalDate.of(2026, 12, 31))));
    assertThat(p.newcomer().maxMergedChanges()).isEqualTo(5);
    assertThat(p.newcomer().welcome()).isTrue();
    assertThat(p.newcomer().guide()).hasValue("https://example.org/contributing");
    assertThat(p.newcomer().mentors()).containsExactly("mentor@example.com");
    assertThat(p.newcomer().mentorAs()).isEqualTo(MentorAs.CC);
    assertThat(p.newcomer().exemptGroups()).containsExactly("Partner-Devs");

    ReviewPolicy r = p.review();
    assertThat(r.ignoredAfter()).isEqualTo(Duration.ofHours(36));
    assertThat(r.newcomerIgnoredAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(r.workingDays()).isTrue();
    assertThat(r.exempt()).hasValue("hashtag:frozen OR topic:security");
    assertThat(r.remind()).isTrue();
    assertThat(r.escalate()).isEqualTo(Escalation.BOTH);
    assertThat(r.awayPattern().pattern()).isEqualTo("(?i)ooo");
    assertThat(r.dryRun()).isTrue();

    assertThat(p.dashboard())
        .isEqualTo(
            new DashboardPolicy(
                DashboardPolicy.ReviewerStatsAccess.EVERYONE,
                Optional.of("https://example.org/core-reviewers")));
  }

  @Test
  public void dashboardDefaultsToOwnersAndRejectsBadValues() throws Exception {
    assertThat(parse("").policy().dashboard().reviewerStats())
        .isEqualTo(DashboardPolicy.ReviewerStatsAccess.OWNERS);
    assertThat(parse("[dashboard]\n  reviewerStats = off\n").policy().dashboard().reviewerStats())
        .isEqualTo(DashboardPolicy.ReviewerStatsAccess.OFF);

    ParsedPolicy bad =
        parse("[dashboard]\n  reviewerStats = admins\n  coreGuide = javascript:alert(1)\n");
    assertThat(bad.problems().stream().map(ConfigProblem::location))
        .containsExactly("dashboard.reviewerStats", "dashboard.coreGuide");
    assertThat(
            bad.problems().stream()
                .filter(p -> p.location().equals("dashboard.reviewerStats"))
                .findFirst()
                .orElseThrow()
                .message())
        .contains("owners, everyone, off");
    assertThat(bad.policy().dashboard()).isEqualTo(DashboardPolicy.DEFAULT);
  }

  @Test
  public void unmaintainedAfterIsAPositiveDurationPerFeature() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [feature "libvirt"]
              path = nova/virt/libvirt/**
              unmaintainedAfter = 1y
            [feature "xenapi"]
              path = nova/virt/xenapi/**
            """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.policy().features().get(0).unmaintainedAfter())
        .hasValue(Duration.ofDays(365));
    assertThat(parsed.policy().features().get(1).unmaintainedAfter()).isEmpty();

    ParsedPolicy bad = parse("[feature \"f\"]\n path = a/**\n unmaintainedAfter = never\n");
    assertThat(messages(bad))
        .containsExactly(
            "community-health.config: [feature \"f\"] unmaintainedAfter: 'never' is not a"
                + " duration; use a positive number with a unit, like 30s, 15 min, 36h, 7d or 2w");
    assertThat(bad.policy().features().get(0).unmaintainedAfter()).isEmpty();
    assertThat(messages(parse("[feature \"f\"]\n path = a/**\n unmaintainedAfter = 0d\n")))
        .hasSize(1);
  }

  @Test
  public void matrixNamesAFileAndSectionAndRemembersWhatIsDeclared() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [feature "live-migration"]
              path = nova/virt/libvirt/migration.py
              matrix = "doc/source/user/feature-matrix-gp.ini#operation.live-migrate"
              maturity = experimental
            [feature "xenapi"]
              path = nova/virt/xenapi/**
              matrix = "doc/feature-matrix-hv.ini@stable/2026.1#operation.xenapi"
            [feature "libvirt"]
              path = nova/virt/libvirt/**
            """);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.policy().matrixImports())
        .containsExactly(
            new MatrixImport(
                "live-migration",
                new MatrixRef(
                    "doc/source/user/feature-matrix-gp.ini",
                    Optional.empty(),
                    "operation.live-migrate"),
                false,
                true,
                false,
                false),
            new MatrixImport(
                "xenapi",
                new MatrixRef(
                    "doc/feature-matrix-hv.ini", Optional.of("stable/2026.1"), "operation.xenapi"),
                false,
                false,
                false,
                false))
        .inOrder();
    // As parsed, a feature holds its declared values; the loader applies the matrix.
    assertThat(parsed.policy().features().get(0).maturity()).isEqualTo(Maturity.EXPERIMENTAL);
  }

  @Test
  public void badMatrixReferencesAreProblems() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [feature "a"]
              path = a/**
              matrix = doc/feature-matrix.ini#operation.x
            [feature "b"]
              path = b/**
              matrix = "/abs/matrix.ini#operation.x"
            [feature "c"]
              path = c/**
              matrix = "doc/../matrix.ini#operation.x"
            [feature "d"]
              path = d/**
              matrix = "doc/matrix.ini@bad..branch#operation.x"
            [feature "e"]
              path = e/**
              matrix = "doc/matrix.ini#"
            """);
    assertThat(parsed.problems().stream().map(ConfigProblem::location))
        .containsExactly(
            "feature.a.matrix",
            "feature.b.matrix",
            "feature.c.matrix",
            "feature.d.matrix",
            "feature.e.matrix");
    // Unquoted, '#' starts a comment: the section is cut off, and the message says why.
    assertThat(parsed.problems().get(0).message())
        .isEqualTo(
            "'doc/feature-matrix.ini' is not a matrix reference (the section is missing); write"
                + " PATH#SECTION or PATH@BRANCH#SECTION, like"
                + " doc/source/user/feature-matrix-gp.ini#operation.live-migrate; in this file '#'"
                + " starts a comment unless the value is in double quotes:"
                + " matrix = \"PATH#SECTION\"");
    assertThat(parsed.policy().matrixImports()).isEmpty();
  }

  @Test
  public void plainQuotesInAQueryAreAPhraseAsTyped() throws Exception {
    // Git config syntax would eat them; PolicyText keeps them for query-valued keys.
    assertThat(
            parse("[focusArea \"a\"]\n query = \"online migration\"\n")
                .policy()
                .focusAreas()
                .get(0)
                .query())
        .isEqualTo("\"online migration\"");
  }

  @Test
  public void sectionAndKeyNamesIgnoreCase() throws Exception {
    ParsedPolicy parsed =
        parse("[REVIEW]\n  IGNOREDAFTER = 2s\n[FocusArea \"x\"]\n query = upgrade\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.policy().review().ignoredAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(parsed.policy().focusAreas()).hasSize(1);
  }

  @Test
  public void badEnumNamesFileSectionKeyAndAllowedValues() throws Exception {
    ParsedPolicy parsed = parse("[feature \"libvirt\"]\n path = a/**\n maturity = stable\n");
    assertThat(messages(parsed))
        .containsExactly(
            "community-health.config: [feature \"libvirt\"] maturity: 'stable' is not one of:"
                + " deprecated, incomplete, experimental, complete, required");
    assertThat(parsed.policy().features().get(0).maturity()).isEqualTo(Maturity.EXPERIMENTAL);
  }

  @Test
  public void badDurations() throws Exception {
    assertThat(messages(parse("[review]\n ignoredAfter = soon\n")))
        .containsExactly(
            "community-health.config: [review] ignoredAfter: 'soon' is not a duration; use a"
                + " positive number with a unit, like 30s, 15 min, 36h, 7d or 2w");
    assertThat(messages(parse("[review]\n ignoredAfter = -1d\n"))).hasSize(1);
    assertThat(messages(parse("[review]\n newcomerIgnoredAfter = 0s\n")))
        .containsExactly(
            "community-health.config: [review] newcomerIgnoredAfter: '0s' must be longer than 0;"
                + " use a positive number with a unit, like 30s, 15 min, 36h, 7d or 2w");
  }

  @Test
  public void badGlobRegexDateNumberBoolean() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [feature "f"]
              path = nova/[virt
            [focusArea "a"]
              query = x
              weight = -1
              until = next year
            [newcomer]
              welcome = maybe
              maxMergedChanges = three
            [review]
              awayPattern = (unclosed
            """);
    assertThat(parsed.problems().stream().map(ConfigProblem::location))
        .containsExactly(
            "feature.f.path",
            "focusArea.a.weight",
            "focusArea.a.until",
            "newcomer.maxMergedChanges",
            "newcomer.welcome",
            "review.awayPattern");
  }

  @Test
  public void unknownSectionsKeysAndMisnamedSections() throws Exception {
    ParsedPolicy parsed =
        parse(
            """
            [feature "f"]
              path = a/**
              maturty = complete
            [feature]
              path = b/**
            [review "x"]
              remind = true
            [welcome]
              text = hi
            """);
    assertThat(parsed.problems().stream().map(ConfigProblem::location))
        .containsExactly("feature.f.maturty", "feature", "review.x", "welcome");
  }

  @Test
  public void badWelcomeTemplateAndGuideLink() throws Exception {
    ParsedPolicy parsed =
        parse(
            "[newcomer]\n  message = Hi ${owner}, see ${nosuch}\n  guide = javascript:alert(1)\n");
    assertThat(parsed.problems().stream().map(ConfigProblem::location))
        .containsExactly("newcomer.message", "newcomer.guide");
    assertThat(parsed.problems().get(0).message()).contains("nosuch");
  }

  @Test
  public void missingRequiredKeys() throws Exception {
    ParsedPolicy parsed = parse("[feature \"f\"]\n title = F\n[focusArea \"a\"]\n weight = 2\n");
    assertThat(parsed.problems().stream().map(ConfigProblem::location))
        .containsExactly("feature.f.path", "focusArea.a.query");
  }

  @Test
  public void singleValuedKeySetTwiceIsAProblem() throws Exception {
    ParsedPolicy parsed = parse("[review]\n ignoredAfter = 1d\n ignoredAfter = 2d\n");
    assertThat(messages(parsed))
        .containsExactly(
            "community-health.config: [review] ignoredAfter: is set 2 times; set it once");
  }

  @Test
  public void referencesAreCheckedByTheReferenceChecker() throws Exception {
    ReferenceChecker refs =
        new ReferenceChecker() {
          @Override
          public Optional<String> checkAccount(String account) {
            return account.equals("ghost") ? Optional.of("no account 'ghost'") : Optional.empty();
          }

          @Override
          public Optional<String> checkGroup(String group) {
            return group.equals("Nobody") ? Optional.of("no group 'Nobody'") : Optional.empty();
          }

          @Override
          public Optional<String> checkChangeQuery(String query) {
            return query.contains("bogus:") ? Optional.of("bad query") : Optional.empty();
          }
        };
    Config cfg =
        text(
            """
            [feature "f"]
              path = a/**
              maintainer = ghost
              maintainer = group:Nobody
              maintainer = alice
            [newcomer]
              mentor = ghost
              exemptGroup = Nobody
            [review]
              exempt = bogus:1
            """);
    ParsedPolicy parsed = PolicyParser.parse(cfg, refs);
    assertThat(parsed.problems().stream().map(ConfigProblem::message))
        .containsExactly(
            "no account 'ghost'",
            "no group 'Nobody'",
            "no account 'ghost'",
            "no group 'Nobody'",
            "bad query");
  }

  @Test
  public void keyWithNothingAfterTheEqualsSignIsUnset() throws Exception {
    // Git's parser gives null for `key =`; found by PolicyParserFuzzTest (it threw).
    ParsedPolicy parsed =
        parse("[focusArea \"x\"]\n  query = upgrade\n  description =\n[review]\n  exempt =\n");
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.policy().focusAreas().get(0).description()).isEmpty();
    assertThat(parsed.policy().review().exempt()).isEmpty();
  }

  private static ParsedPolicy parse(String text) throws ConfigInvalidException {
    return PolicyParser.parse(text(text), ReferenceChecker.ACCEPT_ALL);
  }

  static Config text(String text) throws ConfigInvalidException {
    // As the plugin reads the file, on push and on load.
    return PolicyText.parse(text);
  }

  private static ImmutableList<String> messages(ParsedPolicy parsed) {
    return parsed.problems().stream()
        .map(p -> p.describe(ProjectPolicy.FILE_NAME))
        .collect(ImmutableList.toImmutableList());
  }
}
