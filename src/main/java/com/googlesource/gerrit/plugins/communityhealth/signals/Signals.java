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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static java.util.Objects.requireNonNull;

import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;

/**
 * Every signal of one change at one moment, with the decisions (and so the reasons) behind them.
 * The attribute, the REST views, the queue and the sweeper all read this one record.
 */
public record Signals(ChangeSignals change, NewcomerDecision newcomer, IgnoredVerdict ignored) {
  public Signals {
    requireNonNull(change, "change");
    requireNonNull(newcomer, "newcomer");
    requireNonNull(ignored, "ignored");
  }
}
