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

package com.googlesource.gerrit.plugins.communityhealth.text;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeMessage;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.WelcomeValues;
import com.googlesource.gerrit.plugins.communityhealth.review.Escalation;
import com.googlesource.gerrit.plugins.communityhealth.review.EscalationTargets;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredRule;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import com.googlesource.gerrit.plugins.communityhealth.review.ReminderMessage;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Seeded fuzz of the welcome and reminder texts: whatever the template and whatever the values
 * (display names, project names), rendering never throws anything but the documented {@link
 * IllegalArgumentException} for an invalid template, and the values never add markup: every
 * Markdown special, {@code @}, {@code <}, {@code >}, {@code ://} and {@code www.} that a value
 * brings is escaped, no value starts a Markdown block, and no control or bidi character but a
 * balanced isolate pair gets through. Each case is deterministic; failures print the seed and case.
 */
public class TemplateFuzzTest {
  private static final long SEED = 20261125L;
  private static final int CASES = 5_000;

  /** What Markdown, Gerrit's linkifier or its account rewriting would act on. */
  private static final String SPECIALS = "*_[]()`#!|~@<>";

  /** Pieces of hostile values: markup, mentions, links, controls, bidi, emoji, RTL, long runs. */
  private static final String[] ATOMS = {
    "Ann",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\u0000",
    "\u0007",
    "\u001b[31m",
    "\u0085",
    "\u2028",
    "\u2029",
    "<b>",
    "</b>",
    "<script>alert(1)</script>",
    "<GERRIT_ACCOUNT_1000000>",
    "<img src=x onerror=alert(1)>",
    "&lt;",
    "&#64;",
    "[click](https://evil.example)",
    "![x](http://evil.example/x.png)",
    "https://evil.example/",
    "HTTP://EVIL.EXAMPLE",
    "ftp://x",
    "www.evil.example",
    "WwW.evil.example",
    "@admin",
    "admin@example.com",
    "@",
    "**bold**",
    "__u__",
    "~~s~~",
    "`code`",
    "```",
    "# ",
    "## h",
    "- ",
    "+ ",
    "= ",
    "1. ",
    "42.",
    "> quote",
    "| a | b |",
    "---",
    "===",
    "    ",
    "\\",
    "\\@",
    "\\<",
    "${owner}",
    "${guide}",
    "${",
    "}",
    "\u202e",
    "\u202a",
    "\u202d",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
    "\ufeff",
    "\ud800",
    "\udc00",
    "👩‍👩‍👧‍👦",
    "🏳️‍🌈",
    "🇺🇦",
    "é",
    "e\u0301\u0301\u0301",
    "مرحبا",
    "שלום",
    "日本語",
    "x".repeat(100),
    "\u0301".repeat(200),
  };

  @Test
  public void welcomeValuesNeverAddMarkup() {
    Random random = new Random(SEED);
    String template =
        "${owner}\n${project}\n${mentors}\nWait ${ignoredAfter}\nHi ${owner} of ${project}.";
    for (int i = 0; i < CASES; i++) {
      String caseId = "seed " + SEED + ", case " + i;
      WelcomeValues hostile =
          new WelcomeValues(
              value(random),
              value(random),
              names(random),
              Optional.empty(),
              random.nextBoolean() ? Optional.of(value(random)) : Optional.empty());
      String text;
      try {
        text = WelcomeMessage.render(Optional.of(template), hostile);
      } catch (RuntimeException e) {
        throw new AssertionError(caseId + ": render threw for " + hostile, e);
      }
      assertAddsNoMarkup(caseId + ", values " + hostile, text);
    }
  }

  @Test
  public void anyTemplateRendersOrIsRejectedAsDocumented() {
    Random random = new Random(SEED + 1);
    String[] templateAtoms = {
      "${owner}",
      "${project}",
      "${mentors}",
      "${guide}",
      "${ignoredAfter}",
      "${",
      "}",
      "$",
      "${unknown}",
      "${owner",
      "\n",
      "\r",
      "\r\n",
      "\t",
      "\u0000",
      "\u202e",
      "text ",
      "**",
      "[a](b)",
      "@all",
      "<b>",
      "\n\n\n",
      "🎉",
      "x".repeat(500),
    };
    for (int i = 0; i < CASES; i++) {
      StringBuilder t = new StringBuilder();
      for (int n = random.nextInt(20); n > 0; n--) {
        t.append(templateAtoms[random.nextInt(templateAtoms.length)]);
      }
      String template = t.toString();
      String caseId = "seed " + (SEED + 1) + ", case " + i + ", template [" + template + "]";
      WelcomeValues values =
          new WelcomeValues(
              value(random),
              value(random),
              names(random),
              random.nextBoolean()
                  ? Optional.of("https://example.org/guide")
                  : Optional.of(value(random)),
              Optional.of("2 days"));
      ImmutableList<String> problems = WelcomeMessage.validate(template);
      try {
        String text = WelcomeMessage.render(Optional.of(template), values);
        assertWithMessage(caseId + ": rendered although validate() found %s", problems)
            .that(problems)
            .isEmpty();
        assertWithMessage(caseId).that(text).isNotNull();
      } catch (IllegalArgumentException e) {
        assertWithMessage(caseId + ": rejected although validate() found nothing")
            .that(problems)
            .isNotEmpty();
      } catch (RuntimeException e) {
        throw new AssertionError(caseId + ": render threw " + e, e);
      }
    }
  }

  @Test
  public void reminderNamesAndExemptQueryNeverAddMarkup() {
    Random random = new Random(SEED + 2);
    Instant now = Instant.parse("2026-11-25T10:00:00Z");
    for (int i = 0; i < CASES; i++) {
      String caseId = "seed " + (SEED + 2) + ", case " + i;
      Escalation escalate = Escalation.values()[random.nextInt(Escalation.values().length)];
      boolean everyoneAway = random.nextInt(4) == 0;
      List<Person> targets = people(random);
      List<Person> away = people(random);
      String exempt = value(random);
      String hostile = reminder(escalate, everyoneAway, targets, away, Optional.of(exempt), now);
      String benign =
          reminder(escalate, everyoneAway, benign(targets), benign(away), Optional.of("x"), now);
      assertWithMessage(caseId + ": " + targets + away + " [" + exempt + "]")
          .that(unescapedSpecials(hostile))
          .isEqualTo(unescapedSpecials(benign));
      assertClean(caseId, hostile);
    }
  }

  private static String reminder(
      Escalation escalate,
      boolean everyoneAway,
      List<Person> targets,
      List<Person> away,
      Optional<String> exempt,
      Instant now) {
    ReviewPolicy policy =
        new ReviewPolicy(
            Duration.ofDays(7),
            Duration.ofDays(2),
            false,
            exempt,
            true,
            escalate,
            Pattern.compile(ReviewPolicy.DEFAULT_AWAY_PATTERN),
            false);
    EscalationTargets escalation =
        new EscalationTargets(
            everyoneAway ? ImmutableList.of() : ImmutableList.copyOf(targets),
            ImmutableList.copyOf(away),
            everyoneAway);
    return ReminderMessage.build(
        IgnoredRule.evaluate(
            Optional.of(now.minus(Duration.ofDays(9))), now, false, policy, ZoneOffset.UTC),
        policy,
        escalation,
        ZoneOffset.UTC,
        Optional.empty());
  }

  /** A value built from 1 to 12 hostile atoms, sometimes with random code points mixed in. */
  private static String value(Random random) {
    StringBuilder v = new StringBuilder();
    for (int n = 1 + random.nextInt(12); n > 0; n--) {
      if (random.nextInt(5) == 0) {
        v.appendCodePoint(randomCodePoint(random));
      } else {
        v.append(ATOMS[random.nextInt(ATOMS.length)]);
      }
    }
    return v.toString();
  }

  private static int randomCodePoint(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(0x80);
      case 1 -> random.nextInt(0x3000);
      case 2 -> 0x1F000 + random.nextInt(0x1000);
      default -> random.nextInt(Character.MAX_CODE_POINT + 1);
    };
  }

  private static ImmutableList<String> names(Random random) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int n = random.nextInt(4); n > 0; n--) {
      names.add(value(random));
    }
    return names.build();
  }

  private static List<Person> people(Random random) {
    List<Person> people = new ArrayList<>();
    for (int n = random.nextInt(13); n > 0; n--) {
      people.add(new Person(1000 + n, value(random), Optional.empty()));
    }
    return people;
  }

  private static List<Person> benign(List<Person> people) {
    return people.stream().map(p -> new Person(p.accountId(), "N", Optional.empty())).toList();
  }

  /**
   * The template above has no markup of its own, so every unescaped special in the welcome came
   * from a value.
   */
  private static void assertAddsNoMarkup(String caseId, String text) {
    assertWithMessage(caseId + ": unescaped markup in [" + text + "]")
        .that(unescapedSpecials(text))
        .isEmpty();
    for (String line : text.split("\n", -1)) {
      String l = line.startsWith("Wait ") || line.startsWith("Hi ") ? "" : line;
      assertWithMessage(caseId + ": line starts a Markdown block: [" + line + "]")
          .that(startsABlock(l))
          .isFalse();
    }
    assertClean(caseId, text);
  }

  private static void assertClean(String caseId, String text) {
    int isolates = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n';
      assertWithMessage(caseId + ": U+%s in [%s]", Integer.toHexString(cp), text)
          .that(control || Character.getType(cp) == Character.SURROGATE || isBidiControl(cp))
          .isFalse();
      if (cp == 0x2068) {
        isolates++;
      } else if (cp == 0x2069) {
        isolates--;
        assertWithMessage(caseId + ": unbalanced isolate in [%s]", text)
            .that(isolates)
            .isAtLeast(0);
      }
    }
    assertWithMessage(caseId + ": unbalanced isolate in [%s]", text).that(isolates).isEqualTo(0);
  }

  /** Unicode's Bidi_Control characters except the isolate pair the escaping itself adds. */
  private static boolean isBidiControl(int cp) {
    return cp == 0x061C
        || cp == 0x200E
        || cp == 0x200F
        || (cp >= 0x202A && cp <= 0x202E)
        || cp == 0x2066
        || cp == 0x2067;
  }

  /**
   * Specials not preceded by a backslash, plus unescaped {@code ://} and {@code www.}, in order.
   */
  static List<String> unescapedSpecials(String text) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // the escaped character
        continue;
      }
      if (SPECIALS.indexOf(c) >= 0) {
        found.add(String.valueOf(c));
      } else if (c == ':' && text.startsWith("//", i + 1)) {
        found.add("://");
      } else if (c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
        found.add("www.");
      }
    }
    return found;
  }

  private static boolean startsABlock(String line) {
    String l = line.replaceFirst("^[\u2068]", "");
    return l.startsWith("    ")
        || (!l.isEmpty() && "-+=>#".indexOf(l.charAt(0)) >= 0)
        || l.matches("^[0-9]{1,9}[.)].*");
  }
}
