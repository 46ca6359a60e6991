/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
  formatDays,
  formatHours,
  formatUtc,
  parseGerritTimestamp,
  wholeDaysBetween,
} from '../src/gerrit-time.js';

test('parses Gerrit timestamps as UTC, nanoseconds cut to milliseconds', () => {
  assert.equal(
    parseGerritTimestamp('2026-11-20 10:00:00.123456789')?.toISOString(),
    '2026-11-20T10:00:00.123Z'
  );
  assert.equal(
    parseGerritTimestamp('2026-11-20 10:00:00')?.toISOString(),
    '2026-11-20T10:00:00.000Z'
  );
  assert.equal(
    parseGerritTimestamp('2026-11-20T10:00:00.5Z')?.toISOString(),
    '2026-11-20T10:00:00.500Z'
  );
});

test('rejects what is not a timestamp', () => {
  for (const bad of [undefined, '', 'yesterday', '2026-13-45 99:00:00', '20261120']) {
    assert.equal(parseGerritTimestamp(bad), undefined, String(bad));
  }
});

test('whole days are floored and never negative', () => {
  const since = new Date('2026-11-20T10:00:00Z');
  assert.equal(wholeDaysBetween(since, new Date('2026-11-21T09:59:59Z')), 0);
  assert.equal(wholeDaysBetween(since, new Date('2026-11-21T10:00:00Z')), 1);
  assert.equal(wholeDaysBetween(since, new Date('2026-11-19T10:00:00Z')), 0);
});

test('formats', () => {
  assert.equal(formatUtc(new Date('2026-11-20T10:05:59Z')), '2026-11-20 10:05 UTC');
  assert.equal(formatDays(0), 'less than a day');
  assert.equal(formatDays(1), '1 day');
  assert.equal(formatDays(9), '9 days');
  assert.equal(formatHours(6.25), '6.3 h');
  assert.equal(formatHours(47.9), '47.9 h');
  assert.equal(formatHours(96), '4 d');
  assert.equal(formatHours(undefined), '–');
  assert.equal(formatHours(NaN), '–');
});
