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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import static com.google.common.truth.Truth.assertThat;

import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Test;

public class RegionTest {
  private static Region of(String offset) {
    return Region.of(ZoneOffset.of(offset));
  }

  @Test
  public void realOffsetsFallInTheirRegions() {
    assertThat(of("+05:30")).isEqualTo(Region.ASIA_PACIFIC); // India
    assertThat(of("+09:00")).isEqualTo(Region.ASIA_PACIFIC); // Japan, Korea
    assertThat(of("+13:45")).isEqualTo(Region.ASIA_PACIFIC); // Chatham Islands in summer
    assertThat(of("+14:00")).isEqualTo(Region.ASIA_PACIFIC); // Line Islands
    assertThat(of("-08:00")).isEqualTo(Region.AMERICAS); // US Pacific
    assertThat(of("-03:00")).isEqualTo(Region.AMERICAS); // Brazil
    assertThat(of("-12:00")).isEqualTo(Region.AMERICAS);
    assertThat(of("+00:00")).isEqualTo(Region.EUROPE_AFRICA);
    assertThat(of("+02:00")).isEqualTo(Region.EUROPE_AFRICA);
  }

  @Test
  public void edgesSitInTheOceans() {
    assertThat(of("-02:00")).isEqualTo(Region.AMERICAS);
    assertThat(of("-01:00")).isEqualTo(Region.EUROPE_AFRICA); // Azores
    assertThat(of("+04:00")).isEqualTo(Region.EUROPE_AFRICA); // Gulf
    assertThat(of("+04:30")).isEqualTo(Region.ASIA_PACIFIC); // Afghanistan
  }

  @Test
  public void noOffsetIsUnknown() {
    assertThat(Region.of(Optional.empty())).isEqualTo(Region.UNKNOWN);
    assertThat(Region.UNKNOWN.key()).isEqualTo("unknown");
    assertThat(Region.EUROPE_AFRICA.label()).isEqualTo("Europe/Africa");
  }
}
