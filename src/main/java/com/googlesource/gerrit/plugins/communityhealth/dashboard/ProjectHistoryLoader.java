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

package com.googlesource.gerrit.plugins.communityhealth.dashboard;

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.index.change.ChangeField;
import com.google.gerrit.server.permissions.ChangePermission;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.permissions.RefPermission;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeDigestLoader;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeDigest;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's changes as the dashboard's metrics read them: every change the current user can see,
 * those updated since the window began with their review read (cached per meta revision), the older
 * ones from the index alone.
 *
 * <p>Visibility is checked here, change by change, not by the index query: a query that enforces
 * visibility stops at the caller's query limit (500 by default), and the metrics count changes,
 * they do not list them.
 */
@Singleton
public class ProjectHistoryLoader {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Changes read per request; beyond it the most recently updated ones count. */
  public static final int MAX_CHANGES = 50_000;

  /**
   * @param changes digests, in the index's order (most recently updated first)
   * @param open the open changes among them, for the signals
   * @param truncated whether the project has more changes than {@link #MAX_CHANGES}
   */
  public record Loaded(
      ImmutableList<ChangeDigest> changes, ImmutableList<ChangeData> open, boolean truncated) {}

  private final Provider<InternalChangeQuery> queryProvider;
  private final ChangeDigestLoader digests;
  private final HealthMetrics metrics;
  private final PermissionBackend permissionBackend;

  @Inject
  ProjectHistoryLoader(
      Provider<InternalChangeQuery> queryProvider,
      ChangeDigestLoader digests,
      HealthMetrics metrics,
      PermissionBackend permissionBackend) {
    this.queryProvider = queryProvider;
    this.digests = digests;
    this.metrics = metrics;
    this.permissionBackend = permissionBackend;
  }

  /** The project's visible changes, with review read for those updated at or after {@code from}. */
  public Loaded load(Project.NameKey project, Instant from) {
    ImmutableList<ChangeData> all =
        queryProvider
            .get()
            .enforceVisibility(false)
            .setLimit(MAX_CHANGES + 1)
            // Only the change and its meta revision from the index: decoding every stored field
            // of 20,000 changes is most of a warm request; the rest is cached per meta revision.
            .setRequestedFields(ChangeField.CHANGE_SPEC, ChangeField.REF_STATE_SPEC)
            .query(ChangePredicates.project(project));
    boolean truncated = all.size() > MAX_CHANGES;
    List<ChangeDigest> out = new ArrayList<>(all.size());
    ImmutableList.Builder<ChangeData> open = ImmutableList.builder();
    PermissionBackend.WithUser user = permissionBackend.currentUser();
    Map<String, Boolean> branchReadable = new HashMap<>();
    for (ChangeData cd : truncated ? all.subList(0, MAX_CHANGES) : all) {
      if (!visible(user, cd, branchReadable)) {
        continue;
      }
      if (cd.change().isNew()) {
        open.add(cd);
      }
      out.add(digest(cd, from));
    }
    return new Loaded(ImmutableList.copyOf(out), open.build(), truncated);
  }

  /**
   * Whether the user may read the change. A public change is readable when its branch is (asked
   * once per branch: 20,000 changes sit on a handful of branches); a private one is checked whole.
   */
  private boolean visible(
      PermissionBackend.WithUser user, ChangeData cd, Map<String, Boolean> branchReadable) {
    try {
      if (!cd.change().isPrivate()) {
        String branch = cd.change().getDest().branch();
        Boolean readable = branchReadable.get(branch);
        if (readable == null) {
          readable = user.project(cd.project()).ref(branch).test(RefPermission.READ);
          branchReadable.put(branch, readable);
        }
        return readable;
      }
      return user.change(cd).test(ChangePermission.READ);
    } catch (PermissionBackendException | RuntimeException e) {
      logger.atWarning().withCause(e).log("visibility of %s unknown; left out", cd.getId());
      return false;
    }
  }

  private ChangeDigest digest(ChangeData cd, Instant from) {
    if (cd.change().getLastUpdatedOn().isBefore(from)) {
      return ChangeDigestLoader.outline(cd);
    }
    try {
      return digests.digest(cd);
    } catch (RuntimeException e) {
      metrics.errors.increment(HealthMetrics.Component.SIGNALS);
      logger.atWarning().withCause(e).log("review of %s not read for the metrics", cd.getId());
      return ChangeDigestLoader.outline(cd);
    }
  }
}
