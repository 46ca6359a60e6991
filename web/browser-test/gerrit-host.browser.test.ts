/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * The built community-health.js in headless Chromium inside the host page
 * (gerrit-host.ts), which gives each endpoint the structure and styles that
 * Gerrit 3.13.5 gives it. The tests assert what a reader sees: the Health
 * row lines up with Owner, sits above Submit Requirements, keeps its chips
 * in its cell at 1100 and 1400 px, reads in the light and the dark theme;
 * the list column, the queue and dashboard screens likewise. They save the
 * screenshots the user guide shows (CH_UPDATE_SCREENSHOTS=1 copies them into
 * resources/Documentation/images/). Local only.
 */

import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync} from 'node:fs';
import {after, before, describe, test} from 'node:test';
import type {Page} from 'playwright-core';
import {fixture, WEB_DIR} from '../test/fixtures.js';
import {launchBrowser, type Browser} from './browser.js';
import {hostPage} from './gerrit-host.js';
import {startTarget, type Target} from './target.js';

const SHOT_DIR = `${WEB_DIR}../target/browser-test`;
const IMAGES_DIR = `${WEB_DIR}../resources/Documentation/images`;
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [1100, 1400];
/** WCAG AA for normal text. */
const TEXT_CONTRAST = 4.5;

type Theme = (typeof THEMES)[number];

const local = !process.env['CH_BASE_URL'];
let target: Target;
let browser: Browser;

function changes(): unknown[] {
  const withAttribute = fixture<Record<string, unknown>>('change-with-attribute.json');
  const base = {
    project: 'demo/nova',
    branch: 'master',
    updated: '2026-11-21 09:30:00.000000000',
    message: 'Add rolling upgrade check\n\nThe upgrade check now runs before services restart, so that an\noperator learns of a blocked migration before the outage.\n\nChange-Id: I0123456789abcdef',
    listed: true,
  };
  return [
    {...base, ...withAttribute, subject: 'Add rolling upgrade check', owner: {name: 'Nico Newcomer'}},
    {...base, _number: 1235, subject: 'Fix typo in the API reference', owner: {name: 'Olga Old-Hand'}},
    {
      ...base,
      _number: 1236,
      subject: 'hyperv: support generation 2 VMs',
      owner: {name: 'Hana Hyper'},
      plugins: [
        {
          name: 'community-health',
          features: [{name: 'hyperv', maturity: 'experimental', testing: 'implemented'}],
          tier: 'experimental',
          untested_upstream: true,
          focus_areas: [{name: 'scheduler-placement', score: 0.6}],
          newcomer: true,
          waiting_since: '2026-11-10 08:00:00.000000000',
          ignored: true,
        },
      ],
    },
  ];
}

