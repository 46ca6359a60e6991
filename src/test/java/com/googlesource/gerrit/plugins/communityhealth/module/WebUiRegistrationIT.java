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

package com.googlesource.gerrit.plugins.communityhealth.module;

import static com.google.common.truth.Truth.assertThat;

import com.google.gerrit.extensions.common.ServerInfo;
import com.googlesource.gerrit.plugins.communityhealth.acceptance.AbstractCommunityHealthIT;
import org.junit.Test;

/** The web UI learns which plugin scripts to load from the server info; ours must be listed. */
public class WebUiRegistrationIT extends AbstractCommunityHealthIT {
  @Test
  public void serverInfoListsTheWebUiScript() throws Exception {
    ServerInfo info = getJson(anonymousRestSession, "/config/server/info", ServerInfo.class);
    assertThat(info.plugin.jsResourcePaths)
        .contains("plugins/community-health/static/" + HttpModule.WEB_UI_SCRIPT);
  }
}
