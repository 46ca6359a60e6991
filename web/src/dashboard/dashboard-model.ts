/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * From the endpoints' JSON to what each dashboard section shows: a chart
 * spec, table rows, or the sentence of an empty state. Pure, unit-tested.
 */

import type {
  DashboardMetrics,
  FeatureSupport,
  FirstResponseGroup,
  ChangeRequestDurationGroup,
  ReviewCycleGroup,
  SupportMatrix,
} from '../api-types.js';
import {maturityMeaning, maturityTone, testingMeaning, type Tone} from '../chips.js';
import {formatHours, formatUtc, parseGerritTimestamp} from '../gerrit-time.js';
import {RestError} from '../rest-client.js';
import type {ChartSpec} from './bar-layout.js';

export type Section<T> = {kind: 'ready'; value: T} | {kind: 'empty'; message: string};

const COLOR = {
  waiting: '#5f6368',
  ignored: '#c5221f',
  newcomer: '#8e24aa',
  median: '#1a73e8',
  p90: '#8ab4f8',
  focus: '#1a73e8',
  none: '#9aa0a6',
  fresh: '#188038',
  returned: '#81c995',
};

function windowText(metrics: DashboardMetrics): string {
  return `the last ${metrics.window_days} days`;
}

export function backlogSection(metrics: DashboardMetrics): Section<ChartSpec> {
  const buckets = metrics.backlog ?? [];
  if (buckets.every(b => !b.waiting)) {
    return {kind: 'empty', message: 'No open change is waiting on reviewers.'};
  }
  return {
    kind: 'ready',
    value: {
      id: 'backlog',
      title: 'Review backlog by age',
      series: [
        {key: 'waiting', name: 'waiting on reviewers', color: COLOR.waiting},
        {key: 'newcomer', name: 'of them by newcomers', color: COLOR.newcomer},
        {key: 'ignored', name: 'of them ignored', color: COLOR.ignored},
      ],
      categories: buckets.map(b => ({
        label: b.label,
        values: [b.waiting, b.newcomer ?? 0, b.ignored ?? 0],
      })),
    },
  };
}

/** A group's median and 90th percentile, as the duration charts draw them. */
interface HoursGroup {
  median_hours?: number;
  p90_hours?: number;
}

/**
 * Newcomers beside others, median and 90th percentile hours: the one chart
 * shape of time to first review, change request duration and change request
 * review duration, so that they read alike. `size` is what the group counts
 * (changes or review cycles). Empty without any, and with `unmeasured` when
 * none has a duration yet.
 */
function hoursByGroupSection<G extends HoursGroup>(
  metrics: DashboardMetrics,
  chart: {id: string; title: string},
  pair: {newcomers?: G; others?: G} | undefined,
  size: (g: G) => number,
  note: (g: G) => string,
  unmeasured: string
): Section<ChartSpec> {
  const groups: Array<[string, G | undefined]> = [
    ['Newcomers', pair?.newcomers],
    ['Others', pair?.others],
  ];
  if (groups.every(([, g]) => !g || size(g) === 0)) {
    return {
      kind: 'empty',
      message: `No change was created in ${windowText(metrics)}.`,
    };
  }
  if (groups.every(([, g]) => !g || g.median_hours === undefined)) {
    return {kind: 'empty', message: unmeasured};
  }
  return {
    kind: 'ready',
    value: {
      ...chart,
      series: [
        {key: 'median', name: 'median', color: COLOR.median},
        {key: 'p90', name: '90th percentile', color: COLOR.p90},
      ],
      categories: groups.map(([label, g]) => ({
        label,
        note: !g || size(g) === 0 ? 'no changes' : note(g),
        values: [g?.median_hours, g?.p90_hours],
      })),
      format: formatHours,
    },
  };
}

export function firstResponseSection(
  metrics: DashboardMetrics
): Section<ChartSpec> {
  return hoursByGroupSection<FirstResponseGroup>(
    metrics,
    {id: 'first-response', title: 'Time to first review'},
    metrics.time_to_first_review,
    g => g.changes,
    g => `${g.responded} of ${g.changes} reviewed`,
    `No change created in ${windowText(metrics)} has had a human review yet.`
  );
}

/**
 * Upload to merge (CHAOSS Change Requests Duration). Only merged changes
 * have a duration; the note says how many of the group's changes that is,
 * so that a median over few merges reads as what it is. (The abandoned
 * count stays in the JSON: with it the note outgrows the label column.)
 */
export function changeRequestDurationSection(
  metrics: DashboardMetrics
): Section<ChartSpec> {
  return hoursByGroupSection<ChangeRequestDurationGroup>(
    metrics,
    {id: 'change-request-duration', title: 'Change request duration: upload to merge'},
    metrics.change_request_duration,
    g => g.changes,
    g => `${g.merged} of ${g.changes} merged`,
    `No change created in ${windowText(metrics)} has been merged yet.`
  );
}

/**
 * Each review cycle's upload to its first human review (CHAOSS Change
 * Request Review Duration). Only reviewed cycles have a duration; the note
 * says how many of the group's cycles that is. Superseded cycles stay in the
 * JSON, as the abandoned changes do beside change request duration.
 */
