/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';
import type {ChangeInfo} from '@gerritcodereview/typescript-api/rest-api';
import type {Signals} from './api-types.js';
import {chipsFor} from './chips.js';
import {
  changeHealthOf,
  CommunityHealthApi,
  pluginTransport,
} from './rest-client.js';
import './ch-signal-chips.js';

export const CHANGE_SIGNALS_TAG = 'ch-change-signals';

/**
 * The change page's "Health" row (endpoint change-metadata-item): chips from
 * the ChangeInfo.plugins attribute at once, then with their reasons from the
 * signals endpoint. Gerrit sets `plugin` and `change` as properties.
 */
export class ChChangeSignals extends HTMLElement {
  plugin?: PluginApi;
  private currentChange?: ChangeInfo;
  private signals?: Signals;
  private loadedFor?: string;

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
    const source =
      this.signals ?? changeHealthOf(this.currentChange as {plugins?: unknown});
    const chips = chipsFor(source, {now: new Date()});
    this.replaceChildren();
    this.hidden = chips.length === 0;
    if (chips.length === 0) return;
    const section = document.createElement('section');
    section.style.cssText = 'display:flex;gap:8px;align-items:baseline;margin-top:var(--spacing-s,4px);';
    const title = document.createElement('span');
    title.textContent = 'Health';
    title.style.cssText = 'min-width:92px;font-weight:var(--font-weight-bold,600);color:var(--deemphasized-text-color,#5f6368);';
    const value = document.createElement('ch-signal-chips');
    value.chips = chips;
    section.append(title, value);
    this.appendChild(section);
  }
}

if (!customElements.get(CHANGE_SIGNALS_TAG)) {
  customElements.define(CHANGE_SIGNALS_TAG, ChChangeSignals);
}
