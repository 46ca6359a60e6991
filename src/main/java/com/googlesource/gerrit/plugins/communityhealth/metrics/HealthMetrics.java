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

package com.googlesource.gerrit.plugins.communityhealth.metrics;

import com.google.gerrit.metrics.Counter0;
import com.google.gerrit.metrics.Counter1;
import com.google.gerrit.metrics.Description;
import com.google.gerrit.metrics.Field;
import com.google.gerrit.metrics.MetricMaker;
import com.google.gerrit.metrics.Timer0;
import com.google.gerrit.metrics.Timer1;
import com.google.gerrit.server.logging.Metadata;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The plugin's metrics, all under {@code plugins/community-health/}. Listed in {@code metrics.md}.
 */
@Singleton
public class HealthMetrics {
  /** Where in the plugin a fault was caught. */
  public enum Component {
    ATTRIBUTE,
    SIGNALS,
    WELCOME,
    SWEEP,
    QUEUE,
    LISTENER,
    FEATURES,
    QUERY,
    EVENT,
    FIRST_REVIEW,
    /** A stored configuration or imported matrix file with problems; defaults apply. */
    CONFIG
  }

  public final Counter1<Component> errors;
  public final Counter0 welcomesPosted;
  public final Counter0 welcomesSkippedDryRun;
  public final Timer0 signalLatency;
  public final Timer0 sweepLatency;
  public final Counter0 sweepCandidates;
  public final Counter0 remindersPosted;
  public final Counter0 remindersDryRun;
  public final Timer1<Boolean> timeToFirstReview;

  @Inject
  HealthMetrics(MetricMaker metrics) {
    errors =
        metrics.newCounter(
            "errors",
            new Description("Faults caught inside the plugin; the signal was left out")
                .setRate()
                .setUnit("errors"),
            Field.ofEnum(Component.class, "component", Metadata.Builder::pluginName)
                .description("Where the fault was caught")
                .build());
    welcomesPosted =
        metrics.newCounter(
            "welcomes_posted",
            new Description("Welcome messages posted to newcomers").setRate().setUnit("messages"));
    welcomesSkippedDryRun =
        metrics.newCounter(
            "welcomes_dry_run",
            new Description("Welcomes computed but not posted because of dryRun")
                .setRate()
                .setUnit("messages"));
    signalLatency =
        metrics.newTimer(
            "signal_latency",
            new Description("Time to compute the signals of one change (cache misses)")
                .setCumulative()
                .setUnit(Description.Units.MILLISECONDS));
    sweepLatency =
        metrics.newTimer(
            "sweep_latency",
            new Description("Time to sweep all open changes for ignored reviews")
                .setCumulative()
                .setUnit(Description.Units.MILLISECONDS));
    sweepCandidates =
        metrics.newCounter(
            "sweep_candidates",
            new Description("Open changes the sweeper looked at (summed over sweeps)")
                .setRate()
                .setUnit("changes"));
    remindersPosted =
        metrics.newCounter(
            "reminders_posted",
            new Description("Reminders posted on ignored changes").setRate().setUnit("messages"));
    remindersDryRun =
        metrics.newCounter(
            "reminders_dry_run",
            new Description("Reminders computed but not posted because of a dry run")
                .setRate()
                .setUnit("messages"));
    timeToFirstReview =
        metrics.newTimer(
            "time_to_first_review",
            new Description(
                    "From a change's creation to the first vote or comment by a human other than"
                        + " its owner (CHAOSS Time to First Response)")
                .setCumulative()
                .setUnit(Description.Units.MILLISECONDS),
            Field.ofBoolean("newcomer", (b, v) -> {})
                .description("Whether the change owner is a newcomer")
                .build());
  }
}
