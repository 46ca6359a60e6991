/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {DashboardMetrics} from '../api-types.js';
import {CommunityHealthApi, fetchTransport, RestError} from '../rest-client.js';
import type {ChartSpec} from './bar-layout.js';
import './ch-bar-chart.js';
import './ch-hour-strip.js';
import './ch-reviewer-table.js';
import './ch-support-matrix.js';
import {
  backlogSection,
  errorText,
  firstResponseSection,
  focusCoverageSection,
  matrixSection,
  newContributorsSection,
  changeRequestDurationSection,
  changeRequestReviewDurationSection,
  type Section,
} from './dashboard-model.js';
import type {MetricsWithZones, ReviewersReport} from './health-types.js';
import {pageParams} from './page-params.js';
import {reviewersSection, reviewHoursSection, timeZonesSection} from './time-zones-model.js';

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
    id: 'change-request-duration',
    title: 'Change request duration: newcomers vs others',
    explanation:
      'From a change\'s upload to its merge, over the changes created in the window that have been merged (CHAOSS Change Requests Duration). Abandoned and still open changes have no duration; under each group, how many of its changes were merged.',
    section: changeRequestDurationSection,
  },
  {
    id: 'change-request-review-duration',
    title: 'Change request review duration: newcomers vs others',
    explanation:
      'From each patch set upload to the first vote or comment after it by someone other than the change\'s owner or a bot, over the patch sets of the changes created in the window (CHAOSS Change Request Review Duration). A patch set replaced before anyone reviewed it, or still waiting, has no duration; under each group, how many of its patch sets were reviewed.',
    section: changeRequestReviewDurationSection,
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
  {
    id: 'time-zones',
    title: 'Time to first review by the owner\'s region',
    explanation:
      'Changes created in the window, grouped by the UTC offset of their commits: Americas (UTC−12 to −02), Europe/Africa (−01 to +04), Asia/Pacific (+04:30 to +14), unknown. Bars: median and 90th percentile time to the first human response; "ignored" counts changes that waited longer than the project\'s ignored threshold for it. Longer bars for one region mean its contributors wait longer.',
    section: m => timeZonesSection(m as MetricsWithZones),
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
    const transport = fetchTransport(params.restBase);
    const api = new CommunityHealthApi(transport);
    const reviewersCard = card(
      'reviewers',
      'Reviewers and the path to core',
      'What each person reviewed over the last 90 days, over the changes you can see. Click a column heading to sort by it; each heading says what it counts (hover, or read the list under the table).'
    );
    reviewersCard.hidden = true;
    let reviewersLoaded: Promise<void> | undefined;
    header.appendChild(
      tabBar(tab => {
        const reviewers = tab === 'reviewers';
        for (const el of Array.from(this.children)) {
          if (el instanceof HTMLElement && el.tagName === 'SECTION') {
            el.hidden = reviewers !== (el === reviewersCard);
          }
        }
        if (reviewers && !reviewersLoaded) {
          reviewersLoaded = transport
            .get<ReviewersReport>(
              `/projects/${encodeURIComponent(project)}/community-health~reviewers`
            )
            .then(
              r => fillReviewers(reviewersCard, r),
              (e: unknown) =>
                setState(
                  reviewersCard,
                  'error',
                  message('error', reviewersErrorText(e, project))
                )
            )
            .then(() => {
              reviewersCard.dataset['loaded'] = 'true';
            });
        }
      })
    );
    const cards = new Map<string, HTMLElement>();
    for (const c of CHART_CARDS) {
      cards.set(c.id, this.appendChild(card(c.id, c.title, c.explanation)));
    }
    const hoursCard = this.appendChild(
      card(
        'review-hours',
        'Reviews by hour of day (UTC)',
        'Votes and comments by people other than the change owner, in each hour of the day over the window. Hours marked — had no review at all: changes uploaded then wait for the next reviewer to wake up.'
      )
    );
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
        const strip = reviewHoursSection(m as MetricsWithZones);
        if (strip.kind === 'empty') {
          setState(hoursCard, 'empty', message('empty', strip.message));
        } else {
          const el = document.createElement('ch-hour-strip');
          el.cells = strip.value;
          setState(hoursCard, 'ready', el);
        }
      },
      (e: unknown) => {
        for (const c of CHART_CARDS) {
          setState(cards.get(c.id)!, 'error', message('error', errorText(e, project)));
        }
        setState(hoursCard, 'error', message('error', errorText(e, project)));
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
    this.appendChild(reviewersCard);
    await Promise.all([metrics, matrix]);
    this.dataset['loaded'] = 'true';
  }
}

type Tab = 'metrics' | 'reviewers';

/** The two views of the page: the charts, and the reviewers' table. */
function tabBar(onSelect: (tab: Tab) => void): HTMLElement {
  const nav = document.createElement('nav');
  nav.className = 'tabs';
  nav.setAttribute('role', 'tablist');
  const tabs: Array<[Tab, string]> = [
    ['metrics', 'Metrics'],
    ['reviewers', 'Reviewers'],
  ];
  const buttons = tabs.map(([id, text]) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.dataset['tab'] = id;
    b.textContent = text;
    b.setAttribute('aria-selected', String(id === 'metrics'));
    b.addEventListener('click', () => {
      for (const other of buttons) {
        other.setAttribute('aria-selected', String(other === b));
      }
      onSelect(id);
    });
    return b;
  });
  nav.append(...buttons);
  return nav;
}

function fillReviewers(section: HTMLElement, report: ReviewersReport) {
  const content = document.createElement('div');
  const guide = document.createElement('p');
  guide.className = 'core-guide';
  if (report.core_guide) {
    guide.append('What this project expects of a core reviewer: ');
    const a = document.createElement('a');
    a.href = report.core_guide;
    a.textContent = report.core_guide;
    a.rel = 'noopener';
    guide.appendChild(a);
  } else {
    guide.textContent =
      'This project has not described what it expects of a core reviewer ([dashboard] coreGuide in community-health.config).';
  }
  content.appendChild(guide);
  const rows = reviewersSection(report);
  if (rows.kind === 'empty') {
    content.appendChild(message('empty', rows.message));
    setState(section, 'empty', content);
    return;
  }
  const table = document.createElement('ch-reviewer-table');
  table.rows = rows.value;
  content.appendChild(table);
  setState(section, 'ready', content);
}

function reviewersErrorText(e: unknown, project: string): string {
  if (e instanceof RestError && e.status === 403) {
    return 'Reviewer statistics are visible to the project\'s owners ([dashboard] reviewerStats in community-health.config).';
  }
  return errorText(e, project);
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