before(async () => {
  if (!local) return;
  const page = hostPage({changes: changes()});
  target = await startTarget(
    new Map([
      ['/c/*', page],
      ['/q/*', page],
      ['/x/*', page],
    ])
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await target?.close();
});

async function open(path: string, theme: Theme = 'light', width = 1400): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({width, height: 900});
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  const [p, hash] = path.split('#');
  const sep = p.includes('?') ? '&' : '?';
  await page.goto(`${target.baseUrl}${p}${theme === 'dark' ? `${sep}theme=dark` : ''}${hash ? `#${hash}` : ''}`);
  (page as unknown as {errors: string[]}).errors = errors;
  return page;
}

function noErrors(page: Page) {
  assert.deepEqual((page as unknown as {errors: string[]}).errors, [], 'no script errors');
}

/** Saves a picture for the user guide (and, on request, updates the guide's copy). */
async function screenshot(page: Page, name: string, selector: string) {
  mkdirSync(SHOT_DIR, {recursive: true});
  const path = `${SHOT_DIR}/${name}.png`;
  await page.mouse.move(0, 0);
  await page.locator(selector).first().screenshot({path});
  if (process.env['CH_UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(IMAGES_DIR, {recursive: true});
    copyFileSync(path, `${IMAGES_DIR}/${name}.png`);
  }
}

/** Contrast of each element's text against what is behind it, by label. */
async function contrasts(page: Page, selector: string): Promise<Array<[string, number]>> {
  // Playwright's CSS selectors pierce open shadow roots.
  return page.$$eval(selector, els => {
    const tools = (window as unknown as {hostTools: {contrast(e: Element): number}}).hostTools;
    return els
      .filter(e => (e.textContent ?? '').trim() !== '' && e.getClientRects().length > 0)
      .map(e => [(e.textContent ?? '').trim().slice(0, 40), Math.round(tools.contrast(e) * 100) / 100] as [string, number]);
  });
}

function assertReadable(found: Array<[string, number]>, what: string, minimum = TEXT_CONTRAST) {
  assert.ok(found.length > 0, `${what}: nothing measured`);
  const poor = found.filter(([, ratio]) => ratio < minimum);
  assert.deepEqual(poor, [], `${what}: contrast below ${minimum}:1`);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

describe('change page: the Health row', {skip: !local && 'local only'}, () => {
  test('the bundle registers at Gerrit\'s endpoints, the row into the slot above Submit Requirements', async () => {
    const page = await open('/q/status:open');
    assert.deepEqual(await page.evaluate(() => (window as unknown as {hostRegistrations: unknown}).hostRegistrations), [
      {endpoint: 'change-metadata-item', tag: 'ch-change-signals', slot: 'above-submit-requirements', dynamic: false},
      {endpoint: 'change-list-header', tag: 'ch-list-header', dynamic: true},
      {endpoint: 'change-list-item-cell', tag: 'ch-list-cell', dynamic: true},
      {endpoint: 'community-health-screen-queue', tag: 'ch-queue-screen', dynamic: false, screen: 'queue'},
      {endpoint: 'community-health-screen-dashboard', tag: 'ch-dashboard-screen', dynamic: false, screen: 'dashboard'},
    ]);
    noErrors(page);
    await page.close();
  });

  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      test(`${theme} theme, ${width} px: lined up with Owner, above Submit Requirements, chips inside their cell, readable`, async () => {
        const page = await open('/c/demo/nova/+/1234', theme, width);
        // The signals endpoint's answer (with reasons) replaces the attribute's chips.
        await page.waitForFunction(() =>
          document.querySelector('gr-change-metadata')?.shadowRoot?.querySelector('ch-change-signals')
            ?.shadowRoot?.querySelector('ch-signal-chips')?.shadowRoot?.textContent?.includes('experimental')
        );
        const g = await page.evaluate(() => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
          };
          const contentLeft = (e: Element) => e.getBoundingClientRect().left + parseFloat(getComputedStyle(e).paddingLeft);
          const meta = document.querySelector('gr-change-metadata')!.shadowRoot!;
          const owner = meta.querySelector('section.owner .title')!;
          const host = meta.querySelector('ch-change-signals')!;
          const title = host.shadowRoot!.querySelector('.title')!;
          const value = host.shadowRoot!.querySelector('.value')!;
          const chips = value.querySelector('ch-signal-chips')!.shadowRoot!.querySelectorAll('.chip');
          return {
            ownerLeft: contentLeft(owner),
            titleLeft: contentLeft(title),
            ownerStyle: [getComputedStyle(owner).color, getComputedStyle(owner).fontWeight, getComputedStyle(owner).fontSize],
            titleStyle: [getComputedStyle(title).color, getComputedStyle(title).fontWeight, getComputedStyle(title).fontSize],
            titleText: title.textContent,
            title: box(title),
            owner: box(owner),
            hashtags: box(meta.querySelector('section.hashtag')!),
            submitRequirements: box(meta.querySelector('.sr-heading')!),
            value: box(value),
            ownerValue: box(meta.querySelector('section.owner .value')!),
            column: box(document.querySelector('.changeMetadata')!),
            chips: Array.from(chips).map(box),
          };
        });
        assert.equal(g.titleText, 'Health');
        assert.ok(Math.abs(g.titleLeft - g.ownerLeft) < 0.5, `title at ${g.titleLeft}, Owner at ${g.ownerLeft}`);
        assert.deepEqual(g.titleStyle, g.ownerStyle, 'colour, weight and size as Owner\'s');
        assert.ok(Math.abs(g.value.left - g.ownerValue.left) < 1, `chips start at ${g.value.left}, Owner's value at ${g.ownerValue.left}`);
        assert.ok(g.title.top >= g.hashtags.bottom - 0.5, 'with the change\'s facts');
        assert.ok(g.title.bottom <= g.submitRequirements.top + 0.5, 'above Submit Requirements');
        assert.equal(g.chips.length, 4);
        const inside = (c: Box, cell: Box) =>
          c.left >= cell.left - 0.5 && c.right <= cell.right + 0.5 && c.top >= cell.top - 0.5 && c.bottom <= cell.bottom + 0.5;
        for (const c of g.chips) {
          assert.ok(inside(c, g.value), `chip ${JSON.stringify(c)} outside its cell ${JSON.stringify(g.value)}`);
          assert.ok(c.left >= g.title.right - 0.5, 'no chip under the title column');
        }
        assert.ok(g.value.right <= g.column.right + 0.5, 'the cell stays in the metadata column');
        assertReadable(await contrasts(page, 'ch-change-signals .chip .label'), 'chips');
        assertReadable(await contrasts(page, 'ch-change-signals .title'), 'title');
        noErrors(page);
        if (width === 1400) await screenshot(page, `change-row-${theme}`, '.changeMetadata');
        await page.close();
      });
    }
  }

  test('absent, not empty, when there is nothing to show', async () => {
    const page = await open('/c/demo/nova/+/1235');
    await page.waitForSelector('gr-change-metadata');
    const state = await page.evaluate(() => {
      const host = document.querySelector('gr-change-metadata')!.shadowRoot!.querySelector('ch-change-signals') as HTMLElement;
      return {hidden: host.hidden, height: host.getBoundingClientRect().height, content: host.shadowRoot!.childElementCount};
    });
    assert.deepEqual(state, {hidden: true, height: 0, content: 0});
    noErrors(page);
    await page.close();
  });

  test('each chip keeps its tooltip and links to what explains it', async () => {
    const page = await open('/c/demo/nova/+/1234');
    const chip = (kind: string) => `ch-change-signals .chip[data-kind="${kind}"]`;
    await page.waitForSelector(`${chip('ignored')}`);
    const tip = `${chip('ignored')} [role="tooltip"]`;
    assert.equal(await page.$eval(tip, e => getComputedStyle(e).display), 'none');
    await page.hover(chip('ignored'));
    assert.equal(await page.$eval(tip, e => getComputedStyle(e).display), 'block');
    const text = await page.$eval(tip, e => e.textContent ?? '');
    assert.match(text, /since 2026-11-20 10:00 UTC/);
    assert.match(text, /Rule: newcomerIgnoredAfter = 2d/);
    await page.mouse.move(0, 0);
    await page.focus(chip('newcomer'));
    assert.equal(await page.$eval(`${chip('newcomer')} [role="tooltip"]`, e => getComputedStyle(e).display), 'block');
    assert.deepEqual(
      await page.$$eval('ch-change-signals .chip', cs => cs.map(c => [c.getAttribute('data-kind'), c.getAttribute('href')])),
      [
        ['tier', '/x/community-health/dashboard/demo/nova#feature=hyperv'],
        ['focus', '/x/community-health/queue/demo/nova'],
        ['newcomer', '/plugins/community-health/Documentation/user-guide.html#chips'],
        ['ignored', '/x/community-health/queue/demo/nova'],
      ]
    );
    // The tier chip opens the dashboard screen at the feature's matrix row.
    await page.click(chip('tier'));
    await page.waitForSelector('ch-dashboard-screen tr[data-feature="hyperv"][data-target="true"]', {timeout: 30_000});
    noErrors(page);
    await page.close();
  });
});

