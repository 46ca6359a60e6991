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
import com.google.common.util.concurrent.UncheckedExecutionException;
import com.google.gerrit.extensions.events.LifecycleListener;
import com.google.gerrit.server.git.WorkQueue;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The sweep's threads, on Gerrit's {@link WorkQueue} so that {@code gerrit show-queue} and {@code
 * GET /config/server/tasks} list a sweep and its batches of signals while they run: {@value
 * #SWEEP_QUEUE} runs whole sweeps, at most {@link #CONCURRENT_SWEEPS} at once (the scheduled one
 * and one requested over REST, as before the queue; a third waits), {@value #SIGNALS_QUEUE}
 * computes their signals on {@link Sweeper#EVALUATION_THREADS} threads. While the plugin is stopped
 * (or not yet started) work runs on the caller's thread.
 */
@Singleton
class SweepQueues implements LifecycleListener {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  static final String SWEEP_QUEUE = "community-health-sweep";
  static final String SIGNALS_QUEUE = "community-health-sweep-signals";

  /** Sweeps at once: two sweeps racing still post one reminder (see {@code BotPoster}). */
  static final int CONCURRENT_SWEEPS = 2;

  private final WorkQueue workQueue;
  private volatile ScheduledExecutorService sweeps;
  private volatile ScheduledExecutorService signals;

  @Inject
  SweepQueues(WorkQueue workQueue) {
    this.workQueue = workQueue;
  }

  @Override
  public void start() {
    sweeps = workQueue.createQueue(CONCURRENT_SWEEPS, SWEEP_QUEUE);
    signals = workQueue.createQueue(Sweeper.EVALUATION_THREADS, SIGNALS_QUEUE);
  }

  @Override
  public void stop() {
    ScheduledExecutorService s = sweeps;
    ScheduledExecutorService e = signals;
    sweeps = null;
    signals = null;
    for (ScheduledExecutorService q : new ScheduledExecutorService[] {s, e}) {
      if (q != null) {
        q.shutdown();
        try {
          q.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** Runs a whole sweep on {@value #SWEEP_QUEUE} and waits for it. */
  <T> T runSweep(String description, Callable<T> sweep) {
    return await(submit(sweeps, description, sweep));
  }

  /** Computes a batch of signals on {@value #SIGNALS_QUEUE}; the caller awaits the future. */
  <T> Future<T> submitSignals(String description, Callable<T> batch) {
    return submit(signals, description, batch);
  }

  /** The result of a future from this class, with the task's own exception rethrown as is. */
  static <T> T await(Future<T> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          // A sweep is not abandoned half-way; the interrupt is kept for the caller.
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new UncheckedExecutionException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> Future<T> submit(
      ScheduledExecutorService queue, String description, Callable<T> work) {
    FutureTask<T> task =
        new FutureTask<>(work) {
          @Override
          public String toString() {
            // What show-queue prints for the task.
            return "community-health: " + description;
          }
        };
    if (queue == null) {
      task.run();
      return task;
    }
    try {
      queue.execute(task);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      logger.atFine().log("sweep queue stopping; running %s on the caller's thread", description);
      task.run();
    }
    return task;
  }
}
