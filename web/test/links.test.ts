/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {Signals} from '../src/api-types.js';
import {chipsFor} from '../src/chips.js';
import {changeUrl, linkChips, projectFromUrl, screenUrl} from '../src/links.js';
import {fixture} from './fixtures.js';

test('screen addresses keep the slashes of a project name, encode the rest', () => {
  assert.equal(screenUrl('queue'), '/x/community-health/queue');
  assert.equal(screenUrl('queue', 'demo/nova'), '/x/community-health/queue/demo/nova');
  assert.equal(screenUrl('dashboard', 'a b/c#d', '/r'), '/r/x/community-health/dashboard/a%20b/c%23d');
  assert.equal(changeUrl('demo/nova', 7), '/c/demo/nova/+/7');
});

test('the project of a screen address, or of ?project=', () => {
  const u = (path: string) => `https://h${path}`;
  assert.equal(projectFromUrl(u('/x/community-health/queue/demo/nova'), 'queue'), 'demo/nova');
  assert.equal(projectFromUrl(u('/x/community-health/queue/a%20b/c%23d/'), 'queue'), 'a b/c#d');
  assert.equal(projectFromUrl(u('/x/community-health/queue'), 'queue'), undefined);
  assert.equal(projectFromUrl(u('/x/community-health/queue/'), 'queue'), undefined);
  assert.equal(projectFromUrl(u('/plugins/community-health/static/queue.html?project=x%2Fy'), 'queue'), 'x/y');
  // The other screen's address names no project for this one.
  assert.equal(projectFromUrl(u('/x/community-health/dashboard/p'), 'queue'), undefined);
});

test('each chip links to what explains it', () => {
  const signals = fixture<Signals>('signals.json');
  const chips = linkChips(chipsFor(signals, {now: new Date('2026-11-24T10:00:00Z')}), signals, 'demo/nova');
  assert.deepEqual(
    chips.map(c => [c.kind, c.href]),
    [
      // The tier's feature (the weakest: experimental hyperv) in the support matrix.
      ['tier', '/x/community-health/dashboard/demo/nova#feature=hyperv'],
      ['focus', '/x/community-health/queue/demo/nova'],
      ['newcomer', '/plugins/community-health/Documentation/user-guide.html#chips'],
      ['ignored', '/x/community-health/queue/demo/nova'],
    ]
  );
  // Without a project there is nowhere to link to.
  assert.ok(linkChips(chips.map(c => ({...c, href: undefined})), signals, undefined).every(c => !c.href));
});
