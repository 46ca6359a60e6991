/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';
import type {ChangeInfo} from '@gerritcodereview/typescript-api/rest-api';
import type {Signals} from './api-types.js';
import {chipsFor} from './chips.js';
import {gerritBase, linkChips} from './links.js';
import {
  changeHealthOf,
  CommunityHealthApi,
  pluginTransport,
} from './rest-client.js';
import './ch-signal-chips.js';

export const LIST_CELL_TAG = 'ch-list-cell';

/**
 * One row's "Health" cell (endpoint change-list-item-cell): compact chips
 * from the attribute that the change query already carries, so a list costs
 * no extra request. The reasons are fetched once, when the reader first
 * points at or focuses the cell.
 */
export class ChListCell extends HTMLElement {
  plugin?: PluginApi;
  private currentChange?: ChangeInfo;
  private signals?: Signals;
  private reasonsRequested = false;

  constructor() {
    super();
    const load = () => void this.loadReasons();
    this.addEventListener('pointerenter', load);
    this.addEventListener('focusin', load);
  }

  get change(): ChangeInfo | undefined {
    return this.currentChange;
  }

  set change(change: ChangeInfo | undefined) {
    if (change?._number !== this.currentChange?._number) {
      this.signals = undefined;
      this.reasonsRequested = false;
    }
    this.currentChange = change;
    this.render();
  }

  connectedCallback() {
    this.render();
  }

  private async loadReasons() {
    const change = this.currentChange;
    if (this.reasonsRequested || !change || !this.plugin) return;
    const health = changeHealthOf(change as {plugins?: unknown});
    if (!health) return;
    this.reasonsRequested = true;
    try {
      const signals = await new CommunityHealthApi(
        pluginTransport(this.plugin)
      ).signals(change);
      if (this.currentChange?._number !== change._number) return;
      this.signals = signals;
      this.render();
    } catch {
      // The attribute's chips stay; only the reasons are missing.
    }
  }

  private render() {
    const source =
      this.signals ?? changeHealthOf(this.currentChange as {plugins?: unknown});
    const chips = linkChips(
      chipsFor(source, {now: new Date(), compact: true}),
      source,
      this.currentChange?.project,
      gerritBase()
    );
    let row = this.querySelector('ch-signal-chips');
    if (!row) {
      row = document.createElement('ch-signal-chips');
      this.replaceChildren(row);
    }
    row.chips = chips;
  }
}

if (!customElements.get(LIST_CELL_TAG)) {
  customElements.define(LIST_CELL_TAG, ChListCell);
}
