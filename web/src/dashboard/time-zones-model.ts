/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * From ~metrics' time_zones and review_hours, and from ~reviewers, to what
 * the dashboard shows: a chart spec, the 24 cells of the hour strip, the
 * reviewer table's rows and their order. Pure, unit-tested.
 */

import {formatHours} from '../gerrit-time.js';
import type {ChartSpec} from './bar-layout.js';
import type {Section} from './dashboard-model.js';
import type {
  MetricsWithZones,
  ReviewersReport,
  ReviewerStats,
} from './health-types.js';

const REGION_LABELS: Readonly<Record<string, string>> = {
  americas: 'Americas',
  europe_africa: 'Europe/Africa',
  asia_pacific: 'Asia/Pacific',
  unknown: 'unknown',
};

export function regionLabel(key: string): string {
  return REGION_LABELS[key] ?? key;
}

export function timeZonesSection(metrics: MetricsWithZones): Section<ChartSpec> {
  const regions = metrics.time_zones ?? [];
  if (regions.every(r => !r.changes)) {
    return {
      kind: 'empty',
      message: `No change was created in the last ${metrics.window_days} days.`,
    };
  }
  return {
    kind: 'ready',
    value: {
      id: 'time-zones',
      title: 'Time to first review by the owner\'s region',
      series: [
        {key: 'median', name: 'median', color: '#1a73e8'},
        {key: 'p90', name: '90th percentile', color: '#8ab4f8'},
      ],
      categories: regions.map(r => ({
        label: r.label || regionLabel(r.region),
        note: `${r.changes} changes, ${r.ignored} ignored`,
        values: [r.median_hours, r.p90_hours],
      })),
      format: formatHours,
    },
  };
}

/** One hour of the strip. */
export interface HourCell {
  hour: number;
  /** "03:00–04:00 UTC" */
  label: string;
  actions: number;
  reviewers: number;
  /** 0 (nobody) to 1 (the busiest hour). */
  intensity: number;
  /** Whether nobody reviewed in this hour over the whole window. */
  silent: boolean;
}

