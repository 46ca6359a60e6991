/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext} from 'playwright-core';
import {WEB_DIR} from '../test/fixtures.js';

/** Debian's Chromium; tools/lib/chromium.sh installs it when missing. */
export const CHROMIUM = '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile, no network beyond what the page
 * asks for, no GPU, no sandbox (containers lack the namespaces it needs).
 */
export async function launchBrowser(
  options: {httpCredentials?: {username: string; password: string}} = {}
): Promise<Browser> {
  execFileSync('bash', [join(WEB_DIR, '../tools/lib/chromium.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const profile = mkdtempSync(join(tmpdir(), 'ch-chromium-'));
  // launchPersistentContext passes --user-data-dir=<profile> itself.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: {width: 1280, height: 900},
    httpCredentials: options.httpCredentials,
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, {recursive: true, force: true});
    },
  };
}
