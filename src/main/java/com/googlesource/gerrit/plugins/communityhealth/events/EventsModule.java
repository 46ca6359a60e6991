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

package com.googlesource.gerrit.plugins.communityhealth.events;

import com.google.gerrit.server.events.EventTypes;
import com.google.inject.AbstractModule;

/** Registers the plugin's stream event types, so that Gerrit can serialise and parse them. */
public class EventsModule extends AbstractModule {
  @Override
  protected void configure() {
    EventTypes.register(IgnoredChangeEvent.TYPE, IgnoredChangeEvent.class);
  }
}