describe('change list: the Health column', {skip: !local && 'local only'}, () => {
  for (const theme of THEMES) {
    for (const width of WIDTHS) {
      test(`${theme} theme, ${width} px: header, chips inside their cells, readable`, async () => {
        const page = await open('/q/status:open', theme, width);
        await page.waitForSelector('ch-list-cell ch-signal-chips');
        assert.equal((await page.textContent('th.endpoint ch-list-header'))?.trim(), 'Health');
        const cells = await page.evaluate(() => {
          const box = (e: Element) => {
            const r = e.getBoundingClientRect();
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
          };
          return Array.from(document.querySelectorAll('gr-change-list-item')).map(item => {
            const td = item.shadowRoot!.querySelector('td.endpoint')!;
            const cell = td.querySelector('gr-endpoint-decorator')!.shadowRoot!.querySelector('ch-list-cell')!;
            const chips = cell.querySelector('ch-signal-chips')!.shadowRoot!.querySelectorAll('.chip');
            return {td: box(td), chips: Array.from(chips).map(box)};
          });
        });
        assert.deepEqual(cells.map(c => c.chips.length), [4, 0, 4]);
        for (const c of cells) {
          for (const chip of c.chips) {
            assert.ok(chip.left >= c.td.left - 0.5 && chip.right <= c.td.right + 0.5, `chip overflows its cell at ${width} px`);
          }
        }
        assertReadable(await contrasts(page, 'ch-list-cell .chip .label'), 'list chips');
        noErrors(page);
        if (width === 1400) await screenshot(page, `change-list-${theme}`, 'gr-change-list');
        await page.close();
      });
    }
  }

  test('reasons are fetched on first hover, once', async () => {
    const page = await open('/q/status:open');
    await page.waitForSelector('ch-list-cell ch-signal-chips');
    const before = target.server!.requests.length;
    const first = 'gr-change-list-item >> nth=0 >> ch-list-cell .chip[data-kind="tier"]';
    await page.hover(first);
    await page.waitForFunction(() =>
      document.querySelector('gr-change-list-item')!.shadowRoot!.querySelector('gr-endpoint-decorator')!
        .shadowRoot!.querySelector('ch-list-cell ch-signal-chips')!.shadowRoot!.textContent!.includes('experimental ⚠')
    );
    await page.mouse.move(0, 0);
    await page.hover(first);
    const calls = target.server!.requests.slice(before).filter(r => r.url === '/changes/demo%2Fnova~1234/community-health~signals');
    assert.equal(calls.length, 1);
    noErrors(page);
    await page.close();
  });
});

