/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * The dashboard in headless Chromium: charts are SVG with the endpoint's
 * numbers, the matrix is a table with them, and empty and error states are
 * spelled out. Runs against the local canned server, or a real Gerrit when
 * CH_BASE_URL is set (see target.ts).
 */

import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {after, before, describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import type {DashboardMetrics, SupportMatrix} from '../src/api-types.js';
import type {ChartSpec} from '../src/dashboard/bar-layout.js';
import {
  backlogSection,
  firstResponseSection,
  changeRequestDurationSection,
  changeRequestReviewDurationSection,
  focusCoverageSection,
  matrixSection,
  newContributorsSection,
  type Section,
} from '../src/dashboard/dashboard-model.js';
import type {MetricsWithZones, ReviewersReport} from '../src/dashboard/health-types.js';
import {
  reviewersSection,
  reviewHoursSection,
  sortReviewers,
  timeZonesSection,
} from '../src/dashboard/time-zones-model.js';
import {WEB_DIR} from '../test/fixtures.js';
import {launchBrowser, type Browser} from './browser.js';
import {startTarget, type Target} from './target.js';

const SCREENSHOT_DIR = `${WEB_DIR}../target/browser-test`;

let target: Target;
let browser: Browser;

before(async () => {
  target = await startTarget();
  browser = await launchBrowser({httpCredentials: target.httpCredentials});
});

after(async () => {
  await browser?.close();
  await target?.close();
});

async function openDashboard(project?: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(target.dashboardUrl(project));
  if (project) {
    await page.waitForSelector('ch-dashboard[data-loaded="true"]', {timeout: 30_000});
  } else {
    await page.waitForSelector('[data-state="no-project"]', {timeout: 30_000});
  }
  assert.deepEqual(errors, [], 'no script errors on the page');
  return page;
}

interface DrawnBar {
  category: string;
  series: string;
  value: number;
  text: string;
}

async function bars(page: Page, chart: string): Promise<DrawnBar[]> {
  return page.$$eval(`svg[data-chart="${chart}"] g.bar`, gs =>
    gs.map(g => ({
      category: g.getAttribute('data-category') ?? '',
      series: g.getAttribute('data-series') ?? '',
      value: Number(g.getAttribute('data-value')),
      text: g.querySelector('text.value')?.textContent ?? '',
    }))
  );
}

async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, els => els.map(e => (e.textContent ?? '').trim()));
}

async function sectionState(page: Page, id: string): Promise<string | null> {
  return page.getAttribute(`section[data-section="${id}"]`, 'data-state');
}

/** The bars a chart spec should draw: one per defined value. */
function expectedBars(spec: ChartSpec): Array<Omit<DrawnBar, 'text'>> {
  return spec.categories.flatMap(c =>
    spec.series.flatMap((s, i) => {
      const v = c.values[i];
      return v === undefined ? [] : [{category: c.label, series: s.key, value: v}];
    })
  );
}

