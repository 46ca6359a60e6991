/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {DashboardMetrics, SupportMatrix} from '../src/api-types.js';
import type {ChartSpec} from '../src/dashboard/bar-layout.js';
import {
  backlogSection,
  errorText,
  firstResponseSection,
  focusCoverageSection,
  matrixSection,
  newContributorsSection,
  changeRequestDurationSection,
  changeRequestReviewDurationSection,
  type Section,
} from '../src/dashboard/dashboard-model.js';
import {RestError} from '../src/rest-client.js';
import {fixture} from './fixtures.js';

const METRICS = fixture<DashboardMetrics>('metrics.json');
const EMPTY: DashboardMetrics = {project: 'p', window_days: 90};

function ready<T>(s: Section<T>): T {
  assert.equal(s.kind, 'ready', JSON.stringify(s));
  return (s as {kind: 'ready'; value: T}).value;
}

function emptyMessage<T>(s: Section<T>): string {
  assert.equal(s.kind, 'empty', JSON.stringify(s));
  return (s as {kind: 'empty'; message: string}).message;
}

function values(spec: ChartSpec): Array<[string, ...Array<number | undefined>]> {
  return spec.categories.map(c => [c.label, ...c.values]);
}

describe('backlog', () => {
  test('one category per age bucket: waiting, newcomer, ignored', () => {
    const spec = ready(backlogSection(METRICS));
    assert.deepEqual(spec.series.map(s => s.key), ['waiting', 'newcomer', 'ignored']);
    assert.deepEqual(values(spec)[0], ['< 1 day', 6, 2, 0]);
    assert.deepEqual(values(spec)[5], ['> 4 weeks', 1, 0, 1]);
  });

  test('empty when nothing waits', () => {
    assert.match(emptyMessage(backlogSection(EMPTY)), /No open change is waiting/);
    assert.match(
      emptyMessage(backlogSection({...EMPTY, backlog: [{label: 'a', min_days: 0, waiting: 0}]})),
      /No open change/
    );
  });
});

describe('time to first review', () => {
  test('newcomers and others, median and p90, with how many were reviewed', () => {
    const spec = ready(firstResponseSection(METRICS));
    assert.deepEqual(values(spec), [
      ['Newcomers', 30.5, 96],
      ['Others', 6.25, 40],
    ]);
    assert.deepEqual(spec.categories.map(c => c.note), ['10 of 12 reviewed', '131 of 140 reviewed']);
    assert.equal(spec.format?.(30.5), '30.5 h');
  });

  test('a group without changes still shows, marked', () => {
    const spec = ready(
      firstResponseSection({
        ...EMPTY,
        time_to_first_review: {others: {changes: 3, responded: 1, median_hours: 2}},
      })
    );
    assert.deepEqual(spec.categories[0].note, 'no changes');
    assert.deepEqual(spec.categories[0].values, [undefined, undefined]);
  });

  test('empty without changes, and without any review', () => {
    assert.match(emptyMessage(firstResponseSection(EMPTY)), /No change was created in the last 90 days/);
    assert.match(
      emptyMessage(
        firstResponseSection({
          ...EMPTY,
          time_to_first_review: {newcomers: {changes: 2, responded: 0}},
        })
      ),
      /has had a human review yet/
    );
  });
});

describe('change request duration', () => {
  test('newcomers and others, median and p90 upload to merge, beside time to first review', () => {
    const spec = ready(changeRequestDurationSection(METRICS));
    assert.equal(spec.id, 'change-request-duration');
    assert.deepEqual(values(spec), [
      ['Newcomers', 120, 400],
      ['Others', 26.5, 170],
    ]);
    assert.deepEqual(spec.categories.map(c => c.note), [
      '5 of 12 merged',
      '118 of 140 merged',
    ]);
    assert.equal(spec.format?.(120), '5 d');
    // Drawn like time to first review: same series, same colours, same units.
    assert.deepEqual(spec.series, ready(firstResponseSection(METRICS)).series);
  });

  test('a group without changes still shows, marked', () => {
    const spec = ready(
      changeRequestDurationSection({
        ...EMPTY,
        change_request_duration: {others: {changes: 3, merged: 1, abandoned: 1, median_hours: 2, p90_hours: 2}},
      })
    );
    assert.deepEqual(spec.categories.map(c => c.note), ['no changes', '1 of 3 merged']);
    assert.deepEqual(spec.categories[0].values, [undefined, undefined]);
  });

  test('empty without changes, and when none has been merged', () => {
    assert.match(
      emptyMessage(changeRequestDurationSection(EMPTY)),
      /No change was created in the last 90 days/
    );
    assert.match(
      emptyMessage(
        changeRequestDurationSection({
          ...EMPTY,
          change_request_duration: {
            newcomers: {changes: 2, merged: 0, abandoned: 1},
            others: {changes: 1, merged: 0, abandoned: 0},
          },
        })
      ),
      /No change created in the last 90 days has been merged yet/
    );
  });
});

