/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';

/**
 * Which element goes to which Gerrit 3.13 endpoint.
 * - change-metadata-item is a static endpoint (registerCustomComponent); the
 *   slot puts the row with the change's facts, above Submit Requirements,
 *   instead of after everything the endpoint wraps.
 * - The change-list column needs the two dynamic endpoints together
 *   (registerDynamicCustomComponent), one for the header, one per row.
 * - Screens (plugin.screen) answer /x/community-health/NAME; Gerrit's top
 *   menu leads to them (TopMenu, ui/CommunityHealthTopMenu.java).
 */
export const REGISTRATIONS = [
  {
    kind: 'static',
    endpoint: 'change-metadata-item',
    tag: 'ch-change-signals',
    slot: 'above-submit-requirements',
  },
  {kind: 'dynamic', endpoint: 'change-list-header', tag: 'ch-list-header'},
  {kind: 'dynamic', endpoint: 'change-list-item-cell', tag: 'ch-list-cell'},
  {kind: 'screen', endpoint: 'queue', tag: 'ch-queue-screen'},
  {kind: 'screen', endpoint: 'dashboard', tag: 'ch-dashboard-screen'},
] as const;

/** Gerrit's event when it shows a change (EventType.SHOW_CHANGE). */
const SHOW_CHANGE = 'showchange';

/**
 * Registers the elements (they must be defined, i.e. imported, first) and
 * calls `onShowChange` with each change Gerrit shows.
 */
export function install(
  plugin: PluginApi,
  onShowChange: (change: {project?: string}) => void = () => {}
): void {
  for (const r of REGISTRATIONS) {
    if (r.kind === 'static') {
      plugin.registerCustomComponent(r.endpoint, r.tag, {slot: r.slot});
    } else if (r.kind === 'dynamic') {
      plugin.registerDynamicCustomComponent(r.endpoint, r.tag);
    } else {
      plugin.screen(r.endpoint, r.tag);
    }
  }
  plugin.on(SHOW_CHANGE as Parameters<PluginApi['on']>[0], onShowChange);
}
