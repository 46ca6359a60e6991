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

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusQueryParser;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeMessage;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeValues;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.PathGlob;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.junit.Test;

/**
 * Seeded fuzz of the configuration parser, through the same steps as push validation: Git config
 * syntax, then {@link PolicyParser}. Whatever the text, the only outcomes are a syntax error
 * ({@link ConfigInvalidException}) or a policy with problems that name the file, an existing
 * section and a key of it; parsing is deterministic; and a configuration without problems is one
 * the plugin can run (its queries, globs and welcome template all work).
 */
public class PolicyParserFuzzTest {
  private static final long SEED = 20261125L;
  private static final int CASES = 4_000;

  private static final ImmutableMap<String, ImmutableList<String>> KEYS =
      ImmutableMap.of(
          FeatureSection.SECTION, FeatureSection.KEYS,
          FocusAreaSection.SECTION, FocusAreaSection.KEYS,
          NewcomerSection.SECTION, NewcomerSection.KEYS,
          ReviewSection.SECTION, ReviewSection.KEYS,
          DashboardSection.SECTION, DashboardSection.KEYS);

  private static final String[] SECTIONS = {
    "feature",
    "FEATURE",
    "focusArea",
    "focusarea",
    "newcomer",
    "Review",
    "review",
    "dashboard",
    "unknown",
    "x.y"
  };

  private static final String[] NAMES = {
    "libvirt", "", "a b", "\\\"quoted\\\"", "émoji 🚀", "x".repeat(300), "a\\\\b", "[x]"
  };

  private static final String[] VALUES = {
    "",
    "true",
    "no",
    "maybe",
    "0",
    "-1",
    "3",
    "2147483648",
    "1e308",
    "1e309",
    "NaN",
    "-0",
    "0.0000001",
    "0s",
    "-1d",
    "7d",
    "15 min",
    "36h",
    "2w",
    "1 mon",
    "1y",
    "99999999999999999999d",
    "9223372036854775807 ms",
    "soon",
    "2026-12-31",
    "2026-02-30",
    "complete",
    "checked",
    "regularly-tested",
    "deprecated",
    "mention",
    "both",
    "nova/virt/libvirt/**",
    "**",
    "[",
    "{a,{b,{c,{d}}}}",
    "[!",
    "/abs",
    "upgrade OR \\\"online migration\\\"",
    "*upgrade",
    "subject:*grade",
    "((((((((((((a))))))))))))",
    "a AND (",
    "path:nova/db/**",
    "hashtag:frozen",
    "group:Partner-Devs",
    "user@example.com",
    "(?i)ooo",
    "(unclosed",
    "\\\\",
    "${owner} ${project}",
    "${nope}",
    "${",
    "https://example.org/guide",
    "javascript:alert(1)",
    "https://a@evil.example/",
    "\"doc/m.ini#operation.x\"",
    "doc/m.ini",
    "\"doc/m.ini@stable/1#s\"",
    "\"#\"",
    "\\u202e",
    "🚀🚀",
    "a\\nb",
    "x".repeat(5_000),
  };

  private static final ReferenceChecker PICKY =
      new ReferenceChecker() {
        @Override
        public Optional<String> checkAccount(String account) {
          return account.contains("@") ? Optional.empty() : Optional.of("no account " + account);
        }

        @Override
        public Optional<String> checkGroup(String group) {
          return group.startsWith("Partner") ? Optional.empty() : Optional.of("no group " + group);
        }

        @Override
        public Optional<String> checkChangeQuery(String query) {
          return query.contains("(") ? Optional.of("bad query") : Optional.empty();
        }
      };

  @Test
  public void anyTextGivesASyntaxErrorOrAPolicyWithLocatedProblems() {
    Random random = new Random(SEED);
    int accepted = 0;
    int rejected = 0;
    int syntaxErrors = 0;
    for (int i = 0; i < CASES; i++) {
      String text = mutate(random, config(random));
      String caseId = "seed " + SEED + ", case " + i + ", text:\n" + text;
      Config cfg = new Config();
      try {
        cfg.fromText(text);
      } catch (ConfigInvalidException e) {
        syntaxErrors++;
        continue;
      } catch (RuntimeException e) {
        throw new AssertionError(caseId + "\nGit config threw " + e, e);
      }
      ReferenceChecker refs = random.nextBoolean() ? PICKY : ReferenceChecker.ACCEPT_ALL;
      ParsedPolicy parsed;
      try {
        parsed = PolicyParser.parse(cfg, refs);
      } catch (RuntimeException e) {
        throw new AssertionError(caseId + "\nparser threw " + e, e);
      }
      assertWithMessage(caseId).that(parsed.policy()).isNotNull();
      // ReviewPolicy holds a Pattern, which has no equals(): compare what it prints.
      ParsedPolicy again = PolicyParser.parse(cfg, refs);
      assertWithMessage(caseId + "\nnot deterministic")
          .that(again.problems())
          .isEqualTo(parsed.problems());
      assertWithMessage(caseId + "\nnot deterministic")
          .that(again.policy().toString())
          .isEqualTo(parsed.policy().toString());
      for (ConfigProblem p : parsed.problems()) {
        assertLocated(caseId, cfg, p);
      }
      if (parsed.problems().isEmpty()) {
        accepted++;
        assertRunnable(caseId, parsed.policy());
      } else {
        rejected++;
      }
    }
    // The generator must reach every outcome, or the fuzz tests less than it claims.
    assertWithMessage("accepted").that(accepted).isAtLeast(CASES / 20);
    assertWithMessage("rejected").that(rejected).isAtLeast(CASES / 20);
    assertWithMessage("syntax errors").that(syntaxErrors).isAtLeast(CASES / 50);
  }

