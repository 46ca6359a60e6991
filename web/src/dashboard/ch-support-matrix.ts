/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {MatrixRow} from './dashboard-model.js';

export const SUPPORT_MATRIX_TAG = 'ch-support-matrix';

const COLUMNS: ReadonlyArray<[key: string, heading: string]> = [
  ['feature', 'Feature'],
  ['tier', 'Tier'],
  ['testing', 'Testing (declared)'],
  ['observed', 'Testing (observed CI)'],
  ['docs', 'Docs'],
  ['maintainers', 'Maintainers'],
  ['merged', 'Merged'],
  ['open', 'Open'],
  ['last-review', 'Last maintainer review'],
  ['median', 'Median time to first review'],
];

/**
 * The feature support matrix: declared tier, testing, docs and maintainers
 * beside what the window shows. Tier cells carry the chip colours; flags
 * (unmaintained, testing no CI backs) are spelled out, not only coloured.
 */
export class ChSupportMatrix extends HTMLElement {
  private matrixRows: readonly MatrixRow[] = [];
  windowDays = 90;

  get rows(): readonly MatrixRow[] {
    return this.matrixRows;
  }

  set rows(rows: readonly MatrixRow[]) {
    this.matrixRows = rows;
    this.render();
  }

  connectedCallback() {
    this.render();
  }

  private render() {
    this.replaceChildren();
    if (this.matrixRows.length === 0) return;
    const table = document.createElement('table');
    table.className = 'matrix';
    const caption = document.createElement('caption');
    caption.textContent = `Merged and open changes, reviews and CI votes over the last ${this.windowDays} days.`;
    table.appendChild(caption);
    const head = table.createTHead().insertRow();
    for (const [key, heading] of COLUMNS) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.dataset['col'] = key;
      th.textContent = heading;
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const row of this.matrixRows) {
      const tr = body.insertRow();
      tr.dataset['feature'] = row.name;
      if (row.unmaintained) tr.classList.add('unmaintained');
      const feature = cell(tr, 'feature', row.title);
      if (row.title !== row.name) appendSmall(feature, row.name);
      if (row.unmaintained) appendFlag(feature, 'unmaintained: deprecation candidate');
      const tier = cell(tr, 'tier', '');
      const chip = document.createElement('span');
      chip.className = `tier tone-${row.maturityTone}`;
      chip.textContent = row.maturity;
      chip.title = row.maturityMeaning;
      tier.appendChild(chip);
      cell(tr, 'testing', row.testing).title = row.testingMeaning;
      const observed = cell(tr, 'observed', row.observedTesting);
      if (row.testingUnbacked) appendFlag(observed, `no CI vote backs "${row.testing}"`);
      cell(tr, 'docs', row.docs);
      cell(tr, 'maintainers', row.maintainers);
      cell(tr, 'merged', String(row.merged)).classList.add('num');
      cell(tr, 'open', String(row.open)).classList.add('num');
      cell(tr, 'last-review', row.lastMaintainerReview);
      cell(tr, 'median', row.medianFirstReview).classList.add('num');
    }
    const wrap = document.createElement('div');
    wrap.className = 'matrix-wrap';
    wrap.appendChild(table);
    this.appendChild(wrap);
  }
}

function cell(tr: HTMLTableRowElement, col: string, text: string): HTMLTableCellElement {
  const td = tr.insertCell();
  td.dataset['col'] = col;
  td.textContent = text;
  return td;
}

function appendSmall(parent: HTMLElement, text: string) {
  const small = document.createElement('small');
  small.textContent = text;
  parent.append(' ', small);
}

function appendFlag(parent: HTMLElement, text: string) {
  const flag = document.createElement('span');
  flag.className = 'flag';
  flag.textContent = text;
  parent.appendChild(flag);
}

if (!customElements.get(SUPPORT_MATRIX_TAG)) {
  customElements.define(SUPPORT_MATRIX_TAG, ChSupportMatrix);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-support-matrix': ChSupportMatrix;
  }
}
