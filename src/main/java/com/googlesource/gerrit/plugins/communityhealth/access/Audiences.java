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

import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.Change;
import com.google.gerrit.server.AnonymousUser;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.account.GroupMembership;
import com.google.gerrit.server.account.ListGroupMembership;
import com.google.gerrit.server.group.SystemGroupBackend;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.permissions.RefPermission;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells the {@link Audience} of a branch with Gerrit's own permission backend: can an anonymous
 * visitor read it, can a registered user who is in no group read it.
 */
@Singleton
public class Audiences {
  /** A registered user in no group but Anonymous Users and Registered Users. */
  private static final CurrentUser ANY_REGISTERED_USER =
      new CurrentUser() {
        @Override
        public GroupMembership getEffectiveGroups() {
          return new ListGroupMembership(
              ImmutableSet.of(
                  SystemGroupBackend.ANONYMOUS_USERS, SystemGroupBackend.REGISTERED_USERS));
        }

        @Override
        public Object getCacheKey() {
          return "community-health:any-registered-user";
        }

        @Override
        public String toString() {
          return "ANY_REGISTERED_USER";
        }
      };

  private final PermissionBackend permissionBackend;
  private final AnonymousUser anonymous;

  @Inject
  Audiences(PermissionBackend permissionBackend, AnonymousUser anonymous) {
    this.permissionBackend = permissionBackend;
    this.anonymous = anonymous;
  }

  /** Who may read {@code branch}; {@link Audience#RESTRICTED} when the backend cannot say. */
  public Audience of(BranchNameKey branch) {
    if (canRead(anonymous, branch)) {
      return Audience.ANONYMOUS;
    }
    if (canRead(ANY_REGISTERED_USER, branch)) {
      return Audience.REGISTERED;
    }
    return Audience.RESTRICTED;
  }

  /**
   * A test for other changes: whether a fact from one may be shown to the readers of a change on
   * {@code branch} (not private; the same branch, or a branch at least as readable by {@link
   * Audience#mayUse}). For one use: it remembers the branches it was asked about.
   */
  public java.util.function.Predicate<Change> usableFrom(BranchNameKey branch) {
    Audience readers = of(branch);
    Map<BranchNameKey, Audience> known = new HashMap<>();
    return c ->
        !c.isPrivate()
            && (c.getDest().equals(branch)
                || readers.mayUse(known.computeIfAbsent(c.getDest(), this::of)));
  }

  /**
   * A test for changes every registered user may read (and not private): for facts shown where no
   * one change's readers are at hand.
   */
  public java.util.function.Predicate<Change> readableByEveryRegisteredUser() {
    Map<BranchNameKey, Audience> known = new HashMap<>();
    return c ->
        !c.isPrivate() && Audience.RESTRICTED.mayUse(known.computeIfAbsent(c.getDest(), this::of));
  }

  private boolean canRead(CurrentUser user, BranchNameKey branch) {
    try {
      return permissionBackend
          .user(user)
          .project(branch.project())
          .ref(branch.branch())
          .test(RefPermission.READ);
    } catch (PermissionBackendException | RuntimeException e) {
      return false;
    }
  }
}
