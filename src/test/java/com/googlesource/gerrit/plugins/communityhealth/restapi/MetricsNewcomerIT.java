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
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.acceptance.testsuite.group.GroupOperations;
import com.google.gerrit.acceptance.testsuite.project.ProjectOperations;
import com.google.gerrit.entities.Project;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.MetricsInfo;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The dashboard's newcomer metrics use the signal's newcomer rule (issue 16): newcomer at the time
 * of the change, service users and {@code exemptGroup} members excluded, merged changes counted as
 * the signal counts them (not this project's alone).
 */
public class MetricsNewcomerIT extends AbstractCommunityHealthIT {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Inject private GroupOperations groupOperations;
  @Inject private ProjectOperations projectOperations;

  @Before
  public void setUp() {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  @Test
  public void onlyTheSignalsNewcomersCountAsNewcomersOnTheDashboard() throws Exception {
    TestAccount erin = accountCreator.create("erin", "erin@example.com", "Erin Exempt", null);
    String partners = name("partners");
    groupOperations.newGroup().name(partners).addMember(erin.id()).create();
    TestAccount zuul =
        accountCreator.create("zuul", "zuul@example.com", "Zuul", null, "Service Users");
    TestAccount vic = accountCreator.create("vic", "vic@example.com", "Vic Veteran", null);
    TestAccount nina = accountCreator.create("nina", "nina@example.com", "Nina New", null);
    // Vic is a regular elsewhere on the server, in a project everyone can read.
    Project.NameKey other = projectOperations.newProject().name(name("other")).create();
    for (int i = 0; i < 3; i++) {
      merge(pushChangeAs(vic, other, "Elsewhere " + i, "e" + i + ".txt", UTC));
    }
    pushConfig(
            project, "[newcomer]\n  maxMergedChanges = 3\n  exemptGroup = group:" + partners + "\n")
        .assertOkStatus();

    pushChangeAs(zuul, project, "Bot change", "z.txt", UTC);
    pushChangeAs(erin, project, "Partner change", "p.txt", UTC);
    pushChangeAs(vic, project, "Veteran's first here", "v.txt", UTC);
    pushChangeAs(nina, project, "Nina's first", "n.txt", UTC);

    MetricsInfo m =
        getJson(
            adminRestSession, projectUrl(project) + "/" + PLUGIN + "~metrics", MetricsInfo.class);
    // Only Nina: a service user's, an exempt member's and a regular's first change here are not.
    assertThat(m.timeToFirstReview.newcomers.changes).isEqualTo(1);
    assertThat(m.timeToFirstReview.others.changes).isAtLeast(3);
  }
}
