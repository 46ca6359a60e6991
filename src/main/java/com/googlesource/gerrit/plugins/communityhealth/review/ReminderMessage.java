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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static com.google.common.base.Preconditions.checkArgument;

import com.googlesource.gerrit.plugins.communityhealth.text.HumanDuration;
import com.googlesource.gerrit.plugins.communityhealth.text.MessageText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The text of a reminder on an ignored change. It says whose turn it is, since when, the rule that
 * fired, whom it asked and whom it skipped as away, and how to exempt a change, so nobody has to
 * guess why a bot spoke (the most common complaint about stale bots).
 *
 * <p>Names and the exempt query come from users and are escaped; the rest is fixed text.
 */
public final class ReminderMessage {
  private static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_QUERY_LENGTH = 500;
  private static final int MAX_NAMES_LISTED = 10;
  private static final DateTimeFormatter SINCE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /**
   * @param verdict from {@link IgnoredRule}; must be ignored
   * @param policy the project's {@code [review]} section
   * @param escalation from {@link EscalationPicker}
   * @param ownerOffset the owner's UTC offset, named when only working days count
   * @param docUrl a link to the plugin's documentation, from the server (trusted, not escaped)
   */
  public static String build(
      IgnoredVerdict verdict,
      ReviewPolicy policy,
      EscalationTargets escalation,
      ZoneOffset ownerOffset,
      Optional<String> docUrl) {
    checkArgument(verdict.ignored(), "no reminder for a change that is not ignored");
    docUrl.ifPresent(
        url ->
            checkArgument(
                url.codePoints().noneMatch(ReminderMessage::isBreaking),
                "docUrl must be one URL without spaces or control characters: %s",
                url));
    Instant since = verdict.waitingSince().orElseThrow();
    boolean working = verdict.workingDays();
    StringBuilder text = new StringBuilder();

    text.append("This change has been waiting on reviewers for ")
        .append(HumanDuration.roundedDown(verdict.waited(), working))
        .append(" (since ")
        .append(SINCE_FORMAT.format(since))
        .append("); this project flags changes after ")
        .append(HumanDuration.exact(policy.ignoredAfter(), working));
    if (!policy.newcomerIgnoredAfter().equals(policy.ignoredAfter())) {
      text.append(" (")
          .append(HumanDuration.exact(policy.newcomerIgnoredAfter(), working))
          .append(" for newcomers)");
    }
    text.append(".\n\n");

    text.append(
        "It is the reviewers' turn: nobody but the owner has commented or voted since the latest"
            + " patch set or the owner's latest reply.");
    if (verdict.newcomerThreshold()) {
      text.append(" The owner is new here, so the newcomer threshold applies.");
    }
    if (verdict.workingDays()) {
      text.append(" Only working days count: Saturdays and Sundays in the owner's time zone (")
          .append(utcOffset(ownerOffset))
          .append(") are left out.");
    }
    text.append("\n\n");

    appendEscalation(text, policy.escalate(), escalation);

    if (policy.exempt().isPresent()) {
      text.append("To exempt a change from these reminders, make it match this project's exempt")
          .append(" query: ")
          .append(MessageText.escape(policy.exempt().get(), MAX_QUERY_LENGTH))
          .append("\n\n");
    } else {
      text.append("To exempt changes from these reminders, set [review] exempt in")
          .append(" community-health.config to a change query (for example hashtag:frozen).\n\n");
    }

    text.append(
        "This is the only reminder for this waiting period; changes are never abandoned"
            + " automatically.");
    docUrl.ifPresent(url -> text.append(" More: ").append(url));
    return text.toString();
  }

  private static void appendEscalation(
      StringBuilder text, Escalation escalate, EscalationTargets escalation) {
    if (escalate == Escalation.NONE) {
      return;
    }
    if (escalation.everyoneAway()) {
      text.append("Everyone who could be asked is away, so nobody was added to the attention set: ")
          .append(names(escalation.skippedAway()))
          .append(".\n\n");
      return;
    }
    if (escalation.nobodyToAsk()) {
      text.append("No maintainer or mentor is configured to add to the attention set.\n\n");
      return;
    }
    if (!escalation.targets().isEmpty()) {
      text.append("Added to the attention set: ").append(names(escalation.targets())).append('.');
      escalation
          .awake()
          .ifPresent(
              region ->
                  text.append(" Asked first: reviewers whose working day is under way now, in ")
                      .append(region.label())
                      .append('.'));
    }
    if (!escalation.notOnChange().isEmpty()) {
      if (!escalation.targets().isEmpty()) {
        text.append('\n');
      }
      text.append("Not added, because they are not on the change and this server posts without")
          .append(" a bot account (plugin.community-health.botAccount): ")
          .append(names(escalation.notOnChange()))
          .append('.');
    }
    if (!escalation.skippedAway().isEmpty()) {
      text.append("\nSkipped as away: ").append(names(escalation.skippedAway())).append('.');
    }
    text.append("\n\n");
  }

  private static String names(List<Person> people) {
    List<String> shown =
        people.stream().limit(MAX_NAMES_LISTED).map(ReminderMessage::name).toList();
    String joined = String.join(", ", shown);
    int more = people.size() - shown.size();
    return more > 0 ? joined + " and " + more + " more" : joined;
  }

  private static String name(Person person) {
    String escaped = MessageText.escape(person.displayName(), MAX_NAME_LENGTH);
    return escaped.isEmpty() ? "account " + person.accountId() : escaped;
  }

  private static String utcOffset(ZoneOffset offset) {
    return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
  }

  private static boolean isBreaking(int cp) {
    return Character.isWhitespace(cp) || Character.isISOControl(cp);
  }

  private ReminderMessage() {}
}
