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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.extensions.events.LifecycleListener;
import com.google.gerrit.server.git.WorkQueue;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.util.concurrent.ScheduledFuture;

/**
 * Runs the {@link Sweeper} every {@code sweepInterval} on Gerrit's default work queue, from the
 * plugin's start to its stop. The first sweep comes one interval after the start, so a restart
 * never sweeps twice in a row. A sweep that fails is logged and counted, and the next one runs on
 * time: an exception escaping a periodic task would cancel every later run.
 */
@Singleton
class SweepSchedule implements LifecycleListener {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final WorkQueue workQueue;
  private final ServerSettings settings;
  private final Sweeper sweeper;
  private final HealthMetrics metrics;
  private ScheduledFuture<?> future;

  @Inject
  SweepSchedule(
      WorkQueue workQueue, ServerSettings settings, Sweeper sweeper, HealthMetrics metrics) {
    this.workQueue = workQueue;
    this.settings = settings;
    this.sweeper = sweeper;
    this.metrics = metrics;
  }

  @Override
  public synchronized void start() {
    if (!settings.enabled()) {
      logger.atInfo().log("community-health is disabled; no sweeps");
      return;
    }
    long interval = settings.sweepInterval().toMillis();
    future =
        workQueue
            .getDefaultQueue()
            .scheduleAtFixedRate(new SweepTask(), interval, interval, MILLISECONDS);
    logger.atInfo().log("sweeping for ignored reviews every %s", settings.sweepInterval());
  }

  @Override
  public synchronized void stop() {
    if (future != null) {
      future.cancel(true);
      future = null;
    }
  }

  private class SweepTask implements Runnable {
    @Override
    public void run() {
      try {
        sweeper.sweep(false);
      } catch (Throwable t) {
        metrics.errors.increment(HealthMetrics.Component.SWEEP);
        logger.atSevere().withCause(t).log("sweep failed; the next one runs as scheduled");
      }
    }

    @Override
    public String toString() {
      return "community-health: sweep for ignored reviews";
    }
  }
}
