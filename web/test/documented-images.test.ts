/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {test} from 'node:test';
import {WEB_DIR} from './fixtures.js';

const DOCS = `${WEB_DIR}../resources/Documentation`;

/** Every surface the plugin adds to Gerrit's UI, in both themes. */
const SURFACES = ['change-row', 'change-list', 'queue', 'dashboard'];
const THEMES = ['light', 'dark'];

function pictures(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\((images\/[^)\s]+)\)/g)].map(m => m[1]);
}

test('the user guide shows each surface in both themes', () => {
  const shown = new Set(pictures(readFileSync(`${DOCS}/user-guide.md`, 'utf8')));
  for (const surface of SURFACES) {
    for (const theme of THEMES) {
      assert.ok(shown.has(`images/${surface}-${theme}.png`), `user-guide.md shows ${surface}-${theme}.png`);
    }
  }
});

test('every picture the documentation shows exists, as a PNG of sensible size', () => {
  for (const page of ['user-guide.md']) {
    for (const picture of pictures(readFileSync(`${DOCS}/${page}`, 'utf8'))) {
      const path = `${DOCS}/${picture}`;
      assert.ok(existsSync(path), `${page} shows ${picture}, which is missing`);
      const head = readFileSync(path).subarray(0, 8);
      assert.deepEqual([...head], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${picture} is a PNG`);
      assert.ok(statSync(path).size < 300_000, `${picture} stays under 300 kB`);
    }
  }
});
