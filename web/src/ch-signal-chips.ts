/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {Chip} from './chips.js';
import {CHIP_CSS} from './chip-styles.js';

export const SIGNAL_CHIPS_TAG = 'ch-signal-chips';

let nextTooltipId = 0;

/**
 * Draws a row of chips that wraps within its container, each focusable with
 * its tooltip shown on hover and focus (and linked by aria-describedby for
 * screen readers). A chip with an href is a link to what explains it. Text
 * goes in through textContent only: labels and tooltips carry user-supplied
 * names.
 */
export class ChSignalChips extends HTMLElement {
  private chipList: readonly Chip[] = [];

  constructor() {
    super();
    this.attachShadow({mode: 'open'});
  }

  get chips(): readonly Chip[] {
    return this.chipList;
  }

  set chips(chips: readonly Chip[]) {
    this.chipList = chips;
    this.render();
  }

  connectedCallback() {
    this.render();
  }

  private render() {
    const root = this.shadowRoot!;
    root.replaceChildren();
    const style = document.createElement('style');
    style.textContent = CHIP_CSS;
    root.appendChild(style);
    for (const chip of this.chipList) {
      const el = document.createElement(chip.href ? 'a' : 'span');
      if (chip.href) (el as HTMLAnchorElement).href = chip.href;
      else el.tabIndex = 0;
      el.className = `chip tone-${chip.tone}`;
      el.dataset['kind'] = chip.kind;
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = chip.label;
      const tip = document.createElement('span');
      tip.className = 'tip';
      tip.id = `ch-tip-${nextTooltipId++}`;
      tip.setAttribute('role', 'tooltip');
      tip.textContent = chip.tooltip;
      el.setAttribute('aria-describedby', tip.id);
      el.append(label, tip);
      root.appendChild(el);
    }
  }
}

if (!customElements.get(SIGNAL_CHIPS_TAG)) {
  customElements.define(SIGNAL_CHIPS_TAG, ChSignalChips);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-signal-chips': ChSignalChips;
  }
}
