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

package com.googlesource.gerrit.plugins.communityhealth.preview;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.api.PreviewInfo;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.ChangeRef;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.FocusAreaDiff;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.Listed;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.TierChange;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.Toggle;
import com.googlesource.gerrit.plugins.communityhealth.text.MessageText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one rendering of a {@link PreviewResult}: as JSON for {@code ~preview} and as the text of the
 * bot's message on a configuration change for review (the JSON carries that text too, so that the
 * two cannot tell different stories).
 */
public final class PreviewSummary {
  private static final int MAX_SUBJECT = 120;

  private PreviewSummary() {}

  /** The JSON answer of {@code ~preview}. */
  public static PreviewInfo json(PreviewResult r) {
    PreviewInfo info = new PreviewInfo();
    info.examined = r.examined();
    info.truncated = r.truncated() ? true : null;
    info.focusAreas =
        r.focusAreas().stream()
            .map(
                a -> {
                  PreviewInfo.FocusAreaInfo fa = new PreviewInfo.FocusAreaInfo();
                  fa.name = a.area();
                  fa.added = a.added() ? true : null;
                  fa.removed = a.removed() ? true : null;
                  fa.startMatching = changes(a.startMatching(), PreviewSummary::entry);
                  fa.stopMatching = changes(a.stopMatching(), PreviewSummary::entry);
                  return fa;
                })
            .collect(ImmutableList.toImmutableList());
    info.tierChanges = changes(r.tierChanges(), PreviewSummary::tierEntry);
    info.becomeIgnored = changes(r.becomeIgnored(), PreviewSummary::entry);
    info.stopIgnored = changes(r.stopIgnored(), PreviewSummary::entry);
    info.becomeNewcomer = changes(r.becomeNewcomer(), PreviewSummary::entry);
    info.stopNewcomer = changes(r.stopNewcomer(), PreviewSummary::entry);
    info.welcome = new PreviewInfo.ToggleInfo();
    info.welcome.before = r.welcome().before();
    info.welcome.after = r.welcome().after();
    info.reminders = new PreviewInfo.RemindersInfo();
    info.reminders.before = r.remind().before();
    info.reminders.after = r.remind().after();
    info.reminders.nextSweepBefore = r.remindersBefore();
    info.reminders.nextSweepAfter = r.remindersAfter();
    info.warnings = r.warnings().isEmpty() ? null : r.warnings();
    info.summary = text(r);
    return info;
  }

  /** The summary as change-message text (Markdown, user values escaped). */
  public static String text(PreviewResult r) {
    StringBuilder out = new StringBuilder();
    out.append("Compared on ")
        .append(count(r.examined(), "open change"))
        .append(r.truncated() ? " (the most recently updated; the project has more)" : "")
        .append(".\n");
    if (r.noDifference()) {
      out.append("\nNo difference on these changes.\n");
    }
    for (FocusAreaDiff a : r.focusAreas()) {
      String area =
          "Focus area \""
              + MessageText.escape(a.area(), MessageText.MAX_NAME_LENGTH)
              + "\""
              + (a.added() ? " (new)" : a.removed() ? " (removed)" : "");
      if (a.startMatching().count() == 0 && a.stopMatching().count() == 0) {
        out.append('\n').append(area).append(": no change would start or stop matching.\n");
      }
      list(
          out,
          area + ": " + count(a.startMatching().count(), "change") + " would start matching",
          a.startMatching(),
          PreviewSummary::line);
      list(
          out,
          area + ": " + count(a.stopMatching().count(), "change") + " would stop matching",
          a.stopMatching(),
          PreviewSummary::line);
    }
    list(
        out,
        "Tier or untested\\_upstream would change on " + count(r.tierChanges().count(), "change"),
        r.tierChanges(),
        PreviewSummary::tierLine);
    list(
        out,
        count(r.becomeIgnored().count(), "change") + " would become ignored",
        r.becomeIgnored(),
        PreviewSummary::line);
    list(
        out,
        count(r.stopIgnored().count(), "change") + " would stop being ignored",
        r.stopIgnored(),
        PreviewSummary::line);
    list(
        out,
        count(r.becomeNewcomer().count(), "change")
            + " would be flagged newcomer (the owner would count as a newcomer)",
        r.becomeNewcomer(),
        PreviewSummary::line);
    list(
        out,
        count(r.stopNewcomer().count(), "change")
            + " would no longer be flagged newcomer (the owner would not count as a newcomer)",
        r.stopNewcomer(),
        PreviewSummary::line);
    out.append("\nWelcomes: ")
        .append(toggle(r.welcome()))
        .append(". Reminders: ")
        .append(toggle(r.remind()))
        .append("; the next sweep would post ")
        .append(count(r.remindersAfter(), "reminder"))
        .append(" (")
        .append(r.remindersBefore())
        .append(" with the configuration in force).\n");
    if (!r.warnings().isEmpty()) {
      out.append("\nWarnings:\n\n");
      r.warnings().forEach(w -> out.append("* ").append(escapeProblem(w)).append('\n'));
    }
    return out.toString();
  }

