/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** web/ itself: this file runs from web/build/test-js/test/. */
export const WEB_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads web/test/fixtures/NAME as JSON (the canned endpoint answers). */
export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(`${WEB_DIR}test/fixtures/${name}`, 'utf8')) as T;
}
