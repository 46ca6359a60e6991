/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Where things live inside Gerrit's UI: the plugin's screens (the review
 * queue and the dashboard, /x/community-health/SCREEN[/PROJECT]), a change,
 * and the user guide. Pure, so that unit tests pin every address a chip or a
 * row links to. `base` is Gerrit's context path ("" or e.g. "/r").
 */

import type {FeatureRef, Signals} from './api-types.js';
import type {Chip} from './chips.js';

export const PLUGIN = 'community-health';

export type ScreenName = 'queue' | 'dashboard';

export const SCREENS: readonly ScreenName[] = ['queue', 'dashboard'];

/** A project name in a URL path: each segment encoded, slashes kept. */
function projectPath(project: string): string {
  return project.split('/').map(encodeURIComponent).join('/');
}

/** /x/community-health/queue[/PROJECT], the plugin screen. */
export function screenUrl(
  screen: ScreenName,
  project?: string,
  base = ''
): string {
  const tail = project ? `/${projectPath(project)}` : '';
  return `${base}/x/${PLUGIN}/${screen}${tail}`;
}

/**
 * The project a screen's URL names: /x/community-health/SCREEN/PROJECT, or
 * ?project=NAME (the standalone pages' form). Undefined for none.
 */
export function projectFromUrl(href: string, screen: ScreenName): string | undefined {
  const url = new URL(href);
  const marker = `/x/${PLUGIN}/${screen}/`;
  const at = url.pathname.indexOf(marker);
  if (at >= 0) {
    const rest = url.pathname.slice(at + marker.length).replace(/\/+$/, '');
    if (rest) return rest.split('/').map(decodeURIComponent).join('/');
  }
  const query = url.searchParams.get('project')?.trim();
  return query ? query : undefined;
}

/** Gerrit's change page: /c/PROJECT/+/NUMBER. */
export function changeUrl(project: string, number: number, base = ''): string {
  return `${base}/c/${projectPath(project)}/+/${number}`;
}

/** A page of the plugin's documentation, as Gerrit serves it. */
export function docUrl(page: string, anchor: string, base = ''): string {
  return `${base}/plugins/${PLUGIN}/Documentation/${page}.html#${anchor}`;
}

/** The feature whose maturity sets the tier: the weakest, first on ties. */
function tierFeature(signals: Signals): FeatureRef | undefined {
  const features = signals.features ?? [];
  return features.find(f => f.maturity === signals.tier) ?? features[0];
}

/**
 * What explains each chip: the tier, the feature's row in the support
 * matrix (dashboard screen, #feature=NAME); focus, waiting and ignored, the
 * project's review queue, where those signals set the rank; newcomer, the
 * user guide's account of the rule.
 */
export function chipHref(
  chip: Chip,
  signals: Signals | undefined,
  project: string | undefined,
  base = ''
): string | undefined {
  if (!project) return undefined;
  switch (chip.kind) {
    case 'tier': {
      const feature = signals && tierFeature(signals);
      const hash = feature ? `#feature=${encodeURIComponent(feature.name)}` : '';
      return screenUrl('dashboard', project, base) + hash;
    }
    case 'focus':
    case 'waiting':
    case 'ignored':
      return screenUrl('queue', project, base);
    case 'newcomer':
      return docUrl('user-guide', 'chips', base);
  }
}

/** The chips with their links (chips.ts stays free of addresses). */
export function linkChips(
  chips: readonly Chip[],
  signals: Signals | undefined,
  project: string | undefined,
  base = ''
): Chip[] {
  return chips.map(c => {
    const href = chipHref(c, signals, project, base);
    return href ? {...c, href} : c;
  });
}

/** Gerrit's context path, as its index page declares it. */
export function gerritBase(): string {
  const path = (window as unknown as {CANONICAL_PATH?: unknown}).CANONICAL_PATH;
  return typeof path === 'string' ? path.replace(/\/$/, '') : '';
}
