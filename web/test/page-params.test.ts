/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {pageParams} from '../src/dashboard/page-params.js';

const PAGE = '/plugins/community-health/static/dashboard.html';

test('project from ?project=, decoded', () => {
  assert.deepEqual(pageParams(`http://h${PAGE}?project=demo%2Fnova`), {
    project: 'demo/nova',
    restBase: '',
  });
});

test('no or blank project', () => {
  assert.equal(pageParams(`http://h${PAGE}`).project, undefined);
  assert.equal(pageParams(`http://h${PAGE}?project=%20`).project, undefined);
});

test('Gerrit under a context path keeps it for REST calls', () => {
  assert.equal(pageParams(`https://h/r${PAGE}?project=x`).restBase, '/r');
});

test('auth=basic prefixes /a, once', () => {
  assert.equal(pageParams(`http://h${PAGE}?project=x&auth=basic`).restBase, '/a');
  assert.equal(pageParams(`http://h/a${PAGE}?project=x&auth=basic`).restBase, '/a');
  assert.equal(pageParams(`http://h/r${PAGE}?project=x&auth=basic`).restBase, '/r/a');
});

test('inside Gerrit, the dashboard screen names the project in its path', () => {
  assert.deepEqual(pageParams('http://h/x/community-health/dashboard/demo/nova'), {
    project: 'demo/nova',
    restBase: '',
  });
  assert.equal(pageParams('http://h/r/x/community-health/dashboard/x').restBase, '/r');
  assert.equal(pageParams('http://h/x/community-health/dashboard').project, undefined);
});
