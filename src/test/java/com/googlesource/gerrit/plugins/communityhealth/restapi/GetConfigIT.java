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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import static com.google.common.truth.Truth.assertThat;

import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.acceptance.testsuite.project.TestProjectUpdate;
import com.google.gerrit.entities.Permission;
import com.google.gerrit.entities.Project;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.server.group.SystemGroupBackend;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.ConfigInfo;
import java.util.List;
import org.junit.Test;

public class GetConfigIT extends AbstractCommunityHealthIT {
  @Inject private ProjectOperations projectOperations;

  @Test
  public void projectWithoutFileGetsDefaults() throws Exception {
    ConfigInfo info = getJson(adminRestSession, configUrl(project), ConfigInfo.class);

    assertThat(info.project).isEqualTo(project.get());
    assertThat(info.enabled).isTrue();
    assertThat(info.problems).isNull();
    ConfigInfo.SectionInfo review = section(info, "review", null);
    assertThat(review.source).isEqualTo("default");
    assertThat(review.values.get("ignoredAfter").value).isEqualTo("7d");
    assertThat(review.values.get("ignoredAfter").source).isEqualTo("default");
    assertThat(section(info, "newcomer", null).values.get("welcome").value).isEqualTo("false");
  }

  @Test
  public void showsWhereEachValueCameFrom() throws Exception {
    Project.NameKey parent = projectOperations.newProject().create();
    Project.NameKey child = projectOperations.newProject().parent(parent).create();
    pushConfig(
            parent, "[feature \"libvirt\"]\n  path = nova/virt/libvirt/**\n  maturity = complete\n")
        .assertOkStatus();
    pushConfig(child, "[review]\n  newcomerIgnoredAfter = 36h\n").assertOkStatus();

    ConfigInfo info = getJson(adminRestSession, configUrl(child), ConfigInfo.class);

    ConfigInfo.SectionInfo feature = section(info, "feature", "libvirt");
    assertThat(feature.source).isEqualTo(parent.get());
    assertThat(feature.values.get("maturity").value).isEqualTo("complete");
    assertThat(feature.values.get("maturity").source).isEqualTo(parent.get());
    assertThat((List<?>) feature.values.get("path").value).containsExactly("nova/virt/libvirt/**");
    assertThat(feature.values.get("testing").source).isEqualTo("default");

    ConfigInfo.SectionInfo review = section(info, "review", null);
    assertThat(review.values.get("newcomerIgnoredAfter").value).isEqualTo("36h");
    assertThat(review.values.get("newcomerIgnoredAfter").source).isEqualTo(child.get());
    assertThat(review.values.get("ignoredAfter").source).isEqualTo("default");
  }

  @Test
  public void hiddenProjectIsNotFound() throws Exception {
    Project.NameKey hidden = projectOperations.newProject().create();
    projectOperations
        .project(hidden)
        .forUpdate()
        .add(
            TestProjectUpdate.block(Permission.READ)
                .ref(RefNames.REFS + "*")
                .group(SystemGroupBackend.ANONYMOUS_USERS))
        .update();

    userRestSession.get(configUrl(hidden)).assertNotFound();
    anonymousRestSession.get(configUrl(hidden)).assertNotFound();
    adminRestSession.get(configUrl(hidden)).assertOK();
  }

  private static String configUrl(Project.NameKey p) {
    return projectUrl(p) + "/" + PLUGIN + "~config";
  }

  private static ConfigInfo.SectionInfo section(ConfigInfo info, String section, String name) {
    return info.sections.stream()
        .filter(s -> s.section.equals(section) && java.util.Objects.equals(s.name, name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + section + " " + name));
  }
}