describe('review queue screen', {skip: !local && 'local only'}, () => {
  async function ranks(page: Page): Promise<string[]> {
    return page.$$eval('ch-review-queue td.rank', tds => tds.map(t => t.textContent ?? ''));
  }

  for (const theme of THEMES) {
    test(`${theme} theme: rank, score breakdown, chips, links, readable`, async () => {
      const page = await open('/x/community-health/queue/demo/nova', theme);
      await page.waitForSelector('ch-review-queue[data-state="ready"]');
      assert.equal(await page.textContent('ch-review-queue h2'), 'Review queue: demo/nova');
      assert.deepEqual(await ranks(page), ['1', '2', '3']);
      assert.deepEqual(
        await page.$$eval('ch-review-queue th', ths => ths.map(t => t.textContent)),
        ['Rank', 'Change', 'Owner', 'Score', 'Health']
      );
      assert.deepEqual(
        await page.$$eval('ch-review-queue td.subject a', as => as.map(a => a.getAttribute('href'))),
        ['/c/demo/nova/+/7', '/c/demo/nova/+/9', '/c/demo/nova/+/12']
      );
      assert.deepEqual(
        await page.$$eval('ch-review-queue tr[data-change="demo/nova~7"] .terms li', lis =>
          lis.map(l => [l.getAttribute('data-factor'), l.textContent, l.getAttribute('title')])
        ),
        [
          ['focus', 'focus+1.26', 'smoother-upgrades 0.63 × weight 2'],
          ['waiting', 'waiting+1', 'waiting 7 days'],
          ['newcomer', 'newcomer+0.5', 'owner is a newcomer'],
        ]
      );
      assert.equal(await page.$$eval('ch-review-queue tr[data-change="demo/nova~7"] .chip', c => c.length), 3);
      assertReadable(await contrasts(page, 'ch-review-queue td, ch-review-queue th, ch-review-queue .label'), 'queue');
      noErrors(page);
      await screenshot(page, `queue-${theme}`, 'ch-review-queue');
      await page.close();
    });
  }

  test('pages like Gerrit\'s lists, the page kept in the address', async () => {
    const page = await open('/x/community-health/queue/demo/nova');
    await page.waitForSelector('ch-review-queue[data-state="ready"]');
    assert.equal(await page.textContent('ch-review-queue .paging .range'), '1–3');
    assert.equal(await page.$$eval('ch-review-queue .paging a.prev', a => a.length), 0);
    await page.click('ch-review-queue .paging a.next');
    await page.locator('ch-review-queue td.rank', {hasText: '4'}).waitFor();
    assert.deepEqual(await ranks(page), ['4']);
    assert.equal(await page.textContent('ch-review-queue .paging .range'), '4–4');
    assert.equal(await page.$$eval('ch-review-queue .paging a.next', a => a.length), 0);
    assert.match(page.url(), /\/x\/community-health\/queue\/demo\/nova\?S=3$/);
    await page.click('ch-review-queue .paging a.prev');
    await page.locator('ch-review-queue td.rank', {hasText: '3'}).waitFor();
    assert.match(page.url(), /\/x\/community-health\/queue\/demo\/nova$/);
    noErrors(page);
    await page.close();
  });

  test('the top menu opens the queue of the project last viewed; without one, the server-wide queue', async () => {
    const page = await open('/x/community-health/queue');
    await page.waitForSelector('ch-review-queue[data-state="ready"]');
    assert.equal(await page.textContent('ch-review-queue h2'), 'Review queue: all projects');
    assert.deepEqual(await page.$$eval('ch-review-queue td.repo', t => t.map(e => e.textContent)), ['demo/nova', 'demo/glance']);
    await page.goto(`${target.baseUrl}/c/demo/nova/+/1234`);
    await page.click('#community-health-queue-menu');
    await page.waitForSelector('ch-review-queue[data-state="ready"]');
    assert.equal(await page.textContent('ch-review-queue h2'), 'Review queue: demo/nova');
    assert.match(page.url(), /\/x\/community-health\/queue\/demo\/nova$/);
    noErrors(page);
    await page.close();
  });

  test('the standalone page stays for headless use', async () => {
    const page = await open('/plugins/community-health/static/queue.html?project=demo%2Fnova');
    await page.waitForSelector('ch-review-queue[data-state="ready"]');
    assert.deepEqual(await ranks(page), ['1', '2', '3']);
    noErrors(page);
    await page.close();
  });
});