describe('change request review duration', () => {
  test('newcomers and others, median and p90 per review cycle, drawn like the other durations', () => {
    const spec = ready(changeRequestReviewDurationSection(METRICS));
    assert.equal(spec.id, 'change-request-review-duration');
    assert.deepEqual(values(spec), [
      ['Newcomers', 20, 72],
      ['Others', 4.5, 30],
    ]);
    assert.deepEqual(spec.categories.map(c => c.note), [
      '24 of 30 reviewed',
      '301 of 320 reviewed',
    ]);
    assert.equal(spec.format?.(72), '3 d');
    assert.deepEqual(spec.series, ready(firstResponseSection(METRICS)).series);
  });

  test('a group without cycles still shows, marked', () => {
    const spec = ready(
      changeRequestReviewDurationSection({
        ...EMPTY,
        change_request_review_duration: {
          newcomers: {cycles: 0, reviewed: 0, superseded: 0},
          others: {cycles: 4, reviewed: 2, superseded: 1, median_hours: 3, p90_hours: 5},
        },
      })
    );
    assert.deepEqual(spec.categories.map(c => c.note), ['no changes', '2 of 4 reviewed']);
    assert.deepEqual(spec.categories[0].values, [undefined, undefined]);
  });

  test('empty without cycles, and when none has been reviewed', () => {
    assert.match(
      emptyMessage(changeRequestReviewDurationSection(EMPTY)),
      /No change was created in the last 90 days/
    );
    assert.match(
      emptyMessage(
        changeRequestReviewDurationSection({
          ...EMPTY,
          change_request_review_duration: {
            newcomers: {cycles: 2, reviewed: 0, superseded: 1},
            others: {cycles: 1, reviewed: 0, superseded: 0},
          },
        })
      ),
      /No patch set of a change created in the last 90 days has had a human review yet/
    );
  });
});

describe('focus coverage', () => {
  test('each area and the unmatched rest, with shares of the open changes', () => {
    const spec = ready(focusCoverageSection(METRICS));
    assert.deepEqual(values(spec), [
      ['smoother-upgrades', 8],
      ['scheduler-placement', 7],
      ['no focus area', 26],
    ]);
    assert.deepEqual(spec.categories.map(c => c.note), [
      '20% of 40 open',
      '18% of 40 open',
      '65% of 40 open',
    ]);
  });

  test('empty states say what to configure', () => {
    assert.match(emptyMessage(focusCoverageSection(EMPTY)), /\[focusArea\]/);
    assert.match(
      emptyMessage(
        focusCoverageSection({
          ...EMPTY,
          focus_coverage: {open_changes: 0, unmatched: 0, areas: [{name: 'a', open: 0}]},
        })
      ),
      /no open changes/
    );
  });
});

describe('new contributors', () => {
  test('per month, new and came back', () => {
    assert.deepEqual(values(ready(newContributorsSection(METRICS))), [
      ['2026-09', 5, 2],
      ['2026-10', 7, 4],
      ['2026-11', 3, 0],
    ]);
  });

  test('empty', () => {
    assert.match(emptyMessage(newContributorsSection(EMPTY)), /No new contributor/);
  });
});

describe('support matrix', () => {
  test('rows carry declared and observed values as text', () => {
    const rows = ready(matrixSection(fixture<SupportMatrix>('features.json')));
    assert.deepEqual(
      rows.map(r => [r.name, r.maturity, r.maturityTone, r.merged, r.open, r.unmaintained]),
      [
        ['libvirt', 'complete', 'good', 42, 7, false],
        ['hyperv', 'experimental', 'caution', 3, 2, true],
        ['xenapi', 'deprecated', 'bad', 0, 1, true],
      ]
    );
    const [libvirt, hyperv, xenapi] = rows;
    assert.equal(libvirt.title, 'Libvirt driver');
    assert.equal(libvirt.observedTesting, 'zuul (40 votes, last 2026-11-23 08:15 UTC)');
    assert.equal(libvirt.lastMaintainerReview, '2026-11-20 10:00 UTC');
    assert.equal(libvirt.medianFirstReview, '5.5 h');
    assert.equal(libvirt.maintainers, 'vera@example.com, group:Libvirt-Core');
    assert.equal(hyperv.testingUnbacked, true);
    assert.equal(hyperv.observedTesting, 'no CI vote in the window');
    assert.equal(hyperv.medianFirstReview, '3.3 d');
    assert.equal(xenapi.title, 'xenapi');
    assert.equal(xenapi.maintainers, 'none');
    assert.equal(xenapi.lastMaintainerReview, 'none in the window');
    assert.equal(xenapi.medianFirstReview, '–');
  });

  test('empty without features', () => {
    assert.match(emptyMessage(matrixSection({project: 'p', window_days: 90})), /\[feature\]/);
  });
});

describe('errorText', () => {
  test('says what to do for each kind of failure', () => {
    assert.match(errorText(new RestError(403, '/x', ''), 'p'), /sign in/);
    assert.match(
      errorText(new RestError(404, '/projects/p/community-health~metrics', 'Not found'), 'p'),
      /project "p" does not exist, you cannot see it, or .* no community-health~metrics endpoint/
    );
    assert.match(errorText(new RestError(0, '/x', 'Failed to fetch'), 'p'), /did not answer \(Failed to fetch\)/);
    assert.equal(errorText(new RestError(500, '/x', 'boom'), 'p'), 'Gerrit answered 500 on /x: boom.');
    assert.match(errorText(new SyntaxError('Unexpected token'), 'p'), /not valid JSON/);
  });
});
