/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {Signals} from '../src/api-types.js';
import {chipsFor, maturityTone, TONE_COLORS, type Chip} from '../src/chips.js';
import {changeHealthOf} from '../src/rest-client.js';
import {fixture} from './fixtures.js';

const NOW = new Date('2026-11-29T12:00:00Z');

function only(chips: Chip[], kind: Chip['kind']): Chip {
  const found = chips.filter(c => c.kind === kind);
  assert.equal(found.length, 1, `one ${kind} chip in ${JSON.stringify(chips)}`);
  return found[0];
}

describe('chipsFor', () => {
  test('no signals, or an empty attribute, gives no chips', () => {
    assert.deepEqual(chipsFor(undefined, {now: NOW}), []);
    assert.deepEqual(chipsFor({}, {now: NOW}), []);
    assert.deepEqual(chipsFor({newcomer: false, ignored: false}, {now: NOW}), []);
  });

  test('chips come in a fixed order: tier, focus, newcomer, waiting', () => {
    const chips = chipsFor(fixture<Signals>('signals.json'), {now: NOW});
    assert.deepEqual(
      chips.map(c => c.kind),
      ['tier', 'focus', 'newcomer', 'ignored']
    );
  });

  for (const [tier, tone] of [
    ['required', 'good'],
    ['complete', 'good'],
    ['experimental', 'caution'],
    ['incomplete', 'caution'],
    ['deprecated', 'bad'],
  ] as const) {
    test(`tier ${tier} is ${tone}, labelled with the tier, with its meaning`, () => {
      const chip = only(chipsFor({tier}, {now: NOW}), 'tier');
      assert.equal(chip.label, tier);
      assert.equal(chip.tone, tone);
      assert.match(chip.tooltip, new RegExp(`^Feature tier: ${tier} \\(`));
      assert.match(chip.tooltip, /weakest maturity among the features/);
    });
  }

  test('an unknown tier value is neutral, not an error', () => {
    const chip = only(chipsFor({tier: 'legendary' as never}, {now: NOW}), 'tier');
    assert.equal(chip.tone, 'neutral');
    assert.match(chip.tooltip, /not declared/);
  });

  test('untested upstream turns a good tier into a caution and says which feature', () => {
    const chip = only(
      chipsFor(
        {
          tier: 'complete',
          untested_upstream: true,
          features: [
            {name: 'libvirt', maturity: 'complete', testing: 'checked'},
            {name: 'vmware', title: 'VMware', maturity: 'complete', testing: 'implemented'},
          ],
        },
        {now: NOW}
      ),
      'tier'
    );
    assert.equal(chip.label, 'complete · untested upstream');
    assert.equal(chip.tone, 'caution');
    assert.match(chip.tooltip, /Untested upstream/);
    assert.match(chip.tooltip, /Below: VMware \[vmware\] \(implemented: /);
    assert.doesNotMatch(chip.tooltip, /Below: .*libvirt/);
  });

  test('untested upstream keeps a deprecated tier red and is short in lists', () => {
    const chip = only(
      chipsFor({tier: 'deprecated', untested_upstream: true}, {now: NOW, compact: true}),
      'tier'
    );
    assert.equal(chip.label, 'deprecated ⚠');
    assert.equal(chip.tone, 'bad');
  });

  test('the tier tooltip names each feature with the path and glob that matched', () => {
    const chip = only(chipsFor(fixture<Signals>('signals.json'), {now: NOW}), 'tier');
    assert.match(
      chip.tooltip,
      /• Libvirt driver \[libvirt\]: complete, testing checked, docs complete; nova\/virt\/libvirt\/driver\.py matches nova\/virt\/libvirt\/\*\* \(3 files\); maintainers vera@example\.com/
    );
    assert.match(chip.tooltip, /• Hyper-V driver \[hyperv\]: experimental, testing implemented/);
  });

  test('one blue chip per focus area, with score, weight and matched terms', () => {
    const chips = chipsFor(fixture<Signals>('signals.json'), {now: NOW});
    const chip = only(chips, 'focus');
    assert.equal(chip.label, 'smoother-upgrades');
    assert.equal(chip.tone, 'info');
    assert.match(chip.tooltip, /Focus area: smoother-upgrades \(Rolling upgrades/);
    assert.match(chip.tooltip, /\(weight 2\)/);
    assert.match(chip.tooltip, /Match score 0\.82 of 1/);
    assert.match(chip.tooltip, /Matched terms: subject:upgrad, message:migrat/);
    assert.match(chip.tooltip, /Matched paths: nova\/db\/api\.py/);
  });

  test('in lists, the first focus area shows and the rest fold into +N', () => {
    const health = changeHealthOf(fixture('change-with-attribute.json'));
    const focus = chipsFor(health, {now: NOW, compact: true}).filter(c => c.kind === 'focus');
    assert.deepEqual(focus.map(c => c.label), ['smoother-upgrades', '+2']);
    assert.match(focus[1].tooltip, /2 more focus areas:\n• scheduler-placement 0\.40 of 1\n• docs-overhaul 0\.10 of 1/);
    const full = chipsFor(health, {now: NOW}).filter(c => c.kind === 'focus');
    assert.equal(full.length, 3);
  });

  test('newcomer chip is purple and gives the reason', () => {
    const chip = only(chipsFor(fixture<Signals>('signals.json'), {now: NOW}), 'newcomer');
    assert.equal(chip.label, 'Newcomer');
    assert.equal(chip.tone, 'welcome');
    assert.match(chip.tooltip, /Why: 1 merged change on this server/);
    assert.equal(
      only(chipsFor({newcomer: true}, {now: NOW, compact: true}), 'newcomer').label,
      'new'
    );
  });

  test('waiting counts whole days since waiting_since, in UTC', () => {
    const chip = only(
      chipsFor({waiting_since: '2026-11-26 13:00:00.000000000'}, {now: NOW}),
      'waiting'
    );
    assert.equal(chip.label, 'Waiting 2 days');
    assert.equal(chip.tone, 'neutral');
    assert.match(chip.tooltip, /^Waiting on reviewers for 2 days, since 2026-11-26 13:00 UTC\./);
    assert.equal(
      only(chipsFor({waiting_since: '2026-11-26 13:00:00.000000000'}, {now: NOW, compact: true}), 'waiting').label,
      'Waiting 2d'
    );
  });

  test('waiting less than a day, and exactly one day', () => {
    assert.equal(
      only(chipsFor({waiting_since: '2026-11-29 02:00:00.0'}, {now: NOW}), 'waiting').label,
      'Waiting <1 day'
    );
    assert.equal(
      only(chipsFor({waiting_since: '2026-11-29 02:00:00.0'}, {now: NOW, compact: true}), 'waiting').label,
      'Waiting <1d'
    );
    assert.equal(
      only(chipsFor({waiting_since: '2026-11-28 12:00:00.0'}, {now: NOW}), 'waiting').label,
      'Waiting 1 day'
    );
  });

  test('ignored replaces waiting: red, with the rule that fired', () => {
    const chips = chipsFor(fixture<Signals>('signals.json'), {now: NOW});
    assert.equal(chips.filter(c => c.kind === 'waiting').length, 0);
    const chip = only(chips, 'ignored');
    assert.equal(chip.label, 'Ignored 9 days');
    assert.equal(chip.tone, 'bad');
    assert.match(chip.tooltip, /^Ignored: waiting on reviewers for 9 days, since 2026-11-20 10:00 UTC\./);
    assert.match(chip.tooltip, /Why: patch set 2 uploaded/);
    assert.match(chip.tooltip, /Rule: newcomerIgnoredAfter = 2d/);
  });

  test('ignored without a reason or a timestamp still explains itself', () => {
    const chip = only(chipsFor({ignored: true}, {now: NOW}), 'ignored');
    assert.equal(chip.label, 'Ignored');
    assert.match(chip.tooltip, /ignoredAfter/);
  });

  test('an exempt change says so', () => {
    const chip = only(
      chipsFor({waiting_since: '2026-11-28 12:00:00.0', exempt: true}, {now: NOW}),
      'waiting'
    );
    assert.match(chip.tooltip, /Exempt: the project's \[review\] exempt query matches/);
  });

  test('a malformed timestamp hides the waiting chip instead of failing', () => {
    assert.deepEqual(chipsFor({waiting_since: 'yesterday'}, {now: NOW}), []);
  });

  test('a waiting_since in the future (clock skew) counts as less than a day', () => {
    assert.equal(
      only(chipsFor({waiting_since: '2026-12-01 00:00:00.0'}, {now: NOW}), 'waiting').label,
      'Waiting <1 day'
    );
  });

  test('the attribute without reasons gives the same chips, minus the reasons', () => {
    const health = changeHealthOf(fixture('change-with-attribute.json'));
    const chips = chipsFor(health, {now: NOW});
    assert.deepEqual(
      chips.map(c => [c.kind, c.label, c.tone]),
      [
        ['tier', 'complete', 'good'],
        ['focus', 'smoother-upgrades', 'info'],
        ['focus', 'scheduler-placement', 'info'],
        ['focus', 'docs-overhaul', 'info'],
        ['waiting', 'Waiting 8 days', 'neutral'],
      ]
    );
    for (const chip of chips) assert.doesNotMatch(chip.tooltip, /Why:|undefined/);
  });

  test('text from users stays text: names go into the tooltip verbatim', () => {
    const chip = only(
      chipsFor({focus_areas: [{name: '<img src=x onerror=alert(1)>'}]}, {now: NOW}),
      'focus'
    );
    assert.equal(chip.label, '<img src=x onerror=alert(1)>');
  });
});

describe('tones', () => {
  test('every tone has light-theme fallback colours', () => {
    for (const tone of ['good', 'caution', 'bad', 'info', 'welcome', 'neutral'] as const) {
      assert.match(TONE_COLORS[tone].foreground, /^#[0-9a-f]{6}$/);
      assert.match(TONE_COLORS[tone].background, /^#[0-9a-f]{6}$/);
    }
  });

  test('maturityTone of nothing is neutral', () => {
    assert.equal(maturityTone(undefined), 'neutral');
    assert.equal(maturityTone('complete'), 'good');
  });
});
