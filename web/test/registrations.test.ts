/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {test} from 'node:test';
import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';
import {install, REGISTRATIONS} from '../src/registrations.js';
import {WEB_DIR} from './fixtures.js';

test('install registers the change page row, the change-list column and the screens', () => {
  const calls: string[] = [];
  const events: string[] = [];
  const plugin = {
    registerCustomComponent: (endpoint: string, tag?: string, options?: {slot?: string}) => {
      calls.push(`static ${endpoint} ${tag} slot=${options?.slot}`);
    },
    registerDynamicCustomComponent: (endpoint: string, tag?: string) => {
      calls.push(`dynamic ${endpoint} ${tag}`);
    },
    screen: (name: string, tag?: string) => {
      calls.push(`screen ${name} ${tag}`);
    },
    on: (event: string) => {
      events.push(event);
    },
  } as unknown as PluginApi;
  install(plugin);
  assert.deepEqual(calls, [
    // The slot puts the row with the change's facts, above Submit Requirements.
    'static change-metadata-item ch-change-signals slot=above-submit-requirements',
    'dynamic change-list-header ch-list-header',
    'dynamic change-list-item-cell ch-list-cell',
    // /x/community-health/queue and /dashboard, the top menu's targets.
    'screen queue ch-queue-screen',
    'screen dashboard ch-dashboard-screen',
  ]);
  assert.deepEqual(events, ['showchange']);
});

test('every registered tag has its own ch-*.ts file', () => {
  const files = new Set(readdirSync(`${WEB_DIR}src`));
  for (const r of REGISTRATIONS) {
    assert.ok(files.has(`${r.tag}.ts`), `src/${r.tag}.ts`);
  }
});
