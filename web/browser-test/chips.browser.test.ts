/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * The built community-health.js in headless Chromium, under a stand-in for
 * window.Gerrit (the real web app ships only inside gerrit.war): it
 * registers its elements at the right endpoints, and the elements draw the
 * chips, colours and tooltips of a change. Local only.
 */

import assert from 'node:assert/strict';
import {mkdirSync} from 'node:fs';
import {after, before, test} from 'node:test';
import type {Page} from 'playwright-core';
import {fixture, WEB_DIR} from '../test/fixtures.js';
import {launchBrowser, type Browser} from './browser.js';
import {startTarget, type Target} from './target.js';

const SCREENSHOT_DIR = `${WEB_DIR}../target/browser-test`;

/** A page shaped like Gerrit's: a metadata panel and a change table. */
const HARNESS = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>chips harness</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 24px; }
  .metadata { width: 420px; border: 1px solid #dadce0; padding: 8px; margin-bottom: 24px; }
  table { border-collapse: collapse; } td, th { border-bottom: 1px solid #dadce0; padding: 6px 8px; text-align: left; }
</style>
<script>
  window.registrations = [];
  window.fakePlugin = {
    registerCustomComponent(endpoint, tag) { registrations.push(['static', endpoint, tag]); return {}; },
    registerDynamicCustomComponent(endpoint, tag) { registrations.push(['dynamic', endpoint, tag]); return {}; },
    getPluginName() { return 'community-health'; },
    restApi() {
      return { fetch(method, url, payload, errFn) { return window.fetch(url, {method, credentials: 'same-origin'}); } };
    },
  };
  window.Gerrit = { install(callback) { callback(window.fakePlugin); } };
</script>
<script src="/plugins/community-health/static/community-health.js"></script>
</head><body>
<div class="metadata" id="metadata"></div>
<table><thead><tr><th>Subject</th><th id="header"></th></tr></thead>
<tbody><tr><td>Add rolling upgrade check</td><td id="cell"></td></tr></tbody></table>
</body></html>`;

let target: Target;
let browser: Browser;
let page: Page;

before(async t => {
  if (process.env['CH_BASE_URL']) return;
  target = await startTarget(new Map([['/test/chips-harness.html', HARNESS]]));
  browser = await launchBrowser();
  page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(e.message));
  await page.goto(`${target.baseUrl}/test/chips-harness.html`);
  assert.deepEqual(errors, []);
  void t;
});

after(async () => {
  await page?.close();
  await browser?.close();
  await target?.close();
});

function change(): unknown {
  return {...fixture<object>('change-with-attribute.json'), updated: '2026-11-21 09:30:00.000000000'};
}

async function chipLabels(page: Page, host: string): Promise<string[]> {
  return page.$$eval(`${host} ch-signal-chips .chip`, chips =>
    chips.map(c => c.firstChild?.textContent ?? '')
  );
}

test('the bundle registers its elements at Gerrit\'s endpoints', async t => {
  if (!page) return t.skip('local only');
  assert.deepEqual(await page.evaluate(() => (window as unknown as {registrations: unknown}).registrations), [
    ['static', 'change-metadata-item', 'ch-change-signals'],
    ['dynamic', 'change-list-header', 'ch-list-header'],
    ['dynamic', 'change-list-item-cell', 'ch-list-cell'],
  ]);
  const defined = await page.evaluate(() =>
    ['ch-change-signals', 'ch-list-header', 'ch-list-cell', 'ch-signal-chips'].map(
      tag => customElements.get(tag) !== undefined
    )
  );
  assert.deepEqual(defined, [true, true, true, true]);
});

test('change page: chips with the reasons from the signals endpoint', async t => {
  if (!page) return t.skip('local only');
  await page.evaluate(c => {
    const el = document.createElement('ch-change-signals') as HTMLElement & {plugin: unknown; change: unknown};
    el.plugin = (window as unknown as {fakePlugin: unknown}).fakePlugin;
    el.change = c;
    document.getElementById('metadata')!.appendChild(el);
  }, change());
  // The attribute says "complete"; the signals endpoint's answer replaces it.
  await page.waitForFunction(() =>
    document.querySelector('ch-change-signals ch-signal-chips')?.shadowRoot?.textContent?.includes('experimental')
  );
  const labels = await chipLabels(page, 'ch-change-signals');
  assert.equal(labels.length, 4, labels.join(' | '));
  assert.deepEqual(labels.slice(0, 3), ['experimental · untested upstream', 'smoother-upgrades', 'Newcomer']);
  assert.match(labels[3], /^Ignored (\d+ days|1 day|<1 day)$/);
  const tones = await page.$$eval('ch-change-signals ch-signal-chips .chip', cs =>
    cs.map(c => [c.className, getComputedStyle(c).backgroundColor])
  );
  assert.deepEqual(tones, [
    ['chip tone-caution', 'rgb(254, 247, 224)'],
    ['chip tone-info', 'rgb(232, 240, 254)'],
    ['chip tone-welcome', 'rgb(243, 232, 253)'],
    ['chip tone-bad', 'rgb(252, 232, 230)'],
  ]);

  const tip = 'ch-change-signals ch-signal-chips .chip[data-kind="ignored"] [role="tooltip"]';
  assert.equal(await page.$eval(tip, e => getComputedStyle(e).display), 'none');
  await page.hover('ch-change-signals ch-signal-chips .chip[data-kind="ignored"]');
  assert.equal(await page.$eval(tip, e => getComputedStyle(e).display), 'block');
  const text = await page.$eval(tip, e => e.textContent ?? '');
  assert.match(text, /since 2026-11-20 10:00 UTC/);
  assert.match(text, /Rule: newcomerIgnoredAfter = 2d/);
  // Keyboard users get the same tooltip.
  await page.mouse.move(0, 0);
  await page.focus('ch-change-signals ch-signal-chips .chip[data-kind="newcomer"]');
  assert.equal(
    await page.$eval('ch-change-signals ch-signal-chips .chip[data-kind="newcomer"] [role="tooltip"]', e => getComputedStyle(e).display),
    'block'
  );
});

test('change list: compact chips from the attribute, reasons fetched on first hover', async t => {
  if (!page) return t.skip('local only');
  const before = target.server!.requests.length;
  await page.evaluate(c => {
    const header = document.createElement('ch-list-header');
    document.getElementById('header')!.appendChild(header);
    const cell = document.createElement('ch-list-cell') as HTMLElement & {plugin: unknown; change: unknown};
    cell.plugin = (window as unknown as {fakePlugin: unknown}).fakePlugin;
    cell.change = c;
    document.getElementById('cell')!.appendChild(cell);
  }, change());
  assert.equal(await page.textContent('ch-list-header'), 'Health');
  const labels = await chipLabels(page, 'ch-list-cell');
  assert.deepEqual(labels.slice(0, 3), ['complete', 'smoother-upgrades', '+2']);
  assert.match(labels[3], /^Waiting (\d+d|<1d)$/);
  assert.equal(target.server!.requests.length, before, 'no request before the reader points at the cell');

  await page.hover('ch-list-cell ch-signal-chips .chip[data-kind="tier"]');
  await page.waitForFunction(() =>
    document.querySelector('ch-list-cell ch-signal-chips')?.shadowRoot?.textContent?.includes('experimental ⚠')
  );
  const signalCalls = target.server!.requests
    .slice(before)
    .filter(r => r.url === '/changes/demo%2Fnova~1234/community-health~signals');
  assert.equal(signalCalls.length, 1);
  mkdirSync(SCREENSHOT_DIR, {recursive: true});
  await page.screenshot({path: `${SCREENSHOT_DIR}/chips.png`, fullPage: true});
});
