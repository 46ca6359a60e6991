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

import com.google.common.base.Strings;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.extensions.annotations.PluginName;
import com.google.gerrit.server.config.PluginConfig;
import com.google.gerrit.server.config.PluginConfigFactory;
import com.google.inject.Inject;
import com.google.inject.Provider;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads {@link ServerSettings} once, when the plugin starts; gerrit.config changes take effect on
 * plugin reload or restart. Gerrit cannot refuse a bad gerrit.config, so bad values are logged and
 * replaced by defaults.
 */
class ServerSettingsProvider implements Provider<ServerSettings> {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final PluginConfigFactory configFactory;
  private final String pluginName;

  @Inject
  ServerSettingsProvider(PluginConfigFactory configFactory, @PluginName String pluginName) {
    this.configFactory = configFactory;
    this.pluginName = pluginName;
  }

  @Override
  public ServerSettings get() {
    PluginConfig cfg = configFactory.getFromGerritConfig(pluginName);
    String bot =
        Strings.emptyToNull(
            Strings.nullToEmpty(cfg.getString(ServerSettings.KEY_BOT_ACCOUNT)).trim());
    Duration interval = ServerSettings.DEFAULT_SWEEP_INTERVAL;
    String rawInterval = cfg.getString(ServerSettings.KEY_SWEEP_INTERVAL);
    if (rawInterval != null) {
      Optional<Duration> parsed = SectionReader.parseDuration(rawInterval);
      if (parsed.isPresent() && !parsed.get().isZero()) {
        interval = parsed.get();
      } else {
        logger.atWarning().log(
            "gerrit.config: [plugin \"%s\"] %s = '%s' is not a positive duration; using %s",
            pluginName, ServerSettings.KEY_SWEEP_INTERVAL, rawInterval, interval);
      }
    }
    int maxReminders =
        cfg.getInt(
            ServerSettings.KEY_MAX_REMINDERS_PER_SWEEP,
            ServerSettings.DEFAULT_MAX_REMINDERS_PER_SWEEP);
    if (maxReminders < 1) {
      logger.atWarning().log(
          "gerrit.config: [plugin \"%s\"] %s = %d is not a positive number; using %d",
          pluginName,
          ServerSettings.KEY_MAX_REMINDERS_PER_SWEEP,
          maxReminders,
          ServerSettings.DEFAULT_MAX_REMINDERS_PER_SWEEP);
      maxReminders = ServerSettings.DEFAULT_MAX_REMINDERS_PER_SWEEP;
    }
    return new ServerSettings(
        Optional.ofNullable(bot),
        interval,
        cfg.getBoolean(ServerSettings.KEY_ENABLED, true),
        maxReminders);
  }
}
