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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.api.ChangeHealthInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigEnums;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusFields;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusHit;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.signals.FocusSignal;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import com.googlesource.gerrit.plugins.communityhealth.tier.TierSignal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * Formats {@link Signals} as the plugin's REST entities (the change attribute, {@code ~signals},
 * the queue's entries); the one place that knows their shape.
 */
public final class SignalsJson {
  private static final DateTimeFormatter UTC_MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The attribute in {@code ChangeInfo.plugins}. */
  public static ChangeHealthInfo attribute(Signals s) {
    ChangeHealthInfo info = new ChangeHealthInfo();
    TierSignal tier = s.change().tier();
    info.features = listOrNull(tier.matches(), m -> FeatureJson.ref(m.feature()));
    info.tier = tierName(tier);
    info.untestedUpstream = tier.matches().isEmpty() ? null : tier.untestedUpstream();
    info.focusAreas = listOrNull(s.change().focus(), SignalsJson::focusRef);
    info.newcomer = s.newcomer().newcomer();
    s.change().waitingSince().ifPresent(w -> info.waitingSince = Timestamp.from(w));
    info.ignored = s.ignored().ignored();
    return info;
  }

  /** The signals endpoint's view, with reasons. */
  public static SignalsInfo withReasons(Signals s) {
    SignalsInfo info = new SignalsInfo();
    TierSignal tier = s.change().tier();
    info.features = listOrNull(tier.matches(), FeatureJson::match);
    info.tier = tierName(tier);
    info.untestedUpstream = tier.matches().isEmpty() ? null : tier.untestedUpstream();
    info.focusAreas = listOrNull(s.change().focus(), SignalsJson::focusMatch);
    info.newcomer = s.newcomer().newcomer();
    info.newcomerReason = s.newcomer().reason();
    s.change().waitingSince().ifPresent(w -> info.waitingSince = Timestamp.from(w));
    info.waitingReason = waitingReason(s);
    if (s.change().exempt()) {
      info.exempt = true;
    }
    info.ignored = s.ignored().ignored();
    info.ignoredReason = ignoredReason(s.ignored());
    return info;
  }

  /** JSON leaves out empty lists: absent means "none". */
  private static <T, R> ImmutableList<R> listOrNull(List<T> items, Function<T, R> format) {
    return items.isEmpty()
        ? null
        : items.stream().map(format).collect(ImmutableList.toImmutableList());
  }

  private static String tierName(TierSignal tier) {
    return tier.tier().map(ConfigEnums::name).orElse(null);
  }

  private static ChangeHealthInfo.FocusAreaRefInfo focusRef(FocusSignal f) {
    ChangeHealthInfo.FocusAreaRefInfo r = new ChangeHealthInfo.FocusAreaRefInfo();
    r.name = f.name();
    r.score = round(f.score());
    r.linked = f.linkedBy().isPresent() ? true : null;
    return r;
  }

  private static SignalsInfo.FocusMatchInfo focusMatch(FocusSignal f) {
    SignalsInfo.FocusMatchInfo r = new SignalsInfo.FocusMatchInfo();
    r.name = f.name();
    r.score = round(f.score());
    r.weight = f.weight();
    r.terms =
        listOrNull(
            f.hits().stream().filter(h -> !h.field().equals(FocusFields.PATH)).toList(),
            h -> h.field() + ":" + h.text());
    r.paths =
        listOrNull(
            f.hits().stream().filter(h -> h.field().equals(FocusFields.PATH)).toList(),
            FocusHit::text);
    r.linkedBy = f.linkedBy().orElse(null);
    r.neighbours =
        listOrNull(
            f.neighbours(),
            n -> {
              SignalsInfo.NeighbourInfo i = new SignalsInfo.NeighbourInfo();
              i.number = n.number();
              i.subject = n.subject();
              i.similarity = round(n.similarity());
              return i;
            });
    r.clues =
        listOrNull(
            f.clues(),
            c -> {
              SignalsInfo.ClueInfo i = new SignalsInfo.ClueInfo();
              i.field = c.field();
              i.term = c.term();
              i.worth = round(c.worth());
              return i;
            });
    return r;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String waitingReason(Signals s) {
    if (s.change().exempt()) {
      return "exempt: the change matches this project's [review] exempt query, so it is never"
          + " flagged or reminded";
    }
    return s.change()
        .waitingSince()
        .map(
            since ->
                "waiting on reviewers since "
                    + UTC_MINUTES.format(since)
                    + ": nobody but the owner and bots has voted or commented since the latest"
                    + " patch set or the owner's reply to a reviewer")
        .orElse(
            "not waiting on reviewers: the change is closed, work in progress or private, or a"
                + " reviewer has responded since the latest patch set");
  }

  private static String ignoredReason(IgnoredVerdict v) {
    String threshold =
        EffectiveConfig.format(v.threshold())
            + (v.workingDays() ? " of working days" : "")
            + (v.newcomerThreshold() ? " (newcomerIgnoredAfter)" : " (ignoredAfter)");
    if (v.waitingSince().isEmpty()) {
      return "not waiting, so not ignored; the limit is " + threshold;
    }
    return "waited "
        + EffectiveConfig.format(v.waited().withNanos(0))
        + " of "
        + threshold
        + (v.ignored()
            ? "; ignored since " + v.ignoredFrom().map(UTC_MINUTES::format).orElse("now")
            : "");
  }

  static String format(Instant instant) {
    return UTC_MINUTES.format(instant);
  }

  private SignalsJson() {}
}
