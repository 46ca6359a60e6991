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
package com.googlesource.gerrit.plugins.communityhealth.faults;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;
import com.googlesource.gerrit.plugins.communityhealth.change.IndexRefusingOwnerHistory;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerHistory;
import com.googlesource.gerrit.plugins.communityhealth.module.PluginModule;

/**
 * The plugin's real module with one test double: {@link IndexRefusingOwnerHistory}, whose index
 * query can be made to fail. For {@link IndexFaultsIT} only.
 */
public class IndexFaultModule extends AbstractModule {
  @Override
  protected void configure() {
    install(
        Modules.override(new PluginModule())
            .with(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(OwnerHistory.class).to(IndexRefusingOwnerHistory.class);
                  }
                }));
  }
}
