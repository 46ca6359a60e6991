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
import static java.util.concurrent.TimeUnit.SECONDS;

import com.google.gerrit.acceptance.PushOneCommit;
import com.google.gerrit.acceptance.RestResponse;
import com.google.gerrit.acceptance.TestAccount;
import com.google.gerrit.testing.TestTimeUtil;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import com.googlesource.gerrit.plugins.communityhealth.api.ConfigInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.FeatureInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.FeaturesInfo;
import java.time.ZoneId;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** {@code [feature] matrix}: a feature's tier read from a Nova feature matrix in the project. */
public class MatrixImportIT extends AbstractCommunityHealthIT {
  private static final String MATRIX_PATH = "doc/source/user/feature-matrix-gp.ini";

  /** An excerpt of Nova's doc/source/user/feature-matrix-gp.ini, in its own style. */
  private static final String MATRIX =
      """
      #
      # Lists all the CI jobs as targets
      #

      [target.libvirt-kvm]
      title=libvirt+kvm (x86 & ppc64)
      link=http://docs.openstack.org/infra/manual/developers.html#project-gating

      [target.libvirt-kvm-s390]
      title=libvirt+kvm (s390x)
      link=http://docs.openstack.org/infra/manual/developers.html#project-gating

      [target.vmware]
      title=VMware CI
      link=https://wiki.openstack.org/wiki/NovaVMware/Minesweeper

      [target.ironic]
      title=Ironic CI
      link=

      #
      # Lists all features
      #
      # Includes information on the feature, its maturity, status,
      # links to admin docs, api docs and tempest test uuids.
      #
      # It then lists the current state for each of the about CI jobs.
      # It is hoped this mapping will eventually be automated.
      #

      [operation.live-migrate]
      title=Live migrate instance across hosts
      notes=Live migration provides a way to move an instance off one
        compute host, to another compute host. Administrators may use
        this to evacuate instances from a host that needs to undergo
        maintenance tasks, though of course this may not help if the
        host is already suffering a failure.
      maturity=complete
      api_doc_link=https://docs.openstack.org/api-ref/compute/#live-migrate-server-os-migratelive-action
      admin_doc_link=https://docs.openstack.org/nova/latest/admin/live-migration-usage.html
      tempest_test_uuids=1dce86b8-eb04-4c03-a9d8-9c1dc3ee0c7b
      cli=openstack server migrate --live-migration <server>
      libvirt-kvm=complete
      libvirt-kvm-s390=complete
      vmware=missing
      ironic=missing

      [operation.trigger-crash-dump]
      title=Trigger crash dump
      notes=The trigger crash dump operation is a mechanism for triggering
        a crash dump in an instance.
      maturity=experimental
      api_doc_link=https://docs.openstack.org/api-ref/compute/#trigger-crash-dump-in-server
      tempest_test_uuids=
      cli=openstack server dump create <server>
      libvirt-kvm=complete
      libvirt-kvm-s390=complete
      vmware=missing
      ironic=complete
      """;

  private TestAccount contributor;

  @Before
  public void setUp() throws Exception {
    TestTimeUtil.resetWithClockStep(1, SECONDS);
    contributor = accountCreator.create("carla", "carla@example.com", "Carla Contributor", null);
  }

  @After
  public void resetTime() {
    TestTimeUtil.useSystemTime();
  }

  private static String config(String liveMigrateSection) {
    return """
    [feature "live-migration"]
      path = nova/virt/libvirt/migration.py
      path = nova/compute/migration_list.py
      matrix = "%s#%s"
    [feature "crash-dump"]
      path = nova/virt/libvirt/crash_dump.py
      matrix = "%s#operation.trigger-crash-dump"
      testing = implemented
    """
        .formatted(MATRIX_PATH, liveMigrateSection, MATRIX_PATH);
  }

