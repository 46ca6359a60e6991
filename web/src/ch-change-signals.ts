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
import {METADATA_ROW_CSS} from './metadata-row-styles.js';
import {
  changeHealthOf,
  CommunityHealthApi,
  pluginTransport,
} from './rest-client.js';
import './ch-signal-chips.js';

export const CHANGE_SIGNALS_TAG = 'ch-change-signals';

/**
 * The change page's "Health" row (endpoint change-metadata-item, slot
 * above-submit-requirements): one of Gerrit's metadata rows, a "Health"
 * title cell and a value cell of chips, from the ChangeInfo.plugins
 * attribute at once, then with their reasons from the signals endpoint.
 * Absent (hidden, no row) when there is nothing to show. Gerrit sets
 * `plugin` and `change` as properties.
 */
export class ChChangeSignals extends HTMLElement {
  plugin?: PluginApi;
  private currentChange?: ChangeInfo;
  private signals?: Signals;
  private loadedFor?: string;
  private titleWidth?: ResizeObserver;

  constructor() {
    super();
    this.attachShadow({mode: 'open'});
  }

  get change(): ChangeInfo | undefined {
    return this.currentChange;
  }

  set change(change: ChangeInfo | undefined) {
    this.currentChange = change;
    this.render();
    void this.loadReasons();
  }

  connectedCallback() {
    this.render();
    void this.loadReasons();
  }

  disconnectedCallback() {
    this.titleWidth?.disconnect();
    this.titleWidth = undefined;
  }

  /**
   * Gerrit's endpoint wraps this row apart from the table of Gerrit's own
   * rows, so the two tables size their title columns apart. The Health title
   * cell takes the width of a Gerrit title cell beside it (Owner's), kept in
   * step as that one resizes, so that the chips start where Owner's value
   * does. Without such a row (another host) the cell keeps its own width.
   */
  private alignWithGerritRows(title: HTMLElement) {
    this.titleWidth?.disconnect();
    const root = this.getRootNode();
    if (!(root instanceof ShadowRoot || root instanceof Document)) return;
    // Gerrit hides some rows (display: none) until "Show all"; any shown
    // row's title cell has the column's width.
    const gerritTitle = Array.from(root.querySelectorAll<HTMLElement>('section .title')).find(
      t => t.getClientRects().length > 0
    );
    if (!gerritTitle) return;
    const follow = () => {
      const width = gerritTitle.getBoundingClientRect().width;
      if (width > 0) title.style.width = `${width}px`;
    };
    follow();
    if (typeof ResizeObserver === 'undefined') return;
    this.titleWidth = new ResizeObserver(follow);
    this.titleWidth.observe(gerritTitle);
  }

  private async loadReasons() {
    const change = this.currentChange;
    if (!change || !this.plugin || !this.isConnected) return;
    // The meta-ref moves on every update; "updated" is what ChangeInfo offers.
    const key = `${change.project}~${change._number}@${change.updated}`;
    if (this.loadedFor === key) return;
    this.loadedFor = key;
    try {
      const api = new CommunityHealthApi(pluginTransport(this.plugin));
      const signals = await api.signals(change);
      if (this.loadedFor !== key) return;
      this.signals = signals;
    } catch {
      // Keep the attribute's chips; their tooltips just lack the reasons.
      this.signals = undefined;
    }
    this.render();
  }

  private render() {
    const root = this.shadowRoot!;
    const source =
      this.signals ?? changeHealthOf(this.currentChange as {plugins?: unknown});
    const chips = linkChips(
      chipsFor(source, {now: new Date()}),
      source,
      this.currentChange?.project,
      gerritBase()
    );
    root.replaceChildren();
    this.hidden = chips.length === 0;
    if (chips.length === 0) return;
    const style = document.createElement('style');
    style.textContent = METADATA_ROW_CSS;
    const section = document.createElement('section');
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = 'Health';
    const value = document.createElement('span');
    value.className = 'value';
    const row = document.createElement('ch-signal-chips');
    row.chips = chips;
    value.appendChild(row);
    section.append(title, value);
    root.append(style, section);
    this.alignWithGerritRows(title);
  }
}

if (!customElements.get(CHANGE_SIGNALS_TAG)) {
  customElements.define(CHANGE_SIGNALS_TAG, ChChangeSignals);
}