  /** The problems that keep a text from being previewed, as a push would report them. */
  public static String problems(List<String> errors) {
    StringBuilder out = new StringBuilder();
    out.append("This ")
        .append("community-health.config")
        .append(" would be rejected on submit:\n\n");
    errors.forEach(e -> out.append("* ").append(escapeProblem(e)).append('\n'));
    return out.toString();
  }

  private static String escapeProblem(String problem) {
    return MessageText.escape(problem, 1000);
  }

  private static <T> void list(
      StringBuilder out, String heading, Listed<T> list, Function<T, String> line) {
    if (list.count() == 0) {
      return;
    }
    out.append('\n').append(heading).append(":\n\n");
    list.first().forEach(t -> out.append("* ").append(line.apply(t)).append('\n'));
    if (list.count() > list.first().size()) {
      out.append("* and ").append(list.count() - list.first().size()).append(" more\n");
    }
  }

  private static String line(ChangeRef c) {
    return "Change " + c.number() + ": " + MessageText.escape(c.subject(), MAX_SUBJECT);
  }

  private static String tierLine(TierChange t) {
    StringBuilder out = new StringBuilder(line(t.change())).append(" (");
    if (!t.tierBefore().equals(t.tierAfter())) {
      out.append("tier ").append(tier(t.tierBefore())).append(" → ").append(tier(t.tierAfter()));
    }
    if (t.untestedUpstreamBefore() != t.untestedUpstreamAfter()) {
      if (!t.tierBefore().equals(t.tierAfter())) {
        out.append("; ");
      }
      out.append("untested\\_upstream ")
          .append(t.untestedUpstreamBefore())
          .append(" → ")
          .append(t.untestedUpstreamAfter());
    }
    return out.append(')').toString();
  }

  private static String tier(Optional<String> tier) {
    return tier.orElse("none");
  }

  private static String toggle(Toggle t) {
    return t.changes()
        ? (t.before() ? "on" : "off") + " → " + (t.after() ? "on" : "off")
        : (t.after() ? "on" : "off") + " (unchanged)";
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static <T> PreviewInfo.ChangeListInfo changes(
      Listed<T> list, Function<T, PreviewInfo.ChangeEntryInfo> entry) {
    PreviewInfo.ChangeListInfo info = new PreviewInfo.ChangeListInfo();
    info.count = list.count();
    info.changes = list.first().stream().map(entry).collect(ImmutableList.toImmutableList());
    return info;
  }

  private static PreviewInfo.ChangeEntryInfo entry(ChangeRef c) {
    PreviewInfo.ChangeEntryInfo e = new PreviewInfo.ChangeEntryInfo();
    e._number = c.number();
    e.subject = c.subject();
    return e;
  }

  private static PreviewInfo.ChangeEntryInfo tierEntry(TierChange t) {
    PreviewInfo.ChangeEntryInfo e = entry(t.change());
    e.tierBefore = t.tierBefore().orElse(null);
    e.tierAfter = t.tierAfter().orElse(null);
    e.untestedUpstreamBefore = t.untestedUpstreamBefore();
    e.untestedUpstreamAfter = t.untestedUpstreamAfter();
    return e;
  }
}