export function changeRequestReviewDurationSection(
  metrics: DashboardMetrics
): Section<ChartSpec> {
  return hoursByGroupSection<ReviewCycleGroup>(
    metrics,
    {
      id: 'change-request-review-duration',
      title: 'Change request review duration: upload to first review',
    },
    metrics.change_request_review_duration,
    g => g.cycles,
    g => `${g.reviewed} of ${g.cycles} reviewed`,
    `No patch set of a change created in ${windowText(metrics)} has had a human review yet.`
  );
}

export function focusCoverageSection(
  metrics: DashboardMetrics
): Section<ChartSpec> {
  const coverage = metrics.focus_coverage;
  const areas = coverage?.areas ?? [];
  if (areas.length === 0) {
    return {
      kind: 'empty',
      message:
        'No focus area is configured: add [focusArea] sections to community-health.config.',
    };
  }
  if (!coverage || coverage.open_changes === 0) {
    return {kind: 'empty', message: 'There are no open changes.'};
  }
  const open = coverage.open_changes;
  const share = (n: number) => `${Math.round((100 * n) / open)}% of ${open} open`;
  return {
    kind: 'ready',
    value: {
      id: 'focus-coverage',
      title: 'Focus-area coverage of open changes',
      series: [{key: 'open', name: 'open changes', color: COLOR.focus}],
      categories: [
        ...areas.map(a => ({
          label: a.name,
          note: share(a.open),
          values: [a.open],
        })),
        {label: 'no focus area', note: share(coverage.unmatched), values: [coverage.unmatched]},
      ],
    },
  };
}

export function newContributorsSection(
  metrics: DashboardMetrics
): Section<ChartSpec> {
  const months = metrics.new_contributors ?? [];
  if (months.every(m => !m.new_contributors)) {
    return {
      kind: 'empty',
      message: `No new contributor in ${windowText(metrics)}.`,
    };
  }
  return {
    kind: 'ready',
    value: {
      id: 'new-contributors',
      title: 'New contributors per month',
      series: [
        {key: 'new', name: 'first change', color: COLOR.fresh},
        {key: 'returned', name: 'came back for a second', color: COLOR.returned},
      ],
      categories: months.map(m => ({
        label: m.month,
        values: [m.new_contributors, m.returned],
      })),
    },
  };
}

/** One row of the support matrix table, every cell already as text. */
export interface MatrixRow {
  name: string;
  title: string;
  maturity: string;
  maturityTone: Tone;
  maturityMeaning: string;
  testing: string;
  testingMeaning: string;
  /** "zuul (40 votes, last 2026-11-20 10:00 UTC)" or a warning. */
  observedTesting: string;
  testingUnbacked: boolean;
  docs: string;
  maintainers: string;
  merged: number;
  open: number;
  lastMaintainerReview: string;
  medianFirstReview: string;
  unmaintained: boolean;
}

export function matrixSection(matrix: SupportMatrix): Section<MatrixRow[]> {
  const features = matrix.features ?? [];
  if (features.length === 0) {
    return {
      kind: 'empty',
      message:
        'No feature is declared: add [feature] sections to community-health.config.',
    };
  }
  return {kind: 'ready', value: features.map(matrixRow)};
}

function matrixRow(f: FeatureSupport): MatrixRow {
  const last = parseGerritTimestamp(f.activity.last_maintainer_review);
  const ci = f.ci_accounts ?? [];
  let observed: string;
  if (ci.length > 0) {
    observed = ci
      .map(a => {
        const when = parseGerritTimestamp(a.last_vote);
        const who = a.username ?? a.name ?? 'CI';
        return `${who} (${a.votes} vote${a.votes === 1 ? '' : 's'}${when ? `, last ${formatUtc(when)}` : ''})`;
      })
      .join(', ');
  } else {
    observed = 'no CI vote in the window';
  }
  return {
    name: f.name,
    title: f.title ?? f.name,
    maturity: f.maturity,
    maturityTone: maturityTone(f.maturity),
    maturityMeaning: maturityMeaning(f.maturity),
    testing: f.testing,
    testingMeaning: testingMeaning(f.testing),
    observedTesting: observed,
    testingUnbacked: f.testing_unbacked === true,
    docs: f.docs,
    maintainers: f.maintainers?.length ? f.maintainers.join(', ') : 'none',
    merged: f.activity.merged,
    open: f.activity.open,
    lastMaintainerReview: last ? formatUtc(last) : 'none in the window',
    medianFirstReview: formatHours(f.activity.median_hours_to_first_review),
    unmaintained: f.unmaintained === true,
  };
}

/** Says what went wrong and what the reader can do about it. */
export function errorText(e: unknown, project: string): string {
  if (e instanceof RestError) {
    switch (e.status) {
      case 0:
        return `Gerrit did not answer${e.detail ? ` (${e.detail})` : ''}. Check the connection and reload.`;
      case 401:
      case 403:
        return `Not allowed (${e.status}): sign in to Gerrit in this browser, then reload.`;
      case 404:
        return `Not found (404): the project "${project}" does not exist, you cannot see it, or this server's community-health plugin has no ${e.path.replace(/^.*\//, '').replace(/\?.*$/, '')} endpoint.`;
      default:
        return `Gerrit answered ${e.status} on ${e.path}${e.detail ? `: ${e.detail}` : ''}.`;
    }
  }
  if (e instanceof SyntaxError) return `Gerrit's answer was not valid JSON: ${e.message}`;
  return `Could not load the data: ${e instanceof Error ? e.message : String(e)}`;
}
