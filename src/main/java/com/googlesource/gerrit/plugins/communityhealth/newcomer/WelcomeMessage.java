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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.text.MessageText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The welcome posted on a newcomer's first change: a template with placeholders, filled in with
 * escaped values (see {@link MessageText}).
 *
 * <p>Placeholders: {@code ${owner}}, {@code ${project}}, {@code ${mentors}}, {@code ${guide}} and
 * {@code ${ignoredAfter}}. Any other {@code ${...}} is an error that {@link #validate} reports, so
 * that a typo is rejected when the configuration is pushed rather than shown to a newcomer. The
 * template is Markdown, as Gerrit renders change messages.
 *
 * <p>{@code ${mentors}}, {@code ${guide}} and {@code ${ignoredAfter}} may have no value (no mentor
 * available, no or no usable guide URL, reminders off): a line that uses one of them without a
 * value is left out, so a template never says "Your mentors are ." Put each of them on a line of
 * its own. {@code ${owner}} and {@code ${project}} always have a value ({@code new contributor} and
 * {@code this project} when blank).
 */
public final class WelcomeMessage {
  public static final String OWNER = "owner";
  public static final String PROJECT = "project";
  public static final String MENTORS = "mentors";
  public static final String GUIDE = "guide";
  public static final String IGNORED_AFTER = "ignoredAfter";

  public static final ImmutableSet<String> PLACEHOLDERS =
      ImmutableSet.of(OWNER, PROJECT, MENTORS, GUIDE, IGNORED_AFTER);

  /** Far longer than a welcome should be; keeps a message from being a wall of text. */
  public static final int MAX_TEMPLATE_LENGTH = 4000;

  private static final ImmutableSet<String> OPTIONAL =
      ImmutableSet.of(MENTORS, GUIDE, IGNORED_AFTER);
  private static final int MAX_DURATION_TEXT_LENGTH = 40;

  /**
   * The built-in welcome. Short on purpose: what happens next, what the votes mean, what to do with
   * comments, and who to ask. Gerrit's default label descriptions are quoted so that the words
   * match what the newcomer sees on the change page.
   */
  public static final String DEFAULT_TEMPLATE =
      """
      Hi ${owner}, thank you for your first change to ${project}, and welcome!

      How review works here:
      - Reviewers vote Code-Review from -2 to +2: +2 "Looks good to me, approved", \
      +1 "Looks good to me, but someone else must approve", \
      -1 "I would prefer this is not submitted as is", -2 "This shall not be submitted". \
      Verified is voted by CI once it has built and tested your change.
      - Review can take a few days. The attention set on the change page shows whose turn it is.
      - Reply to each comment; to change your code, amend your commit (`git commit --amend`) \
      and push it again with the same Change-Id line, which uploads a new patch set.

      Contributor guide: ${guide}
      ${mentors} will gladly help you along: ask them anything, right here on the change.
      If nobody has looked at your change within ${ignoredAfter}, we will remind a reviewer.
      """;

  /**
   * What is wrong with a template, one message per problem; empty when it is usable. For the
   * configuration validator, which names the file, section and key.
   */
  public static ImmutableList<String> validate(String template) {
    requireNonNull(template, "template");
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    if (template.isBlank()) {
      problems.add("the welcome template is empty");
    }
    if (template.length() > MAX_TEMPLATE_LENGTH) {
      problems.add(
          "the welcome template has "
              + template.length()
              + " characters, more than "
              + MAX_TEMPLATE_LENGTH);
    }
    template
        .codePoints()
        .filter(WelcomeMessage::isForbiddenInTemplate)
        .findFirst()
        .ifPresent(
            cp ->
                problems.add(
                    String.format(
                        Locale.ROOT,
                        "the welcome template contains the invisible control character U+%04X;"
                            + " remove it",
                        cp)));
    int i = 0;
    while ((i = template.indexOf("${", i)) >= 0) {
      int close = closingBrace(template, i);
      if (close < 0) {
        String rest = template.substring(i, Math.min(template.length(), i + 20)).strip();
        problems.add("placeholder '" + rest + "' is not closed with '}' on the same line");
        i += 2;
        continue;
      }
      String name = template.substring(i + 2, close);
      if (!PLACEHOLDERS.contains(name)) {
        problems.add(
            "unknown placeholder ${"
                + MessageText.plain(name, 40)
                + "}; known placeholders: "
                + String.join(", ", PLACEHOLDERS.stream().map(p -> "${" + p + "}").toList()));
      }
      i = close + 1;
    }
    return problems.build();
  }

  /**
   * Renders the welcome.
   *
   * @param template the configured template; empty: {@link #DEFAULT_TEMPLATE}
   * @throws IllegalArgumentException when the template is invalid (see {@link #validate}); the
   *     caller may fall back to the default template
   */
  public static String render(Optional<String> template, WelcomeValues values) {
    requireNonNull(template, "template");
    requireNonNull(values, "values");
    String t = template.orElse(DEFAULT_TEMPLATE);
    ImmutableList<String> problems = validate(t);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid welcome template: " + String.join("; ", problems));
    }
    Map<String, String> filled = fill(values);
    StringBuilder out = new StringBuilder(t.length() + 256);
    for (String line : t.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      renderLine(line, filled).ifPresent(l -> out.append(l).append('\n'));
    }
    // A dropped line between two blank lines would otherwise leave a gap of two.
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  private static Map<String, String> fill(WelcomeValues v) {
    String owner = MessageText.escape(v.owner(), MessageText.MAX_NAME_LENGTH);
    String project = MessageText.escape(v.project(), MessageText.MAX_PROJECT_LENGTH);
    List<String> mentors =
        v.mentors().stream().map(MessageText::escapeName).filter(m -> !m.isEmpty()).toList();
    return Map.of(
        OWNER,
        owner.isEmpty() ? "new contributor" : owner,
        PROJECT,
        project.isEmpty() ? "this project" : project,
        MENTORS,
        joinNames(mentors),
        GUIDE,
        v.guide().flatMap(MessageText::safeLink).orElse(""),
        IGNORED_AFTER,
        v.ignoredAfter().map(s -> MessageText.escape(s, MAX_DURATION_TEXT_LENGTH)).orElse(""));
  }

  /** The line with its placeholders filled in, or empty when an optional value is missing. */
  private static Optional<String> renderLine(String line, Map<String, String> filled) {
    StringBuilder out = new StringBuilder(line.length() + 64);
    int from = 0;
    int i;
    while ((i = line.indexOf("${", from)) >= 0) {
      int close = line.indexOf('}', i + 2);
      String name = line.substring(i + 2, close);
      String value = filled.get(name);
      if (value.isEmpty() && OPTIONAL.contains(name)) {
        return Optional.empty();
      }
      // Values are appended, never re-scanned: a name that spells ${guide} stays text.
      out.append(line, from, i).append(value);
      from = close + 1;
    }
    return Optional.of(out.append(line, from, line.length()).toString());
  }

  /**
   * The index of the '}' closing the placeholder at {@code start}, or -1 if the line ends first.
   */
  private static int closingBrace(String template, int start) {
    for (int j = start + 2; j < template.length(); j++) {
      char c = template.charAt(j);
      if (c == '}') {
        return j;
      }
      if (c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isForbiddenInTemplate(int cp) {
    boolean control = Character.getType(cp) == Character.CONTROL;
    return (control && cp != '\n' && cp != '\r' && cp != '\t')
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static String joinNames(List<String> names) {
    return switch (names.size()) {
      case 0 -> "";
      case 1 -> names.get(0);
      default ->
          String.join(", ", names.subList(0, names.size() - 1))
              + " and "
              + names.get(names.size() - 1);
    };
  }

  private WelcomeMessage() {}
}
