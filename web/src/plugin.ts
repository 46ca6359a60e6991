/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Entry of static/community-health.js, which Gerrit loads on every page
 * (HttpModule binds it as a WebUiPlugin).
 */

import type {Gerrit} from '@gerritcodereview/typescript-api/gerrit';
import {CHANGE_SIGNALS_TAG} from './ch-change-signals.js';
import {DASHBOARD_SCREEN_TAG} from './ch-dashboard-screen.js';
import {LIST_CELL_TAG} from './ch-list-cell.js';
import {LIST_HEADER_TAG} from './ch-list-header.js';
import {QUEUE_SCREEN_TAG} from './ch-queue-screen.js';
import {rememberProject} from './current-project.js';
import {install, REGISTRATIONS} from './registrations.js';

// The tags the registrations name are the ones the element files define.
const defined: ReadonlySet<string> = new Set([
  CHANGE_SIGNALS_TAG,
  LIST_CELL_TAG,
  LIST_HEADER_TAG,
  QUEUE_SCREEN_TAG,
  DASHBOARD_SCREEN_TAG,
]);
for (const r of REGISTRATIONS) {
  if (!defined.has(r.tag)) throw new Error(`community-health: no element ${r.tag}`);
}

const gerrit: Gerrit = window.Gerrit;
gerrit.install(plugin => install(plugin, change => rememberProject(change.project)));
