/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Which chips a change gets, with their labels, colours and tooltips. Pure:
 * no DOM, no Gerrit, so that `node --test` checks every rule the reviewers
 * see. The elements only draw what this returns.
 */

import type {
  FeatureMatch,
  FocusMatch,
  Maturity,
  Signals,
  TestingLevel,
} from './api-types.js';
import {
  formatDays,
  formatUtc,
  parseGerritTimestamp,
  wholeDaysBetween,
} from './gerrit-time.js';

export type ChipKind = 'tier' | 'focus' | 'newcomer' | 'waiting' | 'ignored';

/** Colour family of a chip; chip-styles.ts maps each to Gerrit's theme. */
export type Tone = 'good' | 'caution' | 'bad' | 'info' | 'welcome' | 'neutral';

export interface Chip {
  kind: ChipKind;
  label: string;
  tone: Tone;
  /** What the chip means and why this change has it; lines split by "\n". */
  tooltip: string;
  /** Where the reader learns more (links.ts); absent: no link. */
  href?: string;
}

export interface ChipOptions {
  /** The reader's clock, for "waiting N days". */
  now: Date;
  /** Short labels and at most one focus chip (plus "+N"), for change lists. */
  compact?: boolean;
}

/** Fallback colours (light theme) when Gerrit's theme variables are absent. */
export const TONE_COLORS: Readonly<
  Record<Tone, {foreground: string; background: string; themeVar: string}>
> = {
  good: {foreground: '#1e4620', background: '#e6f4ea', themeVar: 'success'},
  caution: {foreground: '#5c3c00', background: '#fef7e0', themeVar: 'warning'},
  bad: {foreground: '#8c1d18', background: '#fce8e6', themeVar: 'error'},
  info: {foreground: '#174ea6', background: '#e8f0fe', themeVar: 'info'},
  welcome: {foreground: '#4a148c', background: '#f3e8fd', themeVar: 'welcome'},
  neutral: {foreground: '#3c4043', background: '#f1f3f4', themeVar: 'neutral'},
};

const MATURITY_MEANING: Readonly<Record<Maturity, string>> = {
  deprecated: 'scheduled for removal',
  incomplete: 'not enough functionality for real use',
  experimental: 'little or no upstream testing; use with extreme caution',
  complete:
    'API and admin docs, integration tests, expected long-term support',
  required: 'complete, and required of every new driver',
};

const MATURITY_TONE: Readonly<Record<Maturity, Tone>> = {
  deprecated: 'bad',
  incomplete: 'caution',
  experimental: 'caution',
  complete: 'good',
  required: 'good',
};

const TESTING_MEANING: Readonly<Record<TestingLevel, string>> = {
  unknown: 'unknown',
  'not-implemented': 'no tests',
  implemented: 'self-declared passing, no upstream CI',
  'regularly-tested': 'tested by third-party CI',
  checked: 'tested in the check or gate queue',
};

const UPSTREAM_TESTED: ReadonlySet<string> = new Set([
  'regularly-tested',
  'checked',
]);

/** The colour family of a maturity, also used by the dashboard's matrix. */
export function maturityTone(maturity: string | undefined): Tone {
  return (maturity && MATURITY_TONE[maturity as Maturity]) || 'neutral';
}

export function maturityMeaning(maturity: string | undefined): string {
  return (maturity && MATURITY_MEANING[maturity as Maturity]) || 'not declared';
}

export function testingMeaning(testing: string | undefined): string {
  return (
    (testing && TESTING_MEANING[testing as TestingLevel]) || 'not declared'
  );
}

/**
 * The chips of one change. Takes the signals endpoint's answer (with
 * reasons) or the ChangeInfo.plugins attribute (without): the attribute's
 * fields are a subset, and a missing reason just leaves its line out.
 */
export function chipsFor(
  signals: Signals | undefined,
  options: ChipOptions
): Chip[] {
  if (!signals) return [];
  const chips: Chip[] = [];
  const tier = tierChip(signals, options);
  if (tier) chips.push(tier);
  chips.push(...focusChips(signals.focus_areas ?? [], options));
  if (signals.newcomer === true) chips.push(newcomerChip(signals, options));
  const waiting = waitingChip(signals, options);
  if (waiting) chips.push(waiting);
  return chips;
}

function tierChip(signals: Signals, options: ChipOptions): Chip | undefined {
  const untested = signals.untested_upstream === true;
  if (!signals.tier && !untested) return undefined;
  const features = signals.features ?? [];
  const lines: string[] = [];
  let label: string;
  let tone: Tone;
  if (signals.tier) {
    label = signals.tier;
    tone = maturityTone(signals.tier);
    lines.push(
      `Feature tier: ${signals.tier} (${maturityMeaning(signals.tier)}).`,
      'The tier is the weakest maturity among the features this change touches.'
    );
  } else {
    label = 'untested';
    tone = 'caution';
    lines.push('This change touches a feature with no upstream testing.');
  }
  if (untested) {
    label = options.compact ? `${label} ⚠` : `${label} · untested upstream`;
    if (tone === 'good' || tone === 'neutral') tone = 'caution';
    const weak = features
      .filter(f => f.testing && !UPSTREAM_TESTED.has(f.testing))
      .map(f => `${featureName(f)} (${f.testing}: ${testingMeaning(f.testing)})`);
    lines.push(
      'Untested upstream: a touched feature is tested below regularly-tested, ' +
        'so no CI runs it upstream. Ask for test evidence.' +
        (weak.length ? ` Below: ${weak.join(', ')}.` : '')
    );
  }
  for (const f of features) lines.push(featureLine(f));
  return {kind: 'tier', label, tone, tooltip: lines.join('\n')};
}

