/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Section} from '../src/dashboard/dashboard-model.js';
import type {MetricsWithZones, ReviewersReport} from '../src/dashboard/health-types.js';
import {
  REVIEWER_COLUMNS,
  reviewersSection,
  reviewHoursSection,
  sortReviewers,
  timeZonesSection,
} from '../src/dashboard/time-zones-model.js';
import {fixture} from './fixtures.js';

const METRICS = fixture<MetricsWithZones>('metrics.json');
const REVIEWERS = fixture<ReviewersReport>('reviewers.json');

function ready<T>(s: Section<T>): T {
  assert.equal(s.kind, 'ready', JSON.stringify(s));
  return (s as {kind: 'ready'; value: T}).value;
}

describe('time zones', () => {
  test('one category per region with median, p90 and what was ignored', () => {
    const spec = ready(timeZonesSection(METRICS));
    assert.deepEqual(
      spec.categories.map(c => [c.label, ...c.values]),
      [
        ['Americas', 5.5, 30],
        ['Europe/Africa', 4, 20],
        ['Asia/Pacific', 19.25, 80],
        ['unknown', 10, 40],
      ]
    );
    assert.equal(spec.categories[2]!.note, '45 changes, 7 ignored');
  });

  test('no change in the window is said so', () => {
    const s = timeZonesSection({project: 'p', window_days: 30, time_zones: []});
    assert.deepEqual(s, {kind: 'empty', message: 'No change was created in the last 30 days.'});
  });
});

describe('review hours', () => {
  test('24 cells, silent hours marked, intensity relative to the busiest', () => {
    const cells = ready(reviewHoursSection(METRICS));
    assert.equal(cells.length, 24);
    assert.deepEqual(
      cells.filter(c => c.silent).map(c => c.hour),
      [2, 3, 4, 5]
    );
    assert.equal(cells[15]!.intensity, 1);
    assert.equal(cells[3]!.label, '03:00–04:00 UTC');
    assert.equal(cells[23]!.label, '23:00–00:00 UTC');
  });

  test('a missing hour counts as silent; no review at all is an empty state', () => {
    const cells = ready(
      reviewHoursSection({project: 'p', window_days: 90, review_hours: [{hour: 9, actions: 2, reviewers: 1}]})
    );
    assert.equal(cells.filter(c => !c.silent).length, 1);
    assert.equal(reviewHoursSection({project: 'p', window_days: 90}).kind, 'empty');
  });
});

describe('reviewers', () => {
  test('rows carry names, approvers, votes and regions', () => {
    const rows = ready(reviewersSection(REVIEWERS));
    assert.deepEqual(
      rows.map(r => [r.name, r.approver, r.votes, r.region]),
      [
        ['Sam Tan', true, '+2: 20, +1: 10, -1: 5', 'Asia/Pacific'],
        ['Nora Quinn', false, '+1: 9, -2: 1', 'Americas'],
        ['Erik Lund', false, 'none', 'Europe/Africa'],
      ]
    );
  });

  test('sorts by any column, both ways, unknown medians last when ascending', () => {
    const rows = ready(reviewersSection(REVIEWERS));
    const names = (key: string, desc: boolean) => sortReviewers(rows, key, desc).map(r => r.name);
    assert.deepEqual(names('newcomers', true), ['Nora Quinn', 'Sam Tan', 'Erik Lund']);
    assert.deepEqual(names('first-median', false), ['Sam Tan', 'Nora Quinn', 'Erik Lund']);
    assert.deepEqual(names('name', false), ['Erik Lund', 'Nora Quinn', 'Sam Tan']);
    assert.deepEqual(names('agreement', true), ['Sam Tan', 'Nora Quinn', 'Erik Lund']);
  });

  test('every column says what it means', () => {
    for (const c of REVIEWER_COLUMNS) assert.ok(c.meaning.length > 20, c.key);
  });

  test('nobody reviewing is an empty state', () => {
    assert.equal(reviewersSection({project: 'p', window_days: 7, reviewers: []}).kind, 'empty');
  });
});
