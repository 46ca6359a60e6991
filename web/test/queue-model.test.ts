/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import type {ReviewQueue} from '../src/api-types.js';
import {emptyQueueText, queuePaging, queueRows, startFrom} from '../src/queue/queue-model.js';
import {fixture} from './fixtures.js';

const NOW = new Date('2026-11-24T10:00:00Z');

test('rows: rank continues across pages, score and its non-zero terms, chips, change link', () => {
  const queue = fixture<ReviewQueue>('queue.json');
  const rows = queueRows({...queue, start: 25}, NOW, '/r');
  assert.deepEqual(
    rows.map(r => [r.rank, r.number, r.href, r.score, r.owner]),
    [
      [26, 7, '/r/c/demo/nova/+/7', '2.76', 'Nico Newcomer'],
      [27, 9, '/r/c/demo/nova/+/9', '1.5', 'Olga Old-Hand'],
      [28, 12, '/r/c/demo/nova/+/12', '0', 'reviewer'],
    ]
  );
  assert.deepEqual(rows[0].terms, [
    {factor: 'focus', value: '1.26', detail: 'smoother-upgrades 0.63 × weight 2'},
    {factor: 'waiting', value: '1', detail: 'waiting 7 days'},
    {factor: 'newcomer', value: '0.5', detail: 'owner is a newcomer'},
  ]);
  assert.deepEqual(rows[2].terms, [], 'a zero term says nothing');
  assert.deepEqual(
    rows[0].chips.map(c => [c.label, c.href]),
    [
      ['smoother-upgrades', '/r/x/community-health/queue/demo/nova'],
      ['new', '/r/plugins/community-health/Documentation/user-guide.html#chips'],
      ['Waiting 7d', '/r/x/community-health/queue/demo/nova'],
    ]
  );
});

test('paging as in Gerrit\'s lists: previous and next pages by S', () => {
  const page = (start: number, shown: number, more: boolean) =>
    queuePaging({start, limit: 25, more, changes: new Array(shown).fill({})});
  assert.deepEqual(page(0, 25, true), {range: '1–25', next: 25});
  assert.deepEqual(page(25, 25, true), {range: '26–50', prev: 0, next: 50});
  assert.deepEqual(page(50, 3, false), {range: '51–53', prev: 25});
  assert.deepEqual(page(10, 3, false), {range: '11–13', prev: 0});
  assert.deepEqual(page(0, 0, false), {range: '0'});
});

test('empty queue and page addresses', () => {
  assert.equal(emptyQueueText('demo/nova', 0), 'No open change of demo/nova is waiting for review.');
  assert.equal(emptyQueueText(undefined, 0), 'No open change on this server is waiting for review.');
  assert.match(emptyQueueText('x', 50), /past the end/);
  assert.equal(startFrom('http://h/x/community-health/queue/p?S=50'), 50);
  assert.equal(startFrom('http://h/x/community-health/queue/p?S=-3'), 0);
  assert.equal(startFrom('http://h/x/community-health/queue/p?S=abc'), 0);
});