  /** A problem names the file, a section of the text and, if any, a key that section can have. */
  private static void assertLocated(String caseId, Config cfg, ConfigProblem p) {
    String message = caseId + "\nproblem " + p;
    assertWithMessage(message)
        .that(p.describe(ProjectPolicy.FILE_NAME))
        .startsWith(ProjectPolicy.FILE_NAME + ": [" + p.section());
    assertWithMessage(message).that(p.message()).isNotEmpty();
    assertWithMessage(message)
        .that(cfg.getSections().stream().anyMatch(s -> s.equalsIgnoreCase(p.section())))
        .isTrue();
    p.subsection()
        .ifPresent(
            sub -> assertWithMessage(message).that(cfg.getSubsections(p.section())).contains(sub));
    ImmutableList<String> known = KEYS.get(p.section());
    if (p.key().isPresent()) {
      String key = p.key().get();
      boolean knownKey = known != null && known.stream().anyMatch(k -> k.equalsIgnoreCase(key));
      boolean present =
          cfg.getNames(p.section(), p.subsection().orElse(null)).stream()
              .anyMatch(k -> k.equalsIgnoreCase(key));
      assertWithMessage(message).that(knownKey || present).isTrue();
    }
  }

  /** What passed validation must work where the plugin uses it. */
  private static void assertRunnable(String caseId, ProjectPolicy policy) {
    try {
      for (FeatureDefinition f : policy.features()) {
        f.paths().forEach(PathGlob::compile);
        f.unmaintainedAfter()
            .ifPresent(d -> assertWithMessage(caseId).that(d.isNegative() || d.isZero()).isFalse());
      }
      for (FocusAreaDefinition a : policy.focusAreas()) {
        new FocusQueryParser().parse(a.query());
        assertWithMessage(caseId).that(a.weight()).isGreaterThan(0.0);
      }
      assertWithMessage(caseId).that(policy.review().ignoredAfter().isNegative()).isFalse();
      assertWithMessage(caseId).that(policy.review().ignoredAfter().isZero()).isFalse();
      assertWithMessage(caseId).that(policy.review().newcomerIgnoredAfter().isZero()).isFalse();
      WelcomeMessage.render(
          policy.newcomer().message(),
          new WelcomeValues(
              "Ann",
              "demo",
              ImmutableList.of("Mo"),
              policy.newcomer().guide(),
              Optional.of("2 days")));
    } catch (Exception e) {
      throw new AssertionError(caseId + "\naccepted policy does not run: " + e, e);
    }
  }

  /** A configuration from the grammar: sections with keys, often of the right kind. */
  private static String config(Random random) {
    StringBuilder text = new StringBuilder();
    for (int s = random.nextInt(5); s > 0; s--) {
      String section = pick(random, SECTIONS);
      boolean named = random.nextInt(4) != 0;
      text.append('[').append(section);
      if (named) {
        text.append(" \"").append(pick(random, NAMES)).append('"');
      }
      text.append("]\n");
      List<String> keys = KEYS.getOrDefault(PolicyParser.canonical(section), ImmutableList.of());
      for (int k = random.nextInt(6); k > 0; k--) {
        String key =
            keys.isEmpty() || random.nextInt(8) == 0
                ? pick(random, new String[] {"bogus", "x-y", "Path", "QUERY"})
                : keys.get(random.nextInt(keys.size()));
        text.append("  ").append(key).append(" = ").append(pick(random, VALUES));
        if (random.nextInt(10) == 0) {
          text.append(" # comment");
        }
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** Sometimes breaks the text at random: syntax the Git config parser must reject or survive. */
  private static String mutate(Random random, String text) {
    if (text.isEmpty() || random.nextInt(3) != 0) {
      return text;
    }
    String[] junk = {"[", "]", "\"", "\\", "\n", "=", ";", "#", "\u0000", "\r", " ", "\t", "é"};
    StringBuilder b = new StringBuilder(text);
    for (int m = 1 + random.nextInt(4); m > 0; m--) {
      int at = random.nextInt(b.length() + 1);
      if (random.nextBoolean() && at < b.length()) {
        b.deleteCharAt(at);
      } else {
        b.insert(at, pick(random, junk));
      }
    }
    return b.toString();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
