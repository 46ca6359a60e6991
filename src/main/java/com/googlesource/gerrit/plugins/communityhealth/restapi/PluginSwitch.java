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

import com.google.gerrit.extensions.restapi.ResourceConflictException;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;

/** The one answer of every view while the plugin is switched off ({@code enabled = false}). */
public final class PluginSwitch {
  /** Throws 409 Conflict when the plugin is disabled on this server. */
  public static void checkEnabled(ServerSettings settings) throws ResourceConflictException {
    if (!settings.enabled()) {
      throw new ResourceConflictException("community-health is disabled on this server");
    }
  }

  private PluginSwitch() {}
}
