/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {DashboardMetrics} from '../api-types.js';
import {CommunityHealthApi, fetchTransport} from '../rest-client.js';
import type {ChartSpec} from './bar-layout.js';
import './ch-bar-chart.js';
import './ch-support-matrix.js';
import {
  backlogSection,
  errorText,
  firstResponseSection,
  focusCoverageSection,
  matrixSection,
  newContributorsSection,
  type Section,
} from './dashboard-model.js';
import {pageParams} from './page-params.js';

export const DASHBOARD_TAG = 'ch-dashboard';

interface ChartCard {
  id: string;
  title: string;
  explanation: string;
  section: (m: DashboardMetrics) => Section<ChartSpec>;
}

const CHART_CARDS: readonly ChartCard[] = [
  {
    id: 'backlog',
    title: 'Review backlog by age',
    explanation:
      'Open changes waiting on reviewers, by how long they have waited since the latest patch set or the owner\'s latest reply. Bot activity does not count.',
    section: backlogSection,
  },
  {
    id: 'first-response',
    title: 'Time to first review: newcomers vs others',
    explanation:
      'From a change\'s creation to the first vote or comment by someone other than its owner or a bot (CHAOSS Time to First Response).',
    section: firstResponseSection,
  },
  {
    id: 'focus-coverage',
    title: 'Focus-area coverage of open changes',
    explanation:
      'How many open changes match each of this release\'s focus areas; a change may match several.',
    section: focusCoverageSection,
  },
  {
    id: 'new-contributors',
    title: 'New contributors per month',
    explanation:
      'Owners whose first change on this server was created that month, and how many came back for a second change (CHAOSS New Contributors).',
    section: newContributorsSection,
  },
];

/**
 * The dashboard page: reads ?project=, fetches the metrics and the support
 * matrix as the signed-in user, and fills one card per chart. Each card
 * shows its own loading, empty and error state, so one failing endpoint
 * leaves the others readable.
 */
export class ChDashboard extends HTMLElement {
  connectedCallback() {
    void this.load();
  }

  private async load() {
    const params = pageParams(window.location.href);
    this.replaceChildren();
    const header = document.createElement('header');
    const h1 = document.createElement('h1');
    h1.textContent = params.project
      ? `Community health: ${params.project}`
      : 'Community health';
    header.appendChild(h1);
    this.appendChild(header);
    if (!params.project) {
      const p = message(
        'empty',
        'Choose a project: add ?project=NAME to this page\'s address, e.g. dashboard.html?project=demo%2Fnova.'
      );
      p.dataset['state'] = 'no-project';
      this.appendChild(p);
      return;
    }
    const project = params.project;
    const api = new CommunityHealthApi(fetchTransport(params.restBase));
    const cards = new Map<string, HTMLElement>();
    for (const c of CHART_CARDS) {
      cards.set(c.id, this.appendChild(card(c.id, c.title, c.explanation)));
    }
    const matrixCard = this.appendChild(
      card(
        'support-matrix',
        'Feature support matrix',
        'Each feature\'s declared tier, testing, docs and maintainers beside what the project\'s changes show.'
      )
    );
    const metrics = api.metrics(project).then(
      m => {
        for (const c of CHART_CARDS) {
          const section = c.section(m);
          const body = cards.get(c.id)!;
          if (section.kind === 'empty') {
            setState(body, 'empty', message('empty', section.message));
          } else {
            const chart = document.createElement('ch-bar-chart');
            chart.spec = section.value;
            setState(body, 'ready', chart);
          }
        }
      },
      (e: unknown) => {
        for (const c of CHART_CARDS) {
          setState(cards.get(c.id)!, 'error', message('error', errorText(e, project)));
        }
      }
    );
    const matrix = api.features(project).then(
      m => {
        const section = matrixSection(m);
        if (section.kind === 'empty') {
          setState(matrixCard, 'empty', message('empty', section.message));
        } else {
          const table = document.createElement('ch-support-matrix');
          table.windowDays = m.window_days;
          table.rows = section.value;
          setState(matrixCard, 'ready', table);
        }
      },
      (e: unknown) => setState(matrixCard, 'error', message('error', errorText(e, project)))
    );
    await Promise.all([metrics, matrix]);
    this.dataset['loaded'] = 'true';
  }
}

function card(id: string, title: string, explanation: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'card';
  section.dataset['section'] = id;
  const h2 = document.createElement('h2');
  h2.textContent = title;
  const p = document.createElement('p');
  p.className = 'explanation';
  p.textContent = explanation;
  const body = document.createElement('div');
  body.className = 'body';
  body.appendChild(message('loading', 'Loading…'));
  section.append(h2, p, body);
  section.dataset['state'] = 'loading';
  return section;
}

function setState(section: HTMLElement, state: string, content: HTMLElement) {
  section.dataset['state'] = state;
  section.querySelector('.body')!.replaceChildren(content);
}

function message(kind: 'empty' | 'error' | 'loading', text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = kind;
  if (kind === 'error') p.setAttribute('role', 'alert');
  p.textContent = text;
  return p;
}

if (!customElements.get(DASHBOARD_TAG)) {
  customElements.define(DASHBOARD_TAG, ChDashboard);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-dashboard': ChDashboard;
  }
}
