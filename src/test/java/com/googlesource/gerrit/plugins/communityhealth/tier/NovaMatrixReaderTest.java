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

import static com.google.common.truth.Truth.assertThat;
import static org.junit.Assert.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.junit.Test;

public class NovaMatrixReaderTest {
  /** Written in the style of Nova's doc/source/user/feature-matrix-gp.ini. */
  private static final String MATRIX =
      """
      #
      # Lists all the CI jobs as targets
      #

      [target.libvirt-kvm]
      title=libvirt+kvm (x86 & ppc64)
      link=http://docs.openstack.org/infra/manual/developers.html#project-gating

      [target.vmware]
      title=VMware CI
      link=https://wiki.openstack.org/wiki/NovaVMware/Minesweeper

      [target.ironic]
      title=Ironic
      link=

      #
      # Lists all features
      #

      [operation.create-delete-server]
      title=Create Server and Delete Server
      notes=This includes creating a server, and deleting a server.
        Specifically this is about booting a server from a glance image
        using the default disk and network configuration.
      maturity=complete
      api_doc_link=https://docs.openstack.org/api-ref/compute/#servers-servers
      admin_doc_link=https://docs.openstack.org/nova/latest/user/launch-instances.html
      tempest_test_uuids=9a438d88-10c6-4bcd-8b5b-5b6e25e1346f;585e934c-448e-43c4-acbf-d06a9b899997
      cli=openstack server create <name>
      libvirt-kvm=complete
      vmware=complete
      ironic=unknown

      [operation.serial-console]
      title = Serial console
      notes = Attach to the serial console of a server.
      maturity = Experimental
      api_doc_link = https://docs.openstack.org/api-ref/compute/#create-remote-console
      tempest_test_uuids = c1b6318c-b9da-490b-9c67-9339b627271f, 1164e700-0af0-4a4c-8792-35909a88743c
      libvirt-kvm = partial
      driver-notes-libvirt-kvm = This is not tested in a CI system, but it is implemented.
      vmware = complete:n
      ironic = missing

      ; spelled the way Nova's support matrix spells target keys
      [operation.trusted-certs]
      title: Trusted image certificates
      maturity: experimental
      admin_doc_link: https://docs.openstack.org/nova/latest/user/certificate-validation.html
      tempest_test_uuids:
      driver-impl-libvirt-kvm: complete:r
      driver-impl-vmware: missing
      driver-impl-ironic: missing

      [operation.rdp-console]
      title=RDP console
      maturity=deprecated
      tempest_test_uuids=
      libvirt-kvm=missing
      vmware=missing
      ironic=missing

      [operation.vgpu]
      title=Virtual GPUs
      libvirt-kvm=unknown
      vmware=missing
      ironic=unknown
      """;

  private static final NovaMatrixReader READER = NovaMatrixReader.parse(MATRIX);

  @Test
  public void readsTargetsAndWhetherTheyGate() {
    assertThat(READER.targets().keySet())
        .containsExactly("libvirt-kvm", "vmware", "ironic")
        .inOrder();
    assertThat(READER.targets().get("libvirt-kvm").gating()).isTrue();
    assertThat(READER.targets().get("vmware"))
        .isEqualTo(
            new MatrixTarget(
                "vmware",
                "VMware CI",
                Optional.of("https://wiki.openstack.org/wiki/NovaVMware/Minesweeper"),
                false));
    assertThat(READER.targets().get("ironic").link()).isEmpty();
  }

  @Test
  public void listsOperationsInFileOrder() {
    assertThat(READER.operations())
        .containsExactly(
            "operation.create-delete-server",
            "operation.serial-console",
            "operation.trusted-certs",
            "operation.rdp-console",
            "operation.vgpu")
        .inOrder();
    assertThat(READER.entries()).hasSize(5);
  }

  @Test
  public void readsAFullEntry() {
    assertThat(READER.entry("operation.create-delete-server"))
        .isEqualTo(
            new MatrixEntry(
                "operation.create-delete-server",
                "Create Server and Delete Server",
                Optional.of(
                    "This includes creating a server, and deleting a server.\n"
                        + "Specifically this is about booting a server from a glance image\n"
                        + "using the default disk and network configuration."),
                Maturity.COMPLETE,
                Testing.CHECKED,
                Docs.COMPLETE,
                ImmutableList.of(
                    "9a438d88-10c6-4bcd-8b5b-5b6e25e1346f", "585e934c-448e-43c4-acbf-d06a9b899997"),
                Optional.of("https://docs.openstack.org/api-ref/compute/#servers-servers"),
                Optional.of("https://docs.openstack.org/nova/latest/user/launch-instances.html"),
                Optional.of("openstack server create <name>"),
                ImmutableMap.of(
                    "libvirt-kvm", TargetStatus.COMPLETE,
                    "vmware", TargetStatus.COMPLETE,
                    "ironic", TargetStatus.UNKNOWN)));
  }

  @Test
  public void completeOnlyOnAThirdPartyCiIsRegularlyTested() {
    MatrixEntry e = READER.entry("operation.serial-console");
    assertThat(e.testing()).isEqualTo(Testing.REGULARLY_TESTED);
    assertThat(e.maturity()).isEqualTo(Maturity.EXPERIMENTAL);
    assertThat(e.docs()).isEqualTo(Docs.USER);
    assertThat(e.tempestTestUuids()).hasSize(2);
    assertThat(e.statuses().get("vmware")).isEqualTo(TargetStatus.COMPLETE);
  }