describe('dashboard screen', {skip: !local && 'local only'}, () => {
  for (const theme of THEMES) {
    test(`${theme} theme: inside Gerrit's app, every text and chart readable`, async () => {
      const page = await open('/x/community-health/dashboard/demo/nova', theme);
      await page.waitForSelector('ch-dashboard-screen ch-dashboard[data-loaded="true"]', {timeout: 30_000});
      assert.equal(await page.textContent('ch-dashboard-screen h1'), 'Community health: demo/nova');
      assert.equal(await page.$$eval('ch-dashboard-screen section.card[data-state="ready"]', s => s.length), 9);
      assertReadable(
        await contrasts(page, 'ch-dashboard-screen h2, ch-dashboard-screen .explanation, ch-dashboard-screen td, ch-dashboard-screen th, ch-dashboard-screen .tier, ch-dashboard-screen .flag'),
        'dashboard text'
      );
      assertReadable(await contrasts(page, 'ch-dashboard-screen svg text'), 'chart labels');
      // The 24-hour strip is one row of cells in the app too, each readable.
      const stripTops = await page.$$eval('ch-dashboard-screen ol.hour-strip li', lis =>
        lis.map(li => Math.round(li.getBoundingClientRect().top))
      );
      assert.equal(stripTops.length, 24);
      assert.equal(new Set(stripTops).size, 1, `hour strip in one row, tops ${stripTops}`);
      assertReadable(await contrasts(page, 'ch-dashboard-screen ol.hour-strip li span'), 'hour strip');
      // Bars are graphics: WCAG asks 3:1 against what is next to them.
      const bars = await page.$$eval('ch-dashboard-screen g.bar rect', rects => {
        const tools = (window as unknown as {hostTools: {contrastWith(c: string, e: Element): number}}).hostTools;
        return rects.map(r => [
          `${r.parentElement!.getAttribute('data-category')}/${r.parentElement!.getAttribute('data-series')}`,
          Math.round(tools.contrastWith(getComputedStyle(r).fill, r) * 100) / 100,
        ] as [string, number]);
      });
      assertReadable(bars, 'bars', 3);
      noErrors(page);
      await screenshot(page, `dashboard-${theme}`, 'ch-dashboard-screen');
      await page.close();
    });
  }
});
