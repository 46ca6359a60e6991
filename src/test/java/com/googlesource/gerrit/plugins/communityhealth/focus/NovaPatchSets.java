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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** Patch sets as Nova's review queue has them, for focus tests. */
final class NovaPatchSets {
  /** An upgrade change: online data migration, blueprint, bug, DB migration files. */
  static final PatchSetText FLAVOR_MIGRATION =
      new PatchSetText(
          "Add online data migration for instance.flavor",
          """
          Add online data migration for instance.flavor

          Computes that have not been upgraded yet still read the flavor from
          the old column. This adds an online data migration so that rolling
          upgrades keep working; operators run it with
          nova-manage db online_data_migrations.

          Implements: blueprint smoother-upgrades
          Closes-Bug: #1234567
          Change-Id: I2a0c3a7e5c0f4f3b9d1e8c6b7a5f4e3d2c1b0a99
          """,
          ImmutableList.of(
              "/COMMIT_MSG",
              "nova/db/main/api.py",
              "nova/db/main/migrations/versions/13863f4e1612_add_instance_flavor.py",
              "nova/objects/instance.py",
              "nova/tests/unit/objects/test_instance.py"),
          Optional.of("bp/smoother-upgrades"),
          ImmutableList.of("Upgrades"));

  /** A libvirt driver fix with nothing about upgrades. */
  static final PatchSetText LIBVIRT_FIX =
      new PatchSetText(
          "libvirt: Fix device detach retry on slow guests",
          """
          libvirt: Fix device detach retry on slow guests

          The guest may take longer than the retry interval to release the
          device. Wait for the libvirt event instead of polling.

          Closes-Bug: #1999999
          Change-Id: I0a1b2c3d4e5f60718293a4b5c6d7e8f901234567
          """,
          ImmutableList.of(
              "nova/virt/libvirt/driver.py",
              "nova/virt/libvirt/guest.py",
              "nova/tests/unit/virt/libvirt/test_driver.py"),
          Optional.empty(),
          ImmutableList.of());

  /** A documentation change. */
  static final PatchSetText DOCS =
      new PatchSetText(
          "docs: Describe the cells v2 layout",
          "docs: Describe the cells v2 layout\n\n"
              + "Change-Id: I1111111111111111111111111111111111111111\n",
          ImmutableList.of("doc/source/admin/cells.rst", "doc/source/index.rst"),
          Optional.of("cells-docs"),
          ImmutableList.of("docs", "low-hanging-fruit"));

  static PatchSetText withMessage(String subject, String message) {
    return new PatchSetText(
        subject, message, ImmutableList.of(), Optional.empty(), ImmutableList.of());
  }

  static PatchSetText withPaths(String... paths) {
    return new PatchSetText(
        "Change", "Change", ImmutableList.copyOf(paths), Optional.empty(), ImmutableList.of());
  }

  private NovaPatchSets() {}
}