  @Test
  public void completeWithoutTempestTestsIsOnlyImplemented() {
    MatrixEntry e = READER.entry("operation.trusted-certs");
    assertThat(e.testing()).isEqualTo(Testing.IMPLEMENTED);
    assertThat(e.tempestTestUuids()).isEmpty();
    assertThat(e.statuses())
        .containsExactly(
            "libvirt-kvm", TargetStatus.COMPLETE,
            "vmware", TargetStatus.MISSING,
            "ironic", TargetStatus.MISSING)
        .inOrder();
  }

  @Test
  public void missingEverywhereIsNotImplemented() {
    MatrixEntry e = READER.entry("operation.rdp-console");
    assertThat(e.testing()).isEqualTo(Testing.NOT_IMPLEMENTED);
    assertThat(e.maturity()).isEqualTo(Maturity.DEPRECATED);
    assertThat(e.docs()).isEqualTo(Docs.NONE);
    assertThat(e.notes()).isEmpty();
  }

  @Test
  public void unknownAndMissingIsUnknownAndNoMaturityIsIncomplete() {
    MatrixEntry e = READER.entry("operation.vgpu");
    assertThat(e.testing()).isEqualTo(Testing.UNKNOWN);
    assertThat(e.maturity()).isEqualTo(Maturity.INCOMPLETE);
  }

  @Test
  public void testingDerivation() {
    ImmutableMap<String, MatrixTarget> targets = READER.targets();
    ImmutableList<String> tests = ImmutableList.of("t");
    assertThat(testing(tests, targets, "complete", "missing", "missing"))
        .isEqualTo(Testing.CHECKED);
    assertThat(testing(tests, targets, "partial", "complete", "missing"))
        .isEqualTo(Testing.REGULARLY_TESTED);
    assertThat(testing(tests, targets, "partial", "partial", "missing"))
        .isEqualTo(Testing.IMPLEMENTED);
    assertThat(testing(ImmutableList.of(), targets, "complete", "missing", "missing"))
        .isEqualTo(Testing.IMPLEMENTED);
    assertThat(testing(tests, targets, "missing", "missing", "missing"))
        .isEqualTo(Testing.NOT_IMPLEMENTED);
    assertThat(testing(tests, targets, "missing", "unknown", "missing")).isEqualTo(Testing.UNKNOWN);
    assertThat(NovaMatrixReader.testingOf(tests, ImmutableMap.of(), targets))
        .isEqualTo(Testing.UNKNOWN);
  }

  private static Testing testing(
      ImmutableList<String> tests, ImmutableMap<String, MatrixTarget> targets, String... statuses) {
    ImmutableMap.Builder<String, TargetStatus> b = ImmutableMap.builder();
    int i = 0;
    for (String id : targets.keySet()) {
      b.put(id, TargetStatus.valueOf(statuses[i++].toUpperCase()));
    }
    return NovaMatrixReader.testingOf(tests, b.buildOrThrow(), targets);
  }

  @Test
  public void oneBadRowDoesNotHideTheOthers() {
    NovaMatrixReader reader =
        NovaMatrixReader.parse(
            MATRIX + "\n[operation.broken]\ntitle=Broken\nmaturity=complete-and-required\n");
    assertThat(reader.entry("operation.vgpu").title()).isEqualTo("Virtual GPUs");
    assertThat(error(() -> reader.entry("operation.broken")))
        .isEqualTo(
            "[operation.broken] maturity: 'complete-and-required' is not a maturity; expected"
                + " incomplete, experimental, complete, required, deprecated (line 72)");
  }

  @Test
  public void errorsNameSectionAndKey() {
    String targets = "[target.kvm]\ntitle=KVM\n[target.xen]\ntitle=Xen\n";
    assertThat(entryError(targets + "[operation.a]\ntitle=A\nkvm=completed\nxen=missing\n"))
        .isEqualTo(
            "[operation.a] kvm: 'completed' is not a status; expected complete, partial, missing,"
                + " unknown (line 7)");
    assertThat(entryError(targets + "[operation.a]\ntitle=A\nkvm=complete\n"))
        .isEqualTo(
            "[operation.a] xen: is missing; every target needs a status: complete, partial,"
                + " missing, unknown");
    assertThat(entryError(targets + "[operation.a]\nkvm=complete\nxen=missing\n"))
        .isEqualTo("[operation.a] title: is missing or empty");
    assertThat(
            entryError(
                targets
                    + "[operation.a]\n"
                    + "title=A\n"
                    + "kvm=complete\n"
                    + "xen=missing\n"
                    + "driver-impl-hv=missing\n"))
        .isEqualTo("[operation.a] driver-impl-hv: names no declared [target.hv] (line 9)");
    assertThat(
            entryError(
                targets
                    + "[operation.a]\n"
                    + "title=A\n"
                    + "kvm=complete\n"
                    + "xen=missing\n"
                    + "driver-impl-kvm=missing\n"))
        .isEqualTo("[operation.a] driver-impl-kvm: repeats the status given as kvm (line 9)");
    assertThat(error(() -> NovaMatrixReader.parse("[target.kvm]\nlink=x\n")))
        .isEqualTo("[target.kvm] title: is missing or empty");
  }

  @Test
  public void unknownSectionListsTheOperations() {
    assertThat(error(() -> READER.entry("operation.snapshot")))
        .isEqualTo(
            "there is no operation section [operation.snapshot]; operations:"
                + " operation.create-delete-server, operation.serial-console,"
                + " operation.trusted-certs, operation.rdp-console, operation.vgpu");
    assertThat(error(() -> READER.entry("target.vmware")))
        .startsWith("there is no operation section [target.vmware]");
  }

  private static String entryError(String text) {
    return error(() -> NovaMatrixReader.parse(text).entry("operation.a"));
  }

  private static String error(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    fail("no error");
    return null;
  }
}