function featureName(f: FeatureMatch): string {
  return f.title ? `${f.title} [${f.name}]` : f.name;
}

function featureLine(f: FeatureMatch): string {
  const parts = [`${f.maturity ?? 'maturity not declared'}`];
  if (f.testing) parts.push(`testing ${f.testing}`);
  if (f.docs) parts.push(`docs ${f.docs}`);
  let line = `• ${featureName(f)}: ${parts.join(', ')}`;
  if (f.matched_path) {
    line += `; ${f.matched_path}`;
    if (f.matched_glob) line += ` matches ${f.matched_glob}`;
    if (f.matched_paths && f.matched_paths > 1) {
      line += ` (${f.matched_paths} files)`;
    }
  }
  if (f.maintainers?.length) line += `; maintainers ${f.maintainers.join(', ')}`;
  return line;
}

function focusChips(areas: FocusMatch[], options: ChipOptions): Chip[] {
  if (areas.length === 0) return [];
  const shown = options.compact ? areas.slice(0, 1) : areas;
  const chips = shown.map(area => focusChip(area));
  const hidden = areas.slice(shown.length);
  if (hidden.length > 0) {
    chips.push({
      kind: 'focus',
      label: `+${hidden.length}`,
      tone: 'info',
      tooltip: [
        `${hidden.length} more focus area${hidden.length === 1 ? '' : 's'}:`,
        ...hidden.map(a => `• ${a.name}${scoreText(a.score)}`),
      ].join('\n'),
    });
  }
  return chips;
}

function focusChip(area: FocusMatch): Chip {
  const lines = [
    `Focus area: ${area.name}${area.description ? ` (${area.description})` : ''}.`,
    'One of this release\'s agreed priorities: matching changes rise in the review queue' +
      (area.weight !== undefined ? ` (weight ${area.weight}).` : '.'),
  ];
  if (area.score !== undefined) lines.push(`Match score${scoreText(area.score)}.`);
  if (area.terms?.length) lines.push(`Matched terms: ${area.terms.join(', ')}`);
  if (area.paths?.length) lines.push(`Matched paths: ${area.paths.join(', ')}`);
  return {kind: 'focus', label: area.name, tone: 'info', tooltip: lines.join('\n')};
}

function scoreText(score: number | undefined): string {
  return score === undefined ? '' : ` ${score.toFixed(2)} of 1`;
}

function newcomerChip(signals: Signals, options: ChipOptions): Chip {
  const lines = [
    'Newcomer: the owner has few or no merged changes on this server.',
    'Be welcoming: explain the conventions, and answer soon.',
  ];
  if (signals.newcomer_reason) lines.push(`Why: ${signals.newcomer_reason}`);
  return {
    kind: 'newcomer',
    label: options.compact ? 'new' : 'Newcomer',
    tone: 'welcome',
    tooltip: lines.join('\n'),
  };
}

function waitingChip(signals: Signals, options: ChipOptions): Chip | undefined {
  const since = parseGerritTimestamp(signals.waiting_since);
  const ignored = signals.ignored === true;
  if (!since && !ignored) return undefined;
  const days = since ? wholeDaysBetween(since, options.now) : undefined;
  const lines: string[] = [];
  if (since && days !== undefined) {
    lines.push(
      `${ignored ? 'Ignored: waiting' : 'Waiting'} on reviewers for ${formatDays(days)}, ` +
        `since ${formatUtc(since)}.`
    );
  } else {
    lines.push('Ignored: waiting on reviewers longer than the project allows.');
  }
  lines.push(
    'Nobody but the owner and bots has voted or commented since the latest ' +
      'patch set or the owner\'s latest reply.'
  );
  if (signals.waiting_reason) lines.push(`Why: ${signals.waiting_reason}`);
  if (ignored) {
    lines.push(
      signals.ignored_reason
        ? `Rule: ${signals.ignored_reason}`
        : 'Longer than the project\'s [review] ignoredAfter allows.'
    );
  }
  if (signals.exempt) {
    lines.push('Exempt: the project\'s [review] exempt query matches; no reminders.');
  }
  const span = days === undefined ? '' : shortDays(days, options.compact);
  if (ignored) {
    return {
      kind: 'ignored',
      label: span ? `Ignored ${span}` : 'Ignored',
      tone: 'bad',
      tooltip: lines.join('\n'),
    };
  }
  return {
    kind: 'waiting',
    label: `Waiting ${span}`,
    tone: 'neutral',
    tooltip: lines.join('\n'),
  };
}

function shortDays(days: number, compact: boolean | undefined): string {
  if (compact) return days < 1 ? '<1d' : `${days}d`;
  if (days < 1) return '<1 day';
  return days === 1 ? '1 day' : `${days} days`;
}
