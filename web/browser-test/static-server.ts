/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * A tiny stand-in for Gerrit on 127.0.0.1: serves the built static/ at
 * /plugins/community-health/static/ (where Gerrit serves the jar's static/)
 * and canned JSON, with Gerrit's XSSI prefix, for the plugin's endpoints.
 */

import {readFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';

export interface CannedAnswer {
  status: number;
  /** JSON value (sent with the XSSI prefix) or plain text for errors. */
  body: unknown;
}

export interface StaticServer {
  baseUrl: string;
  /** Every request, method and URL and Cookie header, in order. */
  requests: Array<{url: string; cookie?: string}>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const STATIC_PREFIX = '/plugins/community-health/static/';

/**
 * Starts the server. `answers` maps a REST path (as the page requests it,
 * e.g. "/projects/demo%2Fnova/community-health~metrics") to its answer;
 * `extraFiles` maps further paths to file contents (test harness pages); a
 * key ending in "/*" serves every path under it (the host page's routes).
 */
export async function startStaticServer(
  staticDir: string,
  answers: ReadonlyMap<string, CannedAnswer>,
  extraFiles: ReadonlyMap<string, string> = new Map()
): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = req.url ?? '/';
    requests.push({url, cookie: req.headers.cookie});
    const path = url.split('?')[0];
    const answer = answers.get(url) ?? answers.get(path);
    if (answer) {
      const isJson = answer.status < 400;
      res.writeHead(answer.status, {
        'Content-Type': isJson ? TYPES['.json'] : 'text/plain; charset=utf-8',
      });
      res.end(isJson ? `)]}'\n${JSON.stringify(answer.body)}` : String(answer.body));
      return;
    }
    const extra =
      extraFiles.get(path) ??
      [...extraFiles].find(([k]) => k.endsWith('/*') && path.startsWith(k.slice(0, -1)))?.[1];
    if (extra !== undefined) {
      res.writeHead(200, {'Content-Type': TYPES[extname(path)] ?? TYPES['.html']});
      res.end(extra);
      return;
    }
    if (path.startsWith(STATIC_PREFIX)) {
      const rel = normalize(decodeURIComponent(path.slice(STATIC_PREFIX.length)));
      if (!rel.startsWith('..')) {
        try {
          const content = readFileSync(join(staticDir, rel));
          res.writeHead(200, {'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream'});
          res.end(content);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'});
    res.end('Not Found');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close(err => (err ? reject(err) : resolve()));
      }),
  };
}