export function reviewHoursSection(metrics: MetricsWithZones): Section<HourCell[]> {
  const byHour = new Map((metrics.review_hours ?? []).map(h => [h.hour, h]));
  const max = Math.max(0, ...[...byHour.values()].map(h => h.actions));
  if (max === 0) {
    return {
      kind: 'empty',
      message: `Nobody reviewed in the last ${metrics.window_days} days.`,
    };
  }
  const cells: HourCell[] = [];
  for (let hour = 0; hour < 24; hour++) {
    const h = byHour.get(hour);
    const actions = h?.actions ?? 0;
    cells.push({
      hour,
      label: `${pad(hour)}:00–${pad((hour + 1) % 24)}:00 UTC`,
      actions,
      reviewers: h?.reviewers ?? 0,
      intensity: actions / max,
      silent: actions === 0,
    });
  }
  return {kind: 'ready', value: cells};
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** A column of the reviewer table: what it shows, what it means, how it sorts. */
export interface ReviewerColumn {
  key: string;
  heading: string;
  meaning: string;
  numeric: boolean;
  text: (r: ReviewerRow) => string;
  sortValue: (r: ReviewerRow) => number | string;
}

export interface ReviewerRow {
  name: string;
  approver: boolean;
  changesReviewed: number;
  votes: string;
  /** Sum of positive minus negative votes, for sorting. */
  voteBalance: number;
  firstResponses: number;
  firstResponseMedianHours?: number;
  newcomerChanges: number;
  agreement?: number;
  decided: number;
  region: string;
}

export function reviewerRow(s: ReviewerStats): ReviewerRow {
  const votes = Object.entries(s.votes ?? {}).sort(([a], [b]) => Number(b) - Number(a));
  return {
    name: s.account.name ?? s.account.username ?? `account ${s.account._account_id}`,
    approver: s.approver === true,
    changesReviewed: s.changes_reviewed,
    votes: votes.length ? votes.map(([v, n]) => `${v}: ${n}`).join(', ') : 'none',
    voteBalance: votes.reduce((sum, [v, n]) => sum + Math.sign(Number(v)) * n, 0),
    firstResponses: s.first_responses,
    firstResponseMedianHours: s.first_response_median_hours,
    newcomerChanges: s.newcomer_changes,
    agreement: s.agreement,
    decided: s.decided,
    region: regionLabel(s.region),
  };
}

export const REVIEWER_COLUMNS: readonly ReviewerColumn[] = [
  {
    key: 'name',
    heading: 'Reviewer',
    meaning: 'A person who commented or voted on someone else\'s change in the window; "may approve" marks Code-Review +2 holders.',
    numeric: false,
    text: r => r.name,
    sortValue: r => r.name.toLowerCase(),
  },
  {
    key: 'changes',
    heading: 'Changes reviewed',
    meaning: 'Changes they commented or voted on in the window (never their own).',
    numeric: true,
    text: r => String(r.changesReviewed),
    sortValue: r => r.changesReviewed,
  },
  {
    key: 'votes',
    heading: 'Code-Review votes',
    meaning: 'Their latest non-zero Code-Review vote on each reviewed change, by value.',
    numeric: false,
    text: r => r.votes,
    sortValue: r => r.voteBalance,
  },
  {
    key: 'first',
    heading: 'First responses',
    meaning: 'Changes on which theirs was the first human response.',
    numeric: true,
    text: r => String(r.firstResponses),
    sortValue: r => r.firstResponses,
  },
  {
    key: 'first-median',
    heading: 'Median time to their first response',
    meaning: 'From the change\'s creation to their first response, median over those changes.',
    numeric: true,
    text: r => formatHours(r.firstResponseMedianHours),
    sortValue: r => r.firstResponseMedianHours ?? Number.POSITIVE_INFINITY,
  },
  {
    key: 'newcomers',
    heading: 'Newcomers\' changes',
    meaning: 'Reviewed changes whose owner was a newcomer when the change was created.',
    numeric: true,
    text: r => String(r.newcomerChanges),
    sortValue: r => r.newcomerChanges,
  },
  {
    key: 'agreement',
    heading: 'Vote matched outcome',
    meaning: 'Of their votes on changes since merged or abandoned: how often +1/+2 was merged or -1/-2 abandoned.',
    numeric: true,
    text: r =>
      r.agreement === undefined ? '–' : `${Math.round(r.agreement * 100)}% of ${r.decided}`,
    sortValue: r => r.agreement ?? -1,
  },
  {
    key: 'region',
    heading: 'Region',
    meaning: 'From the UTC offset of the commits of their own latest change.',
    numeric: false,
    text: r => r.region,
    sortValue: r => r.region,
  },
];

/** The rows sorted by one column; ties keep the server's order (most changes reviewed first). */
export function sortReviewers(
  rows: readonly ReviewerRow[],
  key: string,
  descending: boolean
): ReviewerRow[] {
  const column = REVIEWER_COLUMNS.find(c => c.key === key) ?? REVIEWER_COLUMNS[1]!;
  const indexed = rows.map((r, i) => ({r, i}));
  indexed.sort((a, b) => {
    const x = column.sortValue(a.r);
    const y = column.sortValue(b.r);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return c !== 0 ? (descending ? -c : c) : a.i - b.i;
  });
  return indexed.map(x => x.r);
}

export function reviewersSection(report: ReviewersReport): Section<ReviewerRow[]> {
  const reviewers = report.reviewers ?? [];
  if (reviewers.length === 0) {
    return {
      kind: 'empty',
      message: `Nobody reviewed in the last ${report.window_days} days.`,
    };
  }
  return {kind: 'ready', value: reviewers.map(reviewerRow)};
}
