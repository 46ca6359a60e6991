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

package com.googlesource.gerrit.plugins.communityhealth.ui;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The top menu leads to screens the web UI plugin registers: every screen name the menu links to is
 * one {@code web/src/registrations.ts} registers with {@code plugin.screen}, and the other way
 * round.
 */
public class TopMenuScreensTest {
  @Test
  public void menuScreensAreTheRegisteredScreens() throws Exception {
    String registrations =
        Files.readString(Path.of("web/src/registrations.ts").toAbsolutePath(), UTF_8);
    Matcher m =
        Pattern.compile("\\{kind: 'screen', endpoint: '([a-z-]+)', tag: '[a-z-]+'}")
            .matcher(registrations);
    Set<String> registered = new LinkedHashSet<>();
    while (m.find()) {
      registered.add(m.group(1));
    }
    assertWithMessage("screens registered in web/src/registrations.ts")
        .that(registered)
        .containsExactly(
            CommunityHealthTopMenu.QUEUE_SCREEN, CommunityHealthTopMenu.DASHBOARD_SCREEN)
        .inOrder();
  }
}
