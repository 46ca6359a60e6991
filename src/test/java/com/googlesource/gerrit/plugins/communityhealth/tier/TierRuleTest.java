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
import static com.googlesource.gerrit.plugins.communityhealth.tier.TestFeatures.feature;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.Test;

public class TierRuleTest {
  private static final FeatureDefinition LIBVIRT =
      feature("libvirt", Maturity.COMPLETE, Testing.CHECKED, "nova/virt/libvirt/**");
  private static final FeatureDefinition ZVM =
      feature("zvm", Maturity.EXPERIMENTAL, Testing.REGULARLY_TESTED, "nova/virt/zvm/**");
  private static final FeatureDefinition VMWARE =
      feature("vmware", Maturity.EXPERIMENTAL, Testing.IMPLEMENTED, "nova/virt/vmwareapi/**");
  private static final FeatureDefinition XEN =
      feature("xen", Maturity.DEPRECATED, Testing.UNKNOWN, "nova/virt/xenapi/**");
  private static final FeatureDefinition API =
      feature("api", Maturity.REQUIRED, Testing.CHECKED, "nova/api/**");

  private static TierSignal evaluate(FeatureDefinition... touched) {
    ImmutableList.Builder<MatchedFeature> matches = ImmutableList.builder();
    for (FeatureDefinition f : touched) {
      matches.add(new MatchedFeature(f, "some/path", f.paths().get(0), 1));
    }
    ImmutableList<MatchedFeature> m = matches.build();
    return TierRule.evaluate(m.isEmpty() ? FeatureMatch.NONE : new FeatureMatch(m));
  }

  @Test
  public void noTouchedFeatureMeansNoTierAndNotUntested() {
    TierSignal signal = evaluate();
    assertThat(signal).isEqualTo(TierSignal.NONE);
    assertThat(signal.tier()).isEmpty();
    assertThat(signal.untestedUpstream()).isFalse();
    assertThat(signal.features()).isEmpty();
  }

  @Test
  public void tierIsTheWeakestMaturity() {
    assertThat(evaluate(API, LIBVIRT).tier()).hasValue(Maturity.COMPLETE);
    assertThat(evaluate(LIBVIRT, XEN, API).tier()).hasValue(Maturity.DEPRECATED);
    assertThat(evaluate(API).tier()).hasValue(Maturity.REQUIRED);
  }

  @Test
  public void weakestFeatureIsTheFirstDeclaredAmongTies() {
    TierSignal signal = evaluate(LIBVIRT, ZVM, VMWARE);
    assertThat(signal.weakestFeature()).isEqualTo(Optional.of(ZVM));
    assertThat(signal.tier()).hasValue(Maturity.EXPERIMENTAL);
  }

  @Test
  public void untestedUpstreamWhenAnyTouchedFeatureIsBelowRegularlyTested() {
    assertThat(evaluate(LIBVIRT, ZVM).untestedUpstream()).isFalse();
    TierSignal signal = evaluate(LIBVIRT, VMWARE, XEN);
    assertThat(signal.untestedUpstream()).isTrue();
    assertThat(signal.untestedFeatures()).containsExactly(VMWARE, XEN).inOrder();
  }

  @Test
  public void keepsThePathReasons() {
    FeatureClassifier classifier = FeatureClassifier.compile(ImmutableList.of(LIBVIRT, VMWARE));
    TierSignal signal =
        TierRule.evaluate(
            classifier.classify(
                ImmutableList.of("nova/virt/vmwareapi/vm_util.py", "nova/virt/libvirt/driver.py")));
    assertThat(signal.features()).containsExactly(LIBVIRT, VMWARE).inOrder();
    assertThat(signal.matches().get(1))
        .isEqualTo(
            new MatchedFeature(
                VMWARE, "nova/virt/vmwareapi/vm_util.py", "nova/virt/vmwareapi/**", 1));
  }

  @Test
  public void rejectsATierWithoutFeatures() {
    try {
      new TierSignal(ImmutableList.of(), Optional.of(LIBVIRT), ImmutableList.of());
    } catch (IllegalArgumentException expected) {
      return;
    }
    throw new AssertionError("a tier without touched features was accepted");
  }
}
