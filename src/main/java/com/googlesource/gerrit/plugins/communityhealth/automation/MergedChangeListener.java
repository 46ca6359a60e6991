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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import com.google.gerrit.entities.Account;
import com.google.gerrit.extensions.events.ChangeMergedListener;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerHistory;

/** Drops the owner's cached merged-change count when one of their changes merges. */
@Singleton
class MergedChangeListener implements ChangeMergedListener {
  private final OwnerHistory ownerHistory;

  @Inject
  MergedChangeListener(OwnerHistory ownerHistory) {
    this.ownerHistory = ownerHistory;
  }

  @Override
  public void onChangeMerged(Event event) {
    if (event.getChange().owner != null && event.getChange().owner._accountId != null) {
      ownerHistory.invalidate(Account.id(event.getChange().owner._accountId));
    }
  }
}
