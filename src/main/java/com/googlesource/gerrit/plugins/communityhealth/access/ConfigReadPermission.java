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

package com.googlesource.gerrit.plugins.communityhealth.access;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.permissions.RefPermission;
import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Gerrit's read rule for a project's configuration and for the branches a matrix import names: who
 * may read {@code refs/meta/config} (and so the whole {@code community-health.config}), and who may
 * read a given branch. Answers "no" when the permission backend cannot answer: nothing is shown on
 * a doubt.
 */
@Singleton
public class ConfigReadPermission {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final PermissionBackend permissionBackend;

  @Inject
  ConfigReadPermission(PermissionBackend permissionBackend) {
    this.permissionBackend = permissionBackend;
  }

  /** What the current caller may see of {@code project}'s configuration. */
  public ConfigVisibility visibility(Project.NameKey project) {
    return canRead(permissionBackend.currentUser(), project, RefNames.REFS_CONFIG)
        ? ConfigVisibility.FULL
        : ConfigVisibility.SIGNALS_ONLY;
  }

  /** What {@code user} may see of {@code project}'s configuration. */
  public ConfigVisibility visibility(CurrentUser user, Project.NameKey project) {
    return canRead(permissionBackend.user(user), project, RefNames.REFS_CONFIG)
        ? ConfigVisibility.FULL
        : ConfigVisibility.SIGNALS_ONLY;
  }

  /** Whether the current caller may read {@code ref} (a full ref name or a branch) of a project. */
  public boolean canReadBranch(Project.NameKey project, String ref) {
    return canRead(permissionBackend.currentUser(), project, ref);
  }

  /** Whether {@code user} may read {@code ref} (a full ref name or a branch) of a project. */
  public boolean canReadBranch(CurrentUser user, Project.NameKey project, String ref) {
    return canRead(permissionBackend.user(user), project, ref);
  }

  private static boolean canRead(
      PermissionBackend.WithUser user, Project.NameKey project, String ref) {
    String full = ref.startsWith("refs/") ? ref : RefNames.REFS_HEADS + ref;
    try {
      return user.project(project).ref(full).test(RefPermission.READ);
    } catch (PermissionBackendException e) {
      logger.atWarning().withCause(e).log("cannot check read of %s in %s", full, project);
      return false;
    }
  }
}
