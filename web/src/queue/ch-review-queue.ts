/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {ReviewQueue} from '../api-types.js';
import {errorText} from '../dashboard/dashboard-model.js';
import {CommunityHealthApi, type RestTransport} from '../rest-client.js';
import '../ch-signal-chips.js';
import {
  emptyQueueText,
  PAGE_SIZE,
  queuePaging,
  queueRows,
  startFrom,
  type QueueRow,
} from './queue-model.js';

export const REVIEW_QUEUE_TAG = 'ch-review-queue';

/**
 * Laid out like Gerrit's change lists (gr-change-list): a full-width table,
 * header cells in the de-emphasised colour on the table-header background,
 * rows separated by the border colour, cells padded by Gerrit's spacing.
 * Gerrit's variables only, so the dark theme follows.
 */
const QUEUE_CSS = `
:host{display:block;color:var(--primary-text-color);font-family:var(--font-family,inherit);font-size:var(--font-size-normal,14px);line-height:var(--line-height-normal,20px);}
header{display:flex;align-items:baseline;justify-content:space-between;flex-wrap:wrap;gap:var(--spacing-m);padding:var(--spacing-m) var(--spacing-l);}
h2{margin:0;font-family:var(--header-font-family,inherit);font-size:var(--font-size-h2,20px);line-height:var(--line-height-h2,28px);font-weight:var(--font-weight-h2,400);}
.explanation{color:var(--deemphasized-text-color);margin:0 var(--spacing-l) var(--spacing-m);}
.table-wrap{overflow-x:auto;}
table{border-collapse:collapse;width:100%;}
th,td{text-align:left;vertical-align:top;padding:var(--spacing-s) var(--spacing-m);border-top:1px solid var(--border-color);}
th{background:var(--table-header-background-color);color:var(--deemphasized-text-color);font-weight:var(--font-weight-bold,500);white-space:nowrap;}
tr:hover td{background:var(--hover-background-color);}
td.rank,td.score{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;}
td.subject{min-width:12em;}
td.subject a{color:var(--link-color);text-decoration:none;}
td.subject a:hover{text-decoration:underline;}
td.subject .number{color:var(--deemphasized-text-color);margin-right:var(--spacing-s);}
.terms{list-style:none;margin:0;padding:0;color:var(--deemphasized-text-color);font-size:var(--font-size-small,12px);line-height:var(--line-height-small,16px);white-space:nowrap;}
.terms .factor{margin-right:var(--spacing-xs);}
td.health{min-width:10em;}
.paging{display:flex;gap:var(--spacing-l);align-items:center;}
.paging a{color:var(--link-color);text-decoration:none;}
.paging a:hover{text-decoration:underline;}
.paging .disabled{color:var(--deemphasized-text-color);}
.empty,.loading{color:var(--deemphasized-text-color);padding:var(--spacing-m) var(--spacing-l);}
.error{color:var(--error-foreground);background:var(--error-background);border-radius:var(--border-radius,4px);padding:var(--spacing-m) var(--spacing-l);margin:var(--spacing-m) var(--spacing-l);}
`;

/**
 * The review queue of one project (or the whole server, without one): each
 * change's rank, score and its terms, chips, and a link to the change; paged
 * like Gerrit's lists, the page in the address (?S=) so that a reload or a
 * shared link keeps it. Used by the queue screen inside Gerrit and by the
 * standalone queue page; the caller sets `transport` and `project` (and
 * `base`, Gerrit's context path), then `load()`.
 */
export class ChReviewQueue extends HTMLElement {
  transport?: RestTransport;
  project?: string;
  base = '';
  pageSize = PAGE_SIZE;
  private start = 0;
  private generation = 0;

  constructor() {
    super();
    this.attachShadow({mode: 'open'});
  }

  connectedCallback() {
    if (this.transport && !this.dataset['state']) void this.load();
  }

  /** Loads the page the address names (?S=), or `start` when given. */
  async load(start = startFrom(window.location.href)): Promise<void> {
    if (!this.transport) return;
    this.start = start;
    const generation = ++this.generation;
    this.show('loading', this.message('loading', 'Loading…'));
    try {
      const queue = await new CommunityHealthApi(this.transport).queue(this.project, {
        limit: this.pageSize,
        start,
      });
      if (generation !== this.generation) return;
      this.renderQueue(queue);
    } catch (e) {
      if (generation !== this.generation) return;
      const text = errorText(e, this.project ?? 'all projects');
      this.show('error', this.message('error', text));
    }
  }

