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

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.extensions.events.LifecycleListener;
import com.google.gerrit.server.git.WorkQueue;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The plugin's own work queue (visible in {@code gerrit show-queue} as {@code community-health}).
 * Listeners hand work to it and return, so that no push or review waits for the plugin; a fault in
 * a task is logged and counted and never reaches Gerrit.
 */
@Singleton
public class PluginWorkQueue implements LifecycleListener {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String QUEUE_NAME = "community-health";

  private final WorkQueue workQueue;
  private final HealthMetrics metrics;
  private volatile ScheduledExecutorService executor;

  @Inject
  PluginWorkQueue(WorkQueue workQueue, HealthMetrics metrics) {
    this.workQueue = workQueue;
    this.metrics = metrics;
  }

  @Override
  public void start() {
    executor = workQueue.createQueue(1, QUEUE_NAME);
  }

  @Override
  public void stop() {
    ScheduledExecutorService e = executor;
    executor = null;
    if (e != null) {
      e.shutdown();
      try {
        e.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits until every task queued before this call has run (a marker task on the single-threaded
   * queue). For tests and for an orderly stop.
   */
  public void awaitIdle(java.time.Duration timeout) throws Exception {
    ScheduledExecutorService e = executor;
    if (e != null) {
      e.submit(() -> {}).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Runs {@code task} on the queue; what it throws is logged and counted under {@code component}.
   */
  public void submit(String description, HealthMetrics.Component component, Runnable task) {
    ScheduledExecutorService e = executor;
    if (e == null) {
      logger.atWarning().log("plugin stopping; dropped: %s", description);
      return;
    }
    e.submit(
        new Runnable() {
          @Override
          public void run() {
            try {
              task.run();
            } catch (RuntimeException | Error err) {
              metrics.errors.increment(component);
              logger.atSevere().withCause(err).log("%s failed", description);
            }
          }

          @Override
          public String toString() {
            return "community-health: " + description;
          }
        });
  }
}
