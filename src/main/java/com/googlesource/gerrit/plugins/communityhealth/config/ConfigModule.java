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

import com.google.gerrit.extensions.events.GitReferenceUpdatedListener;
import com.google.gerrit.extensions.registration.DynamicSet;
import com.google.gerrit.server.git.validators.CommitValidationListener;
import com.google.gerrit.server.git.validators.MergeValidationListener;
import com.google.inject.AbstractModule;
import com.google.inject.Singleton;

/** Wires configuration: server settings, the policy cache and push validation. */
public class ConfigModule extends AbstractModule {
  @Override
  protected void configure() {
    bind(ServerSettings.class).toProvider(ServerSettingsProvider.class).in(Singleton.class);
    install(PolicyLoader.cacheModule());
    install(MatrixImporter.cacheModule());
    DynamicSet.bind(binder(), GitReferenceUpdatedListener.class).to(MatrixImporter.class);
    DynamicSet.bind(binder(), CommitValidationListener.class).to(PolicyValidator.class);
    DynamicSet.bind(binder(), MergeValidationListener.class).to(PolicyValidator.class);
  }
}