describe('dashboard with data', () => {
  let page: Page;
  let metrics: DashboardMetrics;
  let matrix: SupportMatrix;

  before(async () => {
    const p = `/projects/${encodeURIComponent(target.project)}/community-health`;
    metrics = await target.getJson<DashboardMetrics>(`${p}~metrics`);
    matrix = await target.getJson<SupportMatrix>(`${p}~features`);
    if (target.kind === 'local') {
      await browser.context.addCookies([
        {name: 'GerritAccount', value: 'session-1', url: target.baseUrl},
      ]);
    }
    page = await openDashboard(target.project);
    mkdirSync(SCREENSHOT_DIR, {recursive: true});
    await page.screenshot({path: `${SCREENSHOT_DIR}/dashboard.png`, fullPage: true});
  });

  after(async () => page?.close());

  const charts: Array<[string, (m: DashboardMetrics) => Section<ChartSpec>]> = [
    ['backlog', backlogSection],
    ['first-response', firstResponseSection],
    ['change-request-duration', changeRequestDurationSection],
    ['change-request-review-duration', changeRequestReviewDurationSection],
    ['focus-coverage', focusCoverageSection],
    ['new-contributors', newContributorsSection],
    ['time-zones', m => timeZonesSection(m as MetricsWithZones)],
  ];
  for (const [id, section] of charts) {
    test(`${id}: the SVG draws the endpoint's numbers, or says why not`, async () => {
      const expected = section(metrics);
      if (expected.kind === 'empty') {
        assert.equal(await sectionState(page, id), 'empty');
        assert.deepEqual(await texts(page, `section[data-section="${id}"] .empty`), [expected.message]);
        return;
      }
      assert.equal(await sectionState(page, id), 'ready');
      const drawn = await bars(page, id);
      assert.deepEqual(
        drawn.map(({category, series, value}) => ({category, series, value})),
        expectedBars(expected.value)
      );
      assert.deepEqual(
        await texts(page, `svg[data-chart="${id}"] text.category`),
        expected.value.categories.map(c => c.label)
      );
    });
  }

  test('matrix: one row per feature with its declared and observed numbers', async () => {
    const features = matrix.features ?? [];
    if (matrixSection(matrix).kind === 'empty') {
      assert.equal(await sectionState(page, 'support-matrix'), 'empty');
      return;
    }
    assert.equal(await sectionState(page, 'support-matrix'), 'ready');
    const rows = await page.$$eval('table.matrix tbody tr', trs =>
      trs.map(tr => {
        const cell = (col: string) =>
          (tr.querySelector(`td[data-col="${col}"]`)?.textContent ?? '').trim();
        return {
          feature: tr.getAttribute('data-feature'),
          tier: cell('tier'),
          tierClass: tr.querySelector('td[data-col="tier"] .tier')?.className,
          testing: cell('testing'),
          merged: Number(cell('merged')),
          open: Number(cell('open')),
        };
      })
    );
    assert.deepEqual(
      rows.map(r => [r.feature, r.tier, r.testing, r.merged, r.open]),
      features.map(f => [f.name, f.maturity, f.testing, f.activity.merged, f.activity.open])
    );
    for (const r of rows) assert.match(r.tierClass ?? '', /^tier tone-(good|caution|bad|neutral)$/);
  });

  test('local: exact numbers, labels, colours and flags of the canned project', async t => {
    if (target.kind !== 'local') return t.skip('only with the canned answers');
    const backlog = await bars(page, 'backlog');
    assert.equal(backlog.length, 18);
    assert.deepEqual(
      backlog.filter(b => b.series === 'waiting').map(b => b.value),
      [6, 9, 5, 4, 2, 1]
    );
    assert.deepEqual(
      backlog.filter(b => b.series === 'ignored').map(b => b.text),
      ['0', '1', '3', '4', '2', '1']
    );
    assert.deepEqual(
      (await bars(page, 'first-response')).map(b => b.text),
      ['30.5 h', '4 d', '6.3 h', '40 h']
    );
    assert.deepEqual(await texts(page, 'svg[data-chart="first-response"] text.note'), [
      '10 of 12 reviewed',
      '131 of 140 reviewed',
    ]);
    assert.deepEqual(
      (await bars(page, 'change-request-duration')).map(b => b.text),
      ['5 d', '16.7 d', '26.5 h', '7.1 d']
    );
    assert.deepEqual(await texts(page, 'svg[data-chart="change-request-duration"] text.note'), [
      '5 of 12 merged',
      '118 of 140 merged',
    ]);
    assert.deepEqual(
      (await bars(page, 'change-request-review-duration')).map(b => b.text),
      ['20 h', '3 d', '4.5 h', '30 h']
    );
    assert.deepEqual(
      await texts(page, 'svg[data-chart="change-request-review-duration"] text.note'),
      ['24 of 30 reviewed', '301 of 320 reviewed']
    );
    assert.deepEqual(
      (await bars(page, 'focus-coverage')).map(b => `${b.category}=${b.value}`),
      ['smoother-upgrades=8', 'scheduler-placement=7', 'no focus area=26']
    );
    assert.deepEqual(
      (await bars(page, 'new-contributors')).map(b => b.value),
      [5, 2, 7, 4, 3, 0]
    );
    assert.deepEqual(
      await texts(page, 'svg[data-chart="backlog"] .legend-text'),
      ['waiting on reviewers', 'of them by newcomers', 'of them ignored']
    );
    // Bars are drawn to scale: the 9 bar is 9/6 of the 6 bar.
    const widths = await page.$$eval(
      'svg[data-chart="backlog"] g.bar[data-series="waiting"] rect',
      rects => rects.map(r => Number(r.getAttribute('width')))
    );
    assert.ok(Math.abs(widths[1] / widths[0] - 9 / 6) < 0.01, String(widths));

    assert.deepEqual(await texts(page, 'td[data-col="tier"] .tier'), ['complete', 'experimental', 'deprecated']);
    const tierColours = await page.$$eval('td[data-col="tier"] .tier', els =>
      els.map(e => getComputedStyle(e).backgroundColor)
    );
    assert.deepEqual(tierColours, ['rgb(230, 244, 234)', 'rgb(254, 247, 224)', 'rgb(252, 232, 230)']);
    assert.deepEqual(await texts(page, 'td[data-col="median"]'), ['5.5 h', '3.3 d', '–']);
    assert.deepEqual(await texts(page, 'tr.unmaintained td[data-col="feature"] .flag'), [
      'unmaintained: deprecation candidate',
      'unmaintained: deprecation candidate',
    ]);
    assert.deepEqual(await texts(page, 'td[data-col="observed"] .flag'), [
      'no CI vote backs "regularly-tested"',
    ]);
    assert.match(
      (await texts(page, 'tr[data-feature="libvirt"] td[data-col="observed"]'))[0],
      /^zuul \(40 votes, last 2026-11-23 08:15 UTC\)$/
    );
  });

  test('review hours: a 24-hour strip with the endpoint\'s counts, silent hours marked', async () => {
    const expected = reviewHoursSection(metrics as MetricsWithZones);
    if (expected.kind === 'empty') {
      assert.equal(await sectionState(page, 'review-hours'), 'empty');
      assert.deepEqual(await texts(page, 'section[data-section="review-hours"] .empty'), [
        expected.message,
      ]);
      return;
    }
    assert.equal(await sectionState(page, 'review-hours'), 'ready');
    const cells = await page.$$eval('ch-hour-strip li', lis =>
      lis.map(li => ({
        hour: Number(li.getAttribute('data-hour')),
        actions: Number(li.getAttribute('data-actions')),
        silent: li.classList.contains('silent'),
        title: li.getAttribute('title') ?? '',
      }))
    );
    assert.deepEqual(
      cells.map(({hour, actions, silent}) => ({hour, actions, silent})),
      expected.value.map(c => ({hour: c.hour, actions: c.actions, silent: c.silent}))
    );
    for (const c of cells) assert.match(c.title, /^\d\d:00–\d\d:00 UTC: \d+ reviews? by \d+ (person|people)$/);
  });

  test('local: time zones and review hours of the canned project', async t => {
    if (target.kind !== 'local') return t.skip('only with the canned answers');
    assert.deepEqual(
      (await bars(page, 'time-zones')).map(b => `${b.category} ${b.series}=${b.text}`),
      [
        'Americas median=5.5 h',
        'Americas p90=30 h',
        'Europe/Africa median=4 h',
        'Europe/Africa p90=20 h',
        'Asia/Pacific median=19.3 h',
        'Asia/Pacific p90=3.3 d',
        'unknown median=10 h',
        'unknown p90=40 h',
      ]
    );
    assert.deepEqual((await texts(page, 'svg[data-chart="time-zones"] text.note'))[2], '45 changes, 7 ignored');
    assert.deepEqual(await texts(page, 'ch-hour-strip li.silent .hour'), ['02', '03', '04', '05']);
    assert.deepEqual(await texts(page, 'ch-hour-strip .strip-caption'), [
      '4 of 24 hours without any review (marked —).',
    ]);
    // The busiest hour (15:00) is the darkest.
    const intensities = await page.$$eval('ch-hour-strip li', lis =>
      lis.map(li => Number(getComputedStyle(li).getPropertyValue('--intensity')))
    );
    assert.equal(intensities.indexOf(Math.max(...intensities)), 15);
    assert.match(
      (await texts(page, 'section[data-section="time-zones"] .explanation'))[0],
      /Asia\/Pacific \(\+04:30 to \+14\)/
    );
  });

  test('local: REST calls are same-origin, with the session cookie', async t => {
    if (target.kind !== 'local') return t.skip('only with the canned answers');
    const calls = target.server!.requests.filter(r => r.url.includes('community-health~'));
    assert.deepEqual(calls.map(r => r.url).sort(), [
      '/projects/demo%2Fnova/community-health~features',
      '/projects/demo%2Fnova/community-health~metrics',
    ]);
    for (const c of calls) assert.equal(c.cookie, 'GerritAccount=session-1');
  });
});

