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

package com.googlesource.gerrit.plugins.communityhealth.e2e;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The dashboard in headless Chromium against the real daemon with the demo data: the web browser
 * tests in their remote mode, which compare what the page draws with what the plugin's endpoints
 * answer for the same user.
 */
public class DashboardE2E extends DaemonE2ETestBase {
  @Test
  public void dashboardRendersTheDemoProjectsRealNumbers() throws Exception {
    Path web = baseDir.resolve("web");
    Path log = e2eDir.resolve("dashboard-browser-test.log");
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-c", "../tools/lib/chromium.sh && npm run browser-test")
            .directory(web.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().put("CH_BASE_URL", baseUrl);
    pb.environment().put("CH_PROJECT", DEMO_PROJECT);
    pb.environment().put("CH_USER", ADMIN);
    pb.environment().put("CH_HTTP_PASSWORD", PASSWORD);
    Process p = pb.start();
    p.getOutputStream().close();
    boolean done = p.waitFor(10, TimeUnit.MINUTES);
    if (!done) {
      p.destroyForcibly();
    }
    String output = Files.readString(log, UTF_8);
    assertWithMessage("browser test against %s:\n%s", baseUrl, tail(output))
        .that(done && p.exitValue() == 0)
        .isTrue();
  }

  private static String tail(String s) {
    return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
  }
}
