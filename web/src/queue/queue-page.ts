/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Entry of static/queue.js: the standalone review-queue page
 * (queue.html?project=NAME, without it the server-wide queue), for headless
 * use and links from outside Gerrit's app.
 */

import {pageParams} from '../dashboard/page-params.js';
import {fetchTransport} from '../rest-client.js';
import './ch-review-queue.js';

const params = pageParams(window.location.href);
const project = new URL(window.location.href).searchParams.get('project')?.trim() || undefined;
const queue = document.querySelector('ch-review-queue');
if (queue) {
  queue.transport = fetchTransport(params.restBase);
  queue.project = project;
  queue.base = params.restBase.replace(/\/a$/, '');
  void queue.load();
}