describe('dashboard states', () => {
  test('without ?project= it asks for one', async () => {
    const page = await openDashboard();
    assert.match((await texts(page, '[data-state="no-project"]'))[0], /add \?project=NAME/);
    assert.equal(await page.$$eval('section.card', s => s.length), 0);
    await page.close();
  });

  test('a project with nothing to show gets an empty state in every card', async t => {
    if (target.kind !== 'local') return t.skip('needs the canned empty project');
    const page = await openDashboard('demo/empty');
    const states = await page.$$eval('section.card', s =>
      s.map(e => [e.getAttribute('data-section'), e.getAttribute('data-state')])
    );
    assert.deepEqual(states, [
      ['backlog', 'empty'],
      ['first-response', 'empty'],
      ['change-request-duration', 'empty'],
      ['change-request-review-duration', 'empty'],
      ['focus-coverage', 'empty'],
      ['new-contributors', 'empty'],
      ['time-zones', 'empty'],
      ['review-hours', 'empty'],
      ['support-matrix', 'empty'],
      ['reviewers', 'loading'],
    ]);
    assert.deepEqual(await texts(page, '.card .empty'), [
      'No open change is waiting on reviewers.',
      'No change was created in the last 90 days.',
      'No change was created in the last 90 days.',
      'No change was created in the last 90 days.',
      'No focus area is configured: add [focusArea] sections to community-health.config.',
      'No new contributor in the last 90 days.',
      'No change was created in the last 90 days.',
      'Nobody reviewed in the last 90 days.',
      'No feature is declared: add [feature] sections to community-health.config.',
    ]);
    assert.equal(await page.$$eval('svg', s => s.length), 0);
    mkdirSync(SCREENSHOT_DIR, {recursive: true});
    await page.screenshot({path: `${SCREENSHOT_DIR}/dashboard-empty.png`, fullPage: true});
    await page.close();
  });

  test('failing endpoints show an error in the cards they feed', async t => {
    if (target.kind !== 'local') return t.skip('needs the canned failing project');
    const page = await openDashboard('demo/broken');
    const alerts = await texts(page, '.card [role="alert"]');
    assert.equal(alerts.length, 9);
    for (const a of alerts.slice(0, 8)) {
      assert.match(a, /^Not found \(404\): the project "demo\/broken" does not exist, you cannot see it, or this server's community-health plugin has no community-health~metrics endpoint\.$/);
    }
    assert.equal(
      alerts[8],
      'Gerrit answered 500 on /projects/demo%2Fbroken/community-health~features: Internal server error.'
    );
    await page.screenshot({path: `${SCREENSHOT_DIR}/dashboard-error.png`, fullPage: true});
    await page.close();
  });
});

describe('reviewers tab', () => {
  async function openReviewers(project: string): Promise<Page> {
    const page = await openDashboard(project);
    assert.equal(await page.isHidden('section[data-section="reviewers"]'), true);
    await page.click('nav.tabs button[data-tab="reviewers"]');
    await page.waitForSelector('section[data-section="reviewers"][data-loaded="true"]', {
      timeout: 30_000,
    });
    return page;
  }

  test('shows the sortable table with column meanings and the core guide', async t => {
    const report = await target
      .getJson<ReviewersReport>(
        `/projects/${encodeURIComponent(target.project)}/community-health~reviewers`
      )
      .catch(() => undefined);
    if (!report) return t.skip('the signed-in user may not read ~reviewers here');
    const page = await openReviewers(target.project);
    // The charts are hidden while the tab is shown.
    assert.equal(await page.isHidden('section[data-section="backlog"]'), true);
    assert.equal(
      await page.getAttribute('nav.tabs button[data-tab="reviewers"]', 'aria-selected'),
      'true'
    );
    const expected = reviewersSection(report);
    if (expected.kind === 'empty') {
      assert.equal(await sectionState(page, 'reviewers'), 'empty');
      await page.close();
      return;
    }
    assert.equal(await sectionState(page, 'reviewers'), 'ready');
    const names = () =>
      page.$$eval('ch-reviewer-table tbody tr', trs => trs.map(tr => tr.getAttribute('data-reviewer')));
    assert.deepEqual(await names(), sortReviewers(expected.value, 'changes', true).map(r => r.name));
    assert.deepEqual(
      await page.$$eval('ch-reviewer-table th', ths => ths.map(th => (th.getAttribute('title') ?? '').length > 20)),
      Array(8).fill(true)
    );
    await page.click('ch-reviewer-table th[data-column="newcomers"] button');
    assert.deepEqual(await names(), sortReviewers(expected.value, 'newcomers', true).map(r => r.name));
    await page.click('ch-reviewer-table th[data-column="newcomers"] button');
    assert.deepEqual(await names(), sortReviewers(expected.value, 'newcomers', false).map(r => r.name));
    assert.equal(
      await page.getAttribute('ch-reviewer-table th[data-column="newcomers"]', 'aria-sort'),
      'ascending'
    );
    if (report.core_guide) {
      assert.equal(await page.getAttribute('.core-guide a', 'href'), report.core_guide);
    }
    if (target.kind === 'local') {
      // A numeric column sorts largest first; a second click reverses.
      await page.click('ch-reviewer-table th[data-column="changes"] button');
      assert.deepEqual(await names(), ['Sam Tan', 'Nora Quinn', 'Erik Lund']);
      await page.click('ch-reviewer-table th[data-column="changes"] button');
      assert.deepEqual(await names(), ['Erik Lund', 'Nora Quinn', 'Sam Tan']);
      assert.deepEqual(await texts(page, 'ch-reviewer-table .approver'), ['may approve']);
      assert.deepEqual(await texts(page, 'ch-reviewer-table td[data-column="agreement"]'), [
        '–',
        '63% of 8',
        '90% of 30',
      ]);
      assert.deepEqual(await texts(page, 'dl.column-meanings dt'), [
        'Reviewer',
        'Changes reviewed',
        'Code-Review votes',
        'First responses',
        'Median time to their first response',
        "Newcomers' changes",
        'Vote matched outcome',
        'Region',
      ]);
    }
    mkdirSync(SCREENSHOT_DIR, {recursive: true});
    await page.screenshot({path: `${SCREENSHOT_DIR}/dashboard-reviewers.png`, fullPage: true});
    await page.click('nav.tabs button[data-tab="metrics"]');
    assert.equal(await page.isHidden('section[data-section="reviewers"]'), true);
    assert.equal(await page.isVisible('section[data-section="backlog"]'), true);
    await page.close();
  });

  test('a non-owner is told the statistics are for the project\'s owners', async t => {
    if (target.kind !== 'local') return t.skip('needs the canned 403');
    const page = await openReviewers('demo/empty');
    assert.equal(await sectionState(page, 'reviewers'), 'error');
    assert.deepEqual(await texts(page, 'section[data-section="reviewers"] [role="alert"]'), [
      "Reviewer statistics are visible to the project's owners ([dashboard] reviewerStats in community-health.config).",
    ]);
    await page.close();
  });
});
