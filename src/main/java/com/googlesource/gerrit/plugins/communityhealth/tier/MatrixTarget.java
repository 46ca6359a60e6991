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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A column of a Nova feature matrix: a {@code [target.ID]} section.
 *
 * @param id the section name without {@code target.}, e.g. {@code libvirt-kvm}
 * @param title the human-readable name
 * @param link where the target's CI is described, if given
 * @param gating whether the target runs in the project's own check or gate queue; Nova links those
 *     targets to the infra manual's {@code #project-gating} section and third-party CIs to their
 *     own pages
 */
public record MatrixTarget(String id, String title, Optional<String> link, boolean gating) {
  public MatrixTarget {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(link, "link");
  }
}
