/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Where the browser tests point: by default a local static server with
 * canned endpoint answers; with CH_BASE_URL set, a real Gerrit (e.g. the
 * daemon tools/run starts) with the plugin installed:
 *   CH_BASE_URL=http://127.0.0.1:8089 CH_PROJECT=demo/nova \
 *   CH_USER=admin CH_HTTP_PASSWORD=secret npm run test:browser
 * Against a real server the page uses HTTP basic auth (?auth=basic, REST
 * under /a/) with those credentials, and the expected numbers come from the
 * endpoints themselves instead of the fixtures.
 */

import {join} from 'node:path';
import {fixture, WEB_DIR} from '../test/fixtures.js';
import {parseGerritJson} from '../src/rest-client.js';
import {startStaticServer, type CannedAnswer, type StaticServer} from './static-server.js';

export const DASHBOARD_PATH = '/plugins/community-health/static/dashboard.html';

export interface Target {
  kind: 'local' | 'remote';
  baseUrl: string;
  /** A project with data. */
  project: string;
  httpCredentials?: {username: string; password: string};
  /** The dashboard URL for a project (undefined: no ?project=). */
  dashboardUrl(project?: string): string;
  /** GETs an endpoint the way the page does, for expected values. */
  getJson<T>(path: string): Promise<T>;
  /** Local only: what the server saw. */
  server?: StaticServer;
  close(): Promise<void>;
}

/** Directory of the built bundle: CH_STATIC_DIR, else web/dist/static. */
export function staticDir(): string {
  return process.env['CH_STATIC_DIR'] ?? join(WEB_DIR, 'dist', 'static');
}

const PLUGIN = 'community-health';

function projectAnswers(
  project: string,
  metrics: CannedAnswer,
  features: CannedAnswer
): Array<[string, CannedAnswer]> {
  const p = `/projects/${encodeURIComponent(project)}/${PLUGIN}`;
  return [
    [`${p}~metrics`, metrics],
    [`${p}~features`, features],
  ];
}

/** The canned answers of the local server, one project per page state. */
export function cannedAnswers(): Map<string, CannedAnswer> {
  return new Map<string, CannedAnswer>([
    ...projectAnswers(
      'demo/nova',
      {status: 200, body: fixture('metrics.json')},
      {status: 200, body: fixture('features.json')}
    ),
    ...projectAnswers(
      'demo/empty',
      {
        status: 200,
        body: {
          project: 'demo/empty',
          window_days: 90,
          backlog: [],
          time_to_first_review: {newcomers: {changes: 0, responded: 0}, others: {changes: 0, responded: 0}},
          change_request_duration: {
            newcomers: {changes: 0, merged: 0, abandoned: 0},
            others: {changes: 0, merged: 0, abandoned: 0},
          },
          change_request_review_duration: {
            newcomers: {cycles: 0, reviewed: 0, superseded: 0},
            others: {cycles: 0, reviewed: 0, superseded: 0},
          },
          focus_coverage: {open_changes: 0, unmatched: 0, areas: []},
          new_contributors: [],
        },
      },
      {status: 200, body: {project: 'demo/empty', window_days: 90, features: []}}
    ),
    ...projectAnswers(
      'demo/broken',
      {status: 404, body: 'Not found: demo/broken'},
      {status: 500, body: 'Internal server error'}
    ),
    [`/projects/demo%2Fnova/${PLUGIN}~reviewers`, {status: 200, body: fixture('reviewers.json')}],
    [`/projects/demo%2Fempty/${PLUGIN}~reviewers`, {status: 403, body: 'reviewer statistics are visible to the project\'s owners'}],
    [
      `/changes/demo%2Fnova~1234/${PLUGIN}~signals`,
      {status: 200, body: fixture('signals.json')},
    ],
    ...queueAnswers(),
  ]);
}

/**
 * The review queue of demo/nova (page 1, three changes and `more`, for any
 * query; page 2 for S=3) and
 * the server-wide one (two projects).
 */
function queueAnswers(): Array<[string, CannedAnswer]> {
  const first = fixture<{changes: Array<Record<string, unknown>>}>('queue.json');
  const second = {
    project: 'demo/nova',
    start: 3,
    limit: 25,
    more: false,
    changes: [{...first.changes[2], number: 31, subject: 'Document the upgrade check', score: 0.1}],
  };
  const server = {
    start: 0,
    limit: 25,
    more: false,
    changes: [
      first.changes[0],
      {...first.changes[1], project: 'demo/glance', number: 4, subject: 'Store: stream large images in chunks'},
    ],
  };
  const p = `/projects/${encodeURIComponent('demo/nova')}/${PLUGIN}~queue`;
  return [
    [p, {status: 200, body: first}],
    [`${p}?n=25&S=3`, {status: 200, body: second}],
    [`/config/server/${PLUGIN}~queue`, {status: 200, body: server}],
  ];
}

export async function startTarget(extraFiles?: ReadonlyMap<string, string>): Promise<Target> {
  const remote = process.env['CH_BASE_URL'];
  if (remote) {
    const baseUrl = remote.replace(/\/$/, '');
    const user = process.env['CH_USER'];
    const password = process.env['CH_HTTP_PASSWORD'];
    const httpCredentials = user && password ? {username: user, password} : undefined;
    const authorization = httpCredentials
      ? `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
      : undefined;
    return {
      kind: 'remote',
      baseUrl,
      project: process.env['CH_PROJECT'] ?? 'demo/nova',
      httpCredentials,
      dashboardUrl: project =>
        `${baseUrl}${DASHBOARD_PATH}?${new URLSearchParams({
          ...(project ? {project} : {}),
          ...(httpCredentials ? {auth: 'basic'} : {}),
        })}`,
      async getJson<T>(path: string): Promise<T> {
        const prefix = httpCredentials ? '/a' : '';
        const res = await fetch(`${baseUrl}${prefix}${path}`, {
          headers: authorization ? {Authorization: authorization} : {},
        });
        const text = await res.text();
        if (!res.ok) throw new Error(`${res.status} on ${path}: ${text}`);
        return parseGerritJson<T>(text);
      },
      close: async () => {},
    };
  }
  const answers = cannedAnswers();
  const server = await startStaticServer(staticDir(), answers, extraFiles);
  return {
    kind: 'local',
    baseUrl: server.baseUrl,
    project: 'demo/nova',
    dashboardUrl: project =>
      `${server.baseUrl}${DASHBOARD_PATH}${project ? `?project=${encodeURIComponent(project)}` : ''}`,
    async getJson<T>(path: string): Promise<T> {
      const answer = answers.get(path);
      if (!answer || answer.status >= 400) throw new Error(`no canned answer for ${path}`);
      return answer.body as T;
    },
    server,
    close: () => server.close(),
  };
}