  private show(state: string, ...content: Node[]) {
    const root = this.shadowRoot!;
    const style = document.createElement('style');
    style.textContent = QUEUE_CSS;
    root.replaceChildren(style, this.header(), ...content);
    this.dataset['state'] = state;
  }

  private header(): HTMLElement {
    const header = document.createElement('header');
    const h2 = document.createElement('h2');
    h2.textContent = this.project ? `Review queue: ${this.project}` : 'Review queue: all projects';
    header.appendChild(h2);
    return header;
  }

  private message(kind: string, text: string): HTMLElement {
    const p = document.createElement('p');
    p.className = kind;
    if (kind === 'error') p.setAttribute('role', 'alert');
    p.textContent = text;
    return p;
  }

  private renderQueue(queue: ReviewQueue) {
    const rows = queueRows(queue, new Date(), this.base);
    const explanation = this.message(
      'explanation',
      'Open changes ready for review, best first. The score adds up focus-area matches, ' +
        'time waiting on reviewers, a newcomer owner and an ignored change; hover a chip for its reasons.'
    );
    if (rows.length === 0) {
      this.show('empty', explanation, this.message('empty', emptyQueueText(this.project, this.start)), this.paging(queue));
      return;
    }
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.appendChild(this.table(rows));
    this.show('ready', explanation, wrap);
    this.shadowRoot!.querySelector('header')!.appendChild(this.paging(queue));
  }

  private table(rows: QueueRow[]): HTMLTableElement {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    const columns = ['Rank', 'Change', 'Owner', ...(this.project ? [] : ['Repo']), 'Score', 'Health'];
    for (const c of columns) {
      const th = document.createElement('th');
      th.textContent = c;
      th.scope = 'col';
      head.appendChild(th);
    }
    const body = table.createTBody();
    for (const r of rows) {
      const tr = body.insertRow();
      tr.dataset['change'] = `${r.project}~${r.number}`;
      const cell = (cls: string) => {
        const td = tr.insertCell();
        td.className = cls;
        return td;
      };
      cell('rank').textContent = String(r.rank);
      const link = document.createElement('a');
      link.href = r.href;
      const num = document.createElement('span');
      num.className = 'number';
      num.textContent = String(r.number);
      link.append(num, r.subject);
      cell('subject').appendChild(link);
      cell('owner').textContent = r.owner;
      if (!this.project) cell('repo').textContent = r.project;
      const score = cell('score');
      const total = document.createElement('div');
      total.className = 'total';
      total.textContent = r.score;
      const terms = document.createElement('ul');
      terms.className = 'terms';
      for (const t of r.terms) {
        const li = document.createElement('li');
        li.dataset['factor'] = t.factor;
        if (t.detail) li.title = t.detail;
        const f = document.createElement('span');
        f.className = 'factor';
        f.textContent = t.factor;
        li.append(f, `+${t.value}`);
        terms.appendChild(li);
      }
      score.append(total, terms);
      const chips = document.createElement('ch-signal-chips');
      chips.chips = r.chips;
      cell('health').appendChild(chips);
    }
    return table;
  }

  private paging(queue: ReviewQueue): HTMLElement {
    const p = queuePaging(queue);
    const nav = document.createElement('nav');
    nav.className = 'paging';
    nav.setAttribute('aria-label', 'Pages');
    const range = document.createElement('span');
    range.className = 'range';
    range.textContent = p.range;
    nav.append(this.pageLink('prev', '← Previous', p.prev), range, this.pageLink('next', 'Next →', p.next));
    return nav;
  }

  private pageLink(rel: 'prev' | 'next', text: string, start: number | undefined): HTMLElement {
    if (start === undefined) {
      const span = document.createElement('span');
      span.className = `disabled ${rel}`;
      span.textContent = text;
      return span;
    }
    const a = document.createElement('a');
    a.className = rel;
    a.rel = rel;
    const url = new URL(window.location.href);
    if (start > 0) url.searchParams.set('S', String(start));
    else url.searchParams.delete('S');
    a.href = url.pathname + url.search;
    a.textContent = text;
    a.addEventListener('click', e => {
      e.preventDefault();
      // Inside Gerrit's app a full navigation would reload the app; the
      // address is kept in step instead, without a new history entry each.
      history.replaceState(history.state, '', a.href);
      void this.load(start);
    });
    return a;
  }
}

if (!customElements.get(REVIEW_QUEUE_TAG)) {
  customElements.define(REVIEW_QUEUE_TAG, ChReviewQueue);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-review-queue': ChReviewQueue;
  }
}

