/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {GerritTimestamp} from './api-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const GERRIT_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z?$/;

/**
 * Parses a Gerrit timestamp ("2026-11-20 10:00:00.000000000", always UTC) or
 * an ISO-8601 instant. Returns undefined for anything else, so that a bad
 * value hides one chip instead of breaking the page.
 */
export function parseGerritTimestamp(
  value: GerritTimestamp | undefined
): Date | undefined {
  if (!value) return undefined;
  const m = GERRIT_TIMESTAMP.exec(value.trim());
  if (!m) return undefined;
  const millis = (m[3] ?? '0').padEnd(3, '0').slice(0, 3);
  const date = new Date(`${m[1]}T${m[2]}.${millis}Z`);
  return isNaN(date.getTime()) ? undefined : date;
}

/** Whole days from `since` to `now`, never negative (clocks drift). */
export function wholeDaysBetween(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MS));
}

/** "2026-11-20 10:00 UTC": unambiguous for reviewers in every time zone. */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "3 days", "1 day", "less than a day". */
export function formatDays(days: number): string {
  if (days < 1) return 'less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** "2.5 h" below two days, "3.1 d" above: what a reader compares at a glance. */
export function formatHours(hours: number | undefined): string {
  if (hours === undefined || !isFinite(hours)) return '–';
  if (hours < 48) return `${round1(hours)} h`;
  return `${round1(hours / 24)} d`;
}

function round1(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}
