/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * What the review-queue page shows, from the queue endpoint's answer: one
 * row per change with its rank, score and the score's terms, its chips and
 * its link; and the paging, as in Gerrit's lists (n per page, S skipped).
 * Pure: unit-tested without a browser.
 */

import type {QueueEntry, ReviewQueue, ScoreTerm} from '../api-types.js';
import {chipsFor, type Chip} from '../chips.js';
import {changeUrl, linkChips} from '../links.js';

/** Gerrit's default page size for change lists. */
export const PAGE_SIZE = 25;

export interface QueueTerm {
  factor: string;
  value: string;
  detail?: string;
}

export interface QueueRow {
  rank: number;
  project: string;
  number: number;
  subject: string;
  owner: string;
  href: string;
  score: string;
  terms: QueueTerm[];
  chips: Chip[];
}

export interface QueuePaging {
  /** "26–50" */
  range: string;
  /** S of the previous and next pages; undefined when there is none. */
  prev?: number;
  next?: number;
}

function number2(v: number): string {
  return (Math.round(v * 100) / 100).toString();
}

function term(t: ScoreTerm): QueueTerm {
  return {factor: t.factor, value: number2(t.value), ...(t.detail ? {detail: t.detail} : {})};
}

function ownerName(e: QueueEntry): string {
  const o = e.owner;
  return o?.name ?? o?.username ?? (o?._account_id !== undefined ? `#${o._account_id}` : '');
}

export function queueRows(queue: ReviewQueue, now: Date, base = ''): QueueRow[] {
  const start = queue.start ?? 0;
  return (queue.changes ?? []).map((e, i) => {
    const signals = e.signals ? {name: 'community-health', ...e.signals} : undefined;
    return {
      rank: start + i + 1,
      project: e.project,
      number: e.number,
      subject: e.subject,
      owner: ownerName(e),
      href: changeUrl(e.project, e.number, base),
      score: number2(e.score),
      terms: (e.breakdown ?? []).filter(t => t.value !== 0).map(term),
      chips: linkChips(chipsFor(signals, {now, compact: true}), signals, e.project, base),
    };
  });
}

export function queuePaging(queue: ReviewQueue): QueuePaging {
  const start = queue.start ?? 0;
  const limit = queue.limit ?? PAGE_SIZE;
  const shown = queue.changes?.length ?? 0;
  return {
    range: shown === 0 ? '0' : `${start + 1}–${start + shown}`,
    ...(start > 0 ? {prev: Math.max(0, start - limit)} : {}),
    ...(queue.more ? {next: start + shown} : {}),
  };
}

/** What the page says when the queue is empty. */
export function emptyQueueText(project: string | undefined, start: number): string {
  if (start > 0) return 'No more changes: this page is past the end of the queue.';
  return project
    ? `No open change of ${project} is waiting for review.`
    : 'No open change on this server is waiting for review.';
}

/** ?S= of a page address: a non-negative integer, else 0. */
export function startFrom(href: string): number {
  const s = Number(new URL(href).searchParams.get('S'));
  return Number.isInteger(s) && s > 0 ? s : 0;
}
