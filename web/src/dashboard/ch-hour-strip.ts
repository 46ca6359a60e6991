/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {HourCell} from './time-zones-model.js';

export const HOUR_STRIP_TAG = 'ch-hour-strip';

/**
 * Human review activity by hour of day (UTC) as a strip of 24 cells: the
 * darker, the more reviews; hours in which nobody reviewed are marked, not
 * only left pale, so they stand out without colour.
 */
export class ChHourStrip extends HTMLElement {
  private hourCells: readonly HourCell[] = [];

  set cells(cells: readonly HourCell[]) {
    this.hourCells = cells;
    this.render();
  }

  get cells(): readonly HourCell[] {
    return this.hourCells;
  }

  connectedCallback() {
    this.render();
  }

  private render() {
    this.replaceChildren();
    if (this.hourCells.length === 0) return;
    const strip = document.createElement('ol');
    strip.className = 'hour-strip';
    strip.setAttribute('aria-label', 'Reviews by hour of day, UTC');
    for (const c of this.hourCells) {
      const li = document.createElement('li');
      li.dataset['hour'] = String(c.hour);
      li.dataset['actions'] = String(c.actions);
      if (c.silent) li.classList.add('silent');
      if (c.intensity > 0.55) li.classList.add('busy');
      li.style.setProperty('--intensity', c.intensity.toFixed(3));
      li.title = `${c.label}: ${c.actions} review${c.actions === 1 ? '' : 's'} by ${c.reviewers} ${
        c.reviewers === 1 ? 'person' : 'people'
      }`;
      const hour = document.createElement('span');
      hour.className = 'hour';
      hour.textContent = c.hour < 10 ? `0${c.hour}` : String(c.hour);
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = c.silent ? '—' : String(c.actions);
      li.append(hour, count);
      strip.appendChild(li);
    }
    const silent = this.hourCells.filter(c => c.silent).length;
    const caption = document.createElement('p');
    caption.className = 'strip-caption';
    caption.textContent =
      silent === 0
        ? 'Someone reviewed in every hour of the day.'
        : `${silent} of 24 hours without any review (marked —).`;
    this.append(strip, caption);
  }
}

if (!customElements.get(HOUR_STRIP_TAG)) {
  customElements.define(HOUR_STRIP_TAG, ChHourStrip);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-hour-strip': ChHourStrip;
  }
}
