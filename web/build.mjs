// Copyright (C) 2026 The community-health Authors
// SPDX-License-Identifier: Apache-2.0
//
// Bundles the web UI plugin and the dashboard into the plugin jar's static/:
//   community-health.js   the Gerrit web UI plugin (one file, loaded by Gerrit)
//   dashboard.html/.js    the dashboard page
//   queue.html/.js        the review-queue page
// Usage: node build.mjs [--outdir DIR]   (default: dist/static; Maven passes
// target/generated-resources/web/static). Type checking is `tsc`, run first
// by `npm run build`; esbuild only strips types and bundles.

import {build} from 'esbuild';
import {copyFileSync, mkdirSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.findIndex(a => a === '--outdir' || a.startsWith('--outdir='));
let outdir = join(here, 'dist', 'static');
if (outIndex >= 0) {
  const a = args[outIndex];
  outdir = resolve(a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[outIndex + 1]);
}
mkdirSync(outdir, {recursive: true});

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2021',
  platform: 'browser',
  legalComments: 'none',
  banner: {js: '/* community-health (Apache-2.0): built from web/src, see web/README.md */'},
  logLevel: 'warning',
};

/**
 * The bundles, one entry point each, and the pages copied beside them. BUILD
 * (web/BUILD) must produce the same files: BuildConsistencyTest reads this
 * table, so keep one entry per line in this form.
 */
const BUNDLES = [
  ['src/plugin.ts', 'community-health.js'],
  ['src/dashboard/dashboard.ts', 'dashboard.js'],
  ['src/queue/queue-page.ts', 'queue.js'],
];
const PAGES = ['dashboard.html', 'queue.html'];

for (const [entry, out] of BUNDLES) {
  await build({...common, entryPoints: [join(here, entry)], outfile: join(outdir, out)});
}
for (const page of PAGES) copyFileSync(join(here, 'static', page), join(outdir, page));

for (const f of [...BUNDLES.map(b => b[1]), ...PAGES]) {
  console.log(`${join(outdir, f)}  ${statSync(join(outdir, f)).size} bytes`);
}