  @Test
  public void theTierComesFromTheMatrixOnChangesAndInTheSupportMatrix() throws Exception {
    commitToMaster(MATRIX_PATH, MATRIX);
    pushConfig(project, config("operation.live-migrate")).assertOkStatus();

    PushOneCommit.Result c = pushChange("nova/virt/libvirt/migration.py");
    JsonObject attr = attribute(c.getChangeId());
    assertThat(attr.get("tier").getAsString()).isEqualTo("complete");
    assertThat(attr.get("untested_upstream").getAsBoolean()).isFalse();
    JsonObject feature = attr.getAsJsonArray("features").get(0).getAsJsonObject();
    assertThat(feature.get("testing").getAsString()).isEqualTo("checked");

    FeaturesInfo matrix = features();
    FeatureInfo live = matrix.features.get(0);
    assertThat(live.name).isEqualTo("live-migration");
    assertThat(live.title).isEqualTo("Live migrate instance across hosts");
    assertThat(live.maturity).isEqualTo("complete");
    // Tempest tests and a complete gating target: tested in the check queue.
    assertThat(live.testing).isEqualTo("checked");
    assertThat(live.docs).isEqualTo("complete");
    assertThat(live.matrix).isEqualTo(MATRIX_PATH + "#operation.live-migrate");
    assertThat(live.activity.open).isEqualTo(1);

    FeatureInfo crash = matrix.features.get(1);
    assertThat(crash.maturity).isEqualTo("experimental");
    // Declared in the configuration: wins over the matrix.
    assertThat(crash.testing).isEqualTo("implemented");
    assertThat(crash.docs).isEqualTo("user");

    ConfigInfo config =
        getJson(adminRestSession, projectUrl(project) + "/" + PLUGIN + "~config", ConfigInfo.class);
    assertThat(config.problems).isNull();
    ConfigInfo.SectionInfo liveSection = section(config, "live-migration");
    assertThat(liveSection.values.get("maturity").value).isEqualTo("complete");
    assertThat(liveSection.values.get("maturity").source)
        .isEqualTo(MATRIX_PATH + "#operation.live-migrate");
    assertThat(liveSection.values.get("matrix").value)
        .isEqualTo(MATRIX_PATH + "#operation.live-migrate");
    assertThat(section(config, "crash-dump").values.get("testing").source).isEqualTo(project.get());
  }

  @Test
  public void anEditOfTheMatrixIsSeenAtOnce() throws Exception {
    commitToMaster(MATRIX_PATH, MATRIX);
    pushConfig(project, config("operation.live-migrate")).assertOkStatus();
    PushOneCommit.Result c = pushChange("nova/compute/migration_list.py");
    assertThat(attribute(c.getChangeId()).get("tier").getAsString()).isEqualTo("complete");

    commitToMaster(
        MATRIX_PATH,
        MATRIX.replace(
            "maturity=complete\napi_doc_link=https://docs.openstack.org/api-ref/compute/#live",
            "maturity=deprecated\napi_doc_link=https://docs.openstack.org/api-ref/compute/#live"));

    // The same change, not updated itself: its signals follow the file.
    assertThat(attribute(c.getChangeId()).get("tier").getAsString()).isEqualTo("deprecated");
    assertThat(features().features.get(0).maturity).isEqualTo("deprecated");
  }

  @Test
  public void aMissingSectionInAnExistingMatrixIsRejectedOnPush() throws Exception {
    commitToMaster(MATRIX_PATH, MATRIX);

    PushOneCommit.Result r = pushConfig(project, config("operation.live-migration"));

    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage(
        "[feature \"live-migration\"] matrix: cannot import "
            + MATRIX_PATH
            + "#operation.live-migration on refs/heads/master: there is no operation section"
            + " [operation.live-migration]; operations: operation.live-migrate,"
            + " operation.trigger-crash-dump");
  }

  @Test
  public void aMatrixThatDoesNotExistYetOnlyWarnsAndLeavesTheDeclaredValues() throws Exception {
    PushOneCommit.Result r = pushConfig(project, config("operation.live-migrate"));

    r.assertOkStatus();
    r.assertMessage("WARNING: commit");
    r.assertMessage(
        "community-health.config: [feature \"live-migration\"] matrix: "
            + MATRIX_PATH
            + "#operation.live-migrate on refs/heads/master does not exist yet");
    FeaturesInfo matrix = features();
    assertThat(matrix.features.get(0).maturity).isEqualTo("experimental");
    assertThat(matrix.features.get(0).matrix).isNull();
    assertThat(matrix.features.get(1).testing).isEqualTo("implemented");

    ConfigInfo config =
        getJson(adminRestSession, projectUrl(project) + "/" + PLUGIN + "~config", ConfigInfo.class);
    assertThat(config.problems)
        .contains(
            "community-health.config: [feature \"live-migration\"] matrix: "
                + MATRIX_PATH
                + "#operation.live-migrate on refs/heads/master does not exist; the declared"
                + " values apply");

    // Added later: picked up without touching the configuration.
    commitToMaster(MATRIX_PATH, MATRIX);
    assertThat(features().features.get(0).maturity).isEqualTo("complete");
  }

