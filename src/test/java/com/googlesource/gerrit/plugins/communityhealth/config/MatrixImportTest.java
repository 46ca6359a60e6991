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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.tier.Docs;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixEntry;
import com.googlesource.gerrit.plugins.communityhealth.tier.MatrixRef;
import com.googlesource.gerrit.plugins.communityhealth.tier.Maturity;
import com.googlesource.gerrit.plugins.communityhealth.tier.Testing;
import java.time.Duration;
import java.util.Optional;
import org.junit.Test;

public class MatrixImportTest {
  private static final MatrixRef REF =
      MatrixRef.parse("doc/source/user/feature-matrix-gp.ini#operation.live-migrate");
  private static final FeatureDefinition DECLARED =
      new FeatureDefinition(
          "live-migration",
          "live-migration",
          ImmutableList.of("nova/virt/libvirt/migration.py"),
          Maturity.EXPERIMENTAL,
          Testing.UNKNOWN,
          Docs.NONE,
          ImmutableList.of("vera@example.com"),
          Optional.of(Duration.ofDays(30)));
  private static final MatrixEntry ROW =
      new MatrixEntry(
          "operation.live-migrate",
          "Live migrate instance across hosts",
          Optional.empty(),
          Maturity.COMPLETE,
          Testing.CHECKED,
          Docs.COMPLETE,
          ImmutableList.of("1dce86b8-eb04-4c03-a9d8-9c1dc3ee0c7b"),
          Optional.of("https://docs.openstack.org/api-ref/compute/#migrate-server"),
          Optional.of("https://docs.openstack.org/nova/latest/admin/live-migration-usage.html"),
          Optional.empty(),
          ImmutableMap.of());

  @Test
  public void undeclaredKeysComeFromTheRow() {
    FeatureDefinition f =
        new MatrixImport("live-migration", REF, false, false, false, false).apply(DECLARED, ROW);
    assertThat(f.title()).isEqualTo("Live migrate instance across hosts");
    assertThat(f.maturity()).isEqualTo(Maturity.COMPLETE);
    assertThat(f.testing()).isEqualTo(Testing.CHECKED);
    assertThat(f.docs()).isEqualTo(Docs.COMPLETE);
    // What a matrix does not know stays as declared.
    assertThat(f.name()).isEqualTo("live-migration");
    assertThat(f.paths()).isEqualTo(DECLARED.paths());
    assertThat(f.maintainers()).isEqualTo(DECLARED.maintainers());
    assertThat(f.unmaintainedAfter()).hasValue(Duration.ofDays(30));
  }

  @Test
  public void declaredKeysWin() {
    MatrixImport i = new MatrixImport("live-migration", REF, true, true, false, true);
    FeatureDefinition f = i.apply(DECLARED, ROW);
    assertThat(f.title()).isEqualTo("live-migration");
    assertThat(f.maturity()).isEqualTo(Maturity.EXPERIMENTAL);
    assertThat(f.testing()).isEqualTo(Testing.CHECKED);
    assertThat(f.docs()).isEqualTo(Docs.NONE);
    assertThat(i.imports(FeatureSection.KEY_TESTING)).isTrue();
    assertThat(i.imports(FeatureSection.KEY_MATURITY)).isFalse();
    assertThat(i.imports(FeatureSection.KEY_PATH)).isFalse();
  }
}
