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

test('install registers the change page row and the change-list column', () => {
  const calls: string[] = [];
  const plugin = {
    registerCustomComponent: (endpoint: string, tag?: string) => {
      calls.push(`static ${endpoint} ${tag}`);
    },
    registerDynamicCustomComponent: (endpoint: string, tag?: string) => {
      calls.push(`dynamic ${endpoint} ${tag}`);
    },
  } as unknown as PluginApi;
  install(plugin);
  assert.deepEqual(calls, [
    'static change-metadata-item ch-change-signals',
    'dynamic change-list-header ch-list-header',
    'dynamic change-list-item-cell ch-list-cell',
  ]);
});

test('every registered tag has its own ch-*.ts file', () => {
  const files = new Set(readdirSync(`${WEB_DIR}src`));
  for (const r of REGISTRATIONS) {
    assert.ok(files.has(`${r.tag}.ts`), `src/${r.tag}.ts`);
  }
});
