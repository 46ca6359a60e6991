/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';

/**
 * Which element goes to which Gerrit 3.13 endpoint. change-metadata-item is
 * a static endpoint (registerCustomComponent); the change-list column needs
 * the two dynamic endpoints together (registerDynamicCustomComponent), one
 * for the header and one for each row's cell.
 */
export const REGISTRATIONS = [
  {kind: 'static', endpoint: 'change-metadata-item', tag: 'ch-change-signals'},
  {kind: 'dynamic', endpoint: 'change-list-header', tag: 'ch-list-header'},
  {kind: 'dynamic', endpoint: 'change-list-item-cell', tag: 'ch-list-cell'},
] as const;

/** Registers the elements; they must be defined (imported) first. */
export function install(plugin: PluginApi): void {
  for (const r of REGISTRATIONS) {
    if (r.kind === 'static') {
      plugin.registerCustomComponent(r.endpoint, r.tag);
    } else {
      plugin.registerDynamicCustomComponent(r.endpoint, r.tag);
    }
  }
}
