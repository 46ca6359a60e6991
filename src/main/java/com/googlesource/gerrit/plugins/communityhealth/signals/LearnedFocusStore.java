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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Stopwatch;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.git.WorkQueue;
import com.google.gerrit.server.project.ProjectCache;
import com.google.gerrit.server.project.ProjectState;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.RecentChangesLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.ExampleChange;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.FocusLearner;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each project's focus areas learned from their linked changes, kept in memory per project and
 * per policy revision (a configuration change makes it stale, and it is learned again).
 *
 * <p>Learning runs off the request path, on Gerrit's default work queue: the first time a project
 * with links needs it, {@value #REFRESH_DELAY_SECONDS} seconds after a change of such a project is
 * created, updated or merged (updates within that time share one run), and at once on {@code POST
 * ~focus-refresh}. Until it has run, areas match by their query and links alone.
 */
@Singleton
public class LearnedFocusStore {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** How long a refresh waits after a change update, so that a burst of updates learns once. */
  static final long REFRESH_DELAY_SECONDS = 60;

  /**
   * The evidence in force and its version (part of the signals cache key).
   *
   * @param focus what was learned; {@link LearnedFocus#EMPTY} when nothing was (yet)
   * @param version tells one learning of a project from another
   */
  public record Current(LearnedFocus focus, String version) {
    static final Current NONE = new Current(LearnedFocus.EMPTY, "none");
  }

  /**
   * What one refresh learned.
   *
   * @param changes recent changes read, linked or not
   * @param linked per area with a link, how many of them it selects (0 when none)
   * @param took how long reading and learning took
   */
  public record Refresh(int changes, ImmutableMap<String, Integer> linked, Duration took) {}

  private record Entry(String policyRevision, LearnedFocus focus, long generation) {}

  private final ProjectCache projectCache;
  private final PolicyLoader policyLoader;
  private final RecentChangesLoader recentChanges;
  private final WorkQueue workQueue;
  private final HealthMetrics metrics;
  private final FocusLearner learner = new FocusLearner(LearnerSettings.DEFAULT);
  private final ConcurrentHashMap<Project.NameKey, Entry> entries = new ConcurrentHashMap<>();
  private final Set<Project.NameKey> pending = ConcurrentHashMap.newKeySet();
  private final AtomicLong generations = new AtomicLong();

  @Inject
  LearnedFocusStore(
      ProjectCache projectCache,
      PolicyLoader policyLoader,
      RecentChangesLoader recentChanges,
      WorkQueue workQueue,
      HealthMetrics metrics) {
    this.projectCache = projectCache;
    this.policyLoader = policyLoader;
    this.recentChanges = recentChanges;
    this.workQueue = workQueue;
    this.metrics = metrics;
  }

  /**
   * The evidence learned for {@code project} under {@code policy}. When there is none for this
   * policy yet, learning is scheduled and the answer is {@link Current#NONE} meanwhile.
   */
  public Current current(Project.NameKey project, LoadedPolicy policy) {
    if (!hasLinks(policy)) {
      return Current.NONE;
    }
    Entry e = entries.get(project);
    if (e != null && e.policyRevision().equals(policy.revision())) {
      return new Current(e.focus(), "learned-" + e.generation());
    }
    schedule(project, 0);
    return Current.NONE;
  }

  /** A change of {@code project} was created, updated or merged: learn again soon. */
  public void changeUpdated(Project.NameKey project) {
    ProjectState state = projectCache.get(project).orElse(null);
    if (state != null && hasLinks(policyLoader.load(state))) {
      schedule(project, REFRESH_DELAY_SECONDS);
    }
  }

  /** Learns {@code project}'s evidence now, on the calling thread. */
  public Refresh refresh(Project.NameKey project) {
    requireNonNull(project, "project");
    Stopwatch sw = Stopwatch.createStarted();
    ProjectState state =
        projectCache
            .get(project)
            .orElseThrow(() -> new IllegalStateException("no project " + project));
    LoadedPolicy policy = policyLoader.load(state);
    ImmutableList<FocusAreaDefinition> areas = policy.policy().focusAreas();
    ImmutableList<ExampleChange> changes = recentChanges.load(project, areas, TimeUtil.now());
    LearnedFocus focus = learner.learn(changes);
    entries.put(project, new Entry(policy.revision(), focus, generations.incrementAndGet()));
    ImmutableMap.Builder<String, Integer> linked = ImmutableMap.builder();
    for (FocusAreaDefinition a : areas) {
      if (a.link().isPresent()) {
        linked.put(a.name(), focus.linkedCounts().getOrDefault(a.name(), 0));
      }
    }
    Duration took = Duration.ofNanos(sw.elapsed(TimeUnit.NANOSECONDS));
    logger.atFine().log(
        "learned focus areas of %s from %d recent changes in %s", project, changes.size(), took);
    return new Refresh(changes.size(), linked.build(), took);
  }

  private void schedule(Project.NameKey project, long delaySeconds) {
    if (!pending.add(project)) {
      return;
    }
    try {
      workQueue
          .getDefaultQueue()
          .schedule(
              new Runnable() {
                @Override
                public void run() {
                  pending.remove(project);
                  try {
                    refresh(project);
                  } catch (RuntimeException e) {
                    metrics.errors.increment(HealthMetrics.Component.SIGNALS);
                    logger.atWarning().withCause(e).log(
                        "learning focus areas of %s failed", project);
                  }
                }

                @Override
                public String toString() {
                  return "community-health: learn focus areas of " + project;
                }
              },
              delaySeconds,
              TimeUnit.SECONDS);
    } catch (RuntimeException e) {
      pending.remove(project);
      logger.atWarning().withCause(e).log("cannot schedule focus learning of %s", project);
    }
  }

  private static boolean hasLinks(LoadedPolicy policy) {
    return policy.policy().focusAreas().stream().anyMatch(a -> a.link().isPresent());
  }
}
