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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static com.google.common.truth.Truth.assertWithMessage;

/**
 * {@code assertThrows} for these tests: the acceptance framework on the test classpath bundles an
 * older {@code org.junit.Assert} without it, and this package's tests stay free of Gerrit types.
 */
final class Thrown {
  static <T extends Throwable> T assertThrows(Class<T> expected, Runnable code) {
    try {
      code.run();
    } catch (Throwable t) {
      assertWithMessage("thrown exception").that(t).isInstanceOf(expected);
      return expected.cast(t);
    }
    assertWithMessage("expected %s to be thrown", expected.getSimpleName()).fail();
    throw new AssertionError("unreachable");
  }

  private Thrown() {}
}
