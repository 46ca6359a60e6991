/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {REVIEWER_COLUMNS, sortReviewers, type ReviewerRow} from './time-zones-model.js';

export const REVIEWER_TABLE_TAG = 'ch-reviewer-table';

/**
 * The reviewers of a window as a table sortable by any column (click a
 * heading; again to reverse), each heading carrying what the column means.
 */
export class ChReviewerTable extends HTMLElement {
  private reviewerRows: readonly ReviewerRow[] = [];
  private sortKey = 'changes';
  private descending = true;

  set rows(rows: readonly ReviewerRow[]) {
    this.reviewerRows = rows;
    this.render();
  }

  get rows(): readonly ReviewerRow[] {
    return this.reviewerRows;
  }

  connectedCallback() {
    this.render();
  }

  /** Sorts by a column's key, as a click on its heading does. */
  sortBy(key: string) {
    if (key === this.sortKey) {
      this.descending = !this.descending;
    } else {
      this.sortKey = key;
      this.descending = REVIEWER_COLUMNS.find(c => c.key === key)?.numeric ?? false;
    }
    this.render();
  }

  private render() {
    this.replaceChildren();
    if (this.reviewerRows.length === 0) return;
    const wrap = document.createElement('div');
    wrap.className = 'matrix-wrap';
    const table = document.createElement('table');
    table.className = 'matrix reviewers';
    const head = table.createTHead().insertRow();
    for (const c of REVIEWER_COLUMNS) {
      const th = document.createElement('th');
      th.dataset['column'] = c.key;
      th.title = c.meaning;
      th.setAttribute(
        'aria-sort',
        c.key === this.sortKey ? (this.descending ? 'descending' : 'ascending') : 'none'
      );
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent =
        c.heading + (c.key === this.sortKey ? (this.descending ? ' ▼' : ' ▲') : '');
      button.addEventListener('click', () => this.sortBy(c.key));
      th.appendChild(button);
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const r of sortReviewers(this.reviewerRows, this.sortKey, this.descending)) {
      const tr = body.insertRow();
      tr.dataset['reviewer'] = r.name;
      for (const c of REVIEWER_COLUMNS) {
        const td = tr.insertCell();
        td.dataset['column'] = c.key;
        if (c.numeric) td.className = 'num';
        td.textContent = c.text(r);
        if (c.key === 'name' && r.approver) {
          const chip = document.createElement('span');
          chip.className = 'tier tone-good approver';
          chip.textContent = 'may approve';
          td.append(' ', chip);
        }
      }
    }
    const legend = document.createElement('dl');
    legend.className = 'column-meanings';
    for (const c of REVIEWER_COLUMNS) {
      const dt = document.createElement('dt');
      dt.textContent = c.heading;
      const dd = document.createElement('dd');
      dd.textContent = c.meaning;
      legend.append(dt, dd);
    }
    wrap.appendChild(table);
    this.append(wrap, legend);
  }
}

if (!customElements.get(REVIEWER_TABLE_TAG)) {
  customElements.define(REVIEWER_TABLE_TAG, ChReviewerTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-reviewer-table': ChReviewerTable;
  }
}