  @Test
  public void aMatrixBrokenLaterLeavesTheDeclaredValuesAndSaysWhy() throws Exception {
    commitToMaster(MATRIX_PATH, MATRIX);
    pushConfig(project, config("operation.live-migrate")).assertOkStatus();

    commitToMaster(MATRIX_PATH, MATRIX + "\nthis line is no ini\n");

    FeatureInfo live = features().features.get(0);
    assertThat(live.maturity).isEqualTo("experimental");
    assertThat(live.matrix).isNull();
    ConfigInfo config =
        getJson(adminRestSession, projectUrl(project) + "/" + PLUGIN + "~config", ConfigInfo.class);
    assertThat(config.problems).hasSize(2);
    long badLine = MATRIX.chars().filter(ch -> ch == '\n').count() + 2;
    assertThat(config.problems.get(0))
        .contains("the file is not a feature matrix: line " + badLine + ": expected 'key = value'");
  }

  @Test
  public void anUnquotedReferenceIsRejectedSayingWhy() throws Exception {
    PushOneCommit.Result r =
        pushConfig(
            project,
            "[feature \"live-migration\"]\n  path = nova/**\n  matrix = "
                + MATRIX_PATH
                + "#operation.live-migrate\n");
    r.assertErrorStatus("invalid community-health.config");
    r.assertMessage("'#' starts a comment unless the value is in double quotes");
  }

  @Test
  public void aBranchCanBeNamed() throws Exception {
    commitToMaster(MATRIX_PATH, MATRIX);
    pushConfig(
            project,
            "[feature \"live-migration\"]\n  path = nova/**\n  matrix = \""
                + MATRIX_PATH
                + "@master#operation.live-migrate\"\n")
        .assertOkStatus();
    assertThat(features().features.get(0).maturity).isEqualTo("complete");

    PushOneCommit.Result r =
        pushConfig(
            project,
            "[feature \"live-migration\"]\n  path = nova/**\n  matrix = \""
                + MATRIX_PATH
                + "@stable/zed#operation.live-migrate\"\n");
    r.assertOkStatus();
    r.assertMessage("on refs/heads/stable/zed does not exist yet");
  }

  private void commitToMaster(String path, String content) throws Exception {
    PushOneCommit.Result r =
        pushFactory
            .create(admin.newIdent(), testRepo, "Update the feature matrix", path, content)
            .to("refs/for/master");
    r.assertOkStatus();
    merge(r);
  }

  private PushOneCommit.Result pushChange(String file) throws Exception {
    return pushChangeAs(contributor, project, "Touch " + file, file, ZoneId.of("UTC"));
  }

  private FeaturesInfo features() throws Exception {
    return getJson(
        adminRestSession, projectUrl(project) + "/" + PLUGIN + "~features", FeaturesInfo.class);
  }

  private static ConfigInfo.SectionInfo section(ConfigInfo info, String feature) {
    return info.sections.stream()
        .filter(s -> s.section.equals("feature") && feature.equals(s.name))
        .findFirst()
        .orElseThrow();
  }

  private JsonObject attribute(String changeId) throws Exception {
    RestResponse r = adminRestSession.get("/changes/" + changeId);
    r.assertOK();
    for (JsonElement p :
        JsonParser.parseReader(r.getReader()).getAsJsonObject().getAsJsonArray("plugins")) {
      if (p.getAsJsonObject().get("name").getAsString().equals(PLUGIN)) {
        return p.getAsJsonObject();
      }
    }
    throw new AssertionError("no " + PLUGIN + " attribute");
  }
}
