/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * The typed REST wrapper: one class with a method per plugin endpoint, over a
 * transport that is either Gerrit's plugin REST API (inside the web app) or
 * the browser's fetch (the standalone dashboard page).
 */

import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';
import type {HttpMethod} from '@gerritcodereview/typescript-api/rest-api';
import type {
  ChangeHealth,
  DashboardMetrics,
  ReviewQueue,
  Signals,
  SupportMatrix,
} from './api-types.js';

export const PLUGIN_NAME = 'community-health';

/** Gerrit prefixes JSON with this to defeat cross-site script inclusion. */
const XSSI_PREFIX = ")]}'";

/** A failed call, with the HTTP status (0: no answer) for the error state. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    readonly detail: string
  ) {
    super(`${status || 'network error'} on ${path}${detail ? `: ${detail}` : ''}`);
    this.name = 'RestError';
  }
}

export interface RestTransport {
  /** GETs `path` (e.g. "/projects/x/community-health~features") as JSON. */
  get<T>(path: string): Promise<T>;
}

/** Parses a Gerrit JSON body, with or without the XSSI prefix. */
export function parseGerritJson<T>(text: string): T {
  const body = text.startsWith(XSSI_PREFIX) ? text.slice(XSSI_PREFIX.length) : text;
  return JSON.parse(body) as T;
}

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Same-origin fetch with the caller's session cookie. `base` is the Gerrit
 * root as seen from the page ("" or a context path such as "/r"), plus "/a"
 * when the page authenticates with HTTP basic auth.
 */
export function fetchTransport(
  base: string,
  fetchFn: FetchFn = (input, init) => fetch(input, init)
): RestTransport {
  return {
    async get<T>(path: string): Promise<T> {
      let response: Response;
      try {
        response = await fetchFn(base + path, {
          credentials: 'same-origin',
          headers: {Accept: 'application/json'},
        });
      } catch (e) {
        throw new RestError(0, path, e instanceof Error ? e.message : String(e));
      }
      const text = await response.text();
      if (!response.ok) {
        throw new RestError(response.status, path, firstLine(text));
      }
      return parseGerritJson<T>(text);
    },
  };
}

/**
 * Gerrit's own REST client (base path, auth, XSRF handled). An error callback
 * is passed so that Gerrit shows no error toast: a failed signal call should
 * hide chips, not alarm the reader.
 */
export function pluginTransport(plugin: PluginApi): RestTransport {
  return {
    async get<T>(path: string): Promise<T> {
      let failure: RestError | undefined;
      const response = await plugin
        .restApi()
        .fetch('GET' as HttpMethod, path, undefined, (res, err) => {
          failure = new RestError(res?.status ?? 0, path, err?.message ?? '');
        });
      if (failure) throw failure;
      if (!response) throw new RestError(0, path, 'no response');
      const text = await response.text();
      if (!response.ok) throw new RestError(response.status, path, firstLine(text));
      return parseGerritJson<T>(text);
    },
  };
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].slice(0, 200);
}

/** A change as the endpoints name it: "project~number". */
export interface ChangeRef {
  project: string;
  _number: number;
}

export interface Page {
  limit?: number;
  start?: number;
}

export class CommunityHealthApi {
  constructor(private readonly transport: RestTransport) {}

  /** GET /changes/{project~number}/community-health~signals */
  signals(change: ChangeRef): Promise<Signals> {
    const id = `${encodeURIComponent(change.project)}~${change._number}`;
    return this.transport.get<Signals>(`/changes/${id}/${PLUGIN_NAME}~signals`);
  }

  /** GET /projects/{project}/community-health~features */
  features(project: string): Promise<SupportMatrix> {
    return this.transport.get<SupportMatrix>(
      `${projectPath(project)}/${PLUGIN_NAME}~features`
    );
  }

  /** GET /projects/{project}/community-health~metrics */
  metrics(project: string): Promise<DashboardMetrics> {
    return this.transport.get<DashboardMetrics>(
      `${projectPath(project)}/${PLUGIN_NAME}~metrics`
    );
  }

  /**
   * GET /projects/{project}/community-health~queue, or the server-wide
   * /config/server/community-health~queue without a project.
   */
  queue(project: string | undefined, page: Page = {}): Promise<ReviewQueue> {
    const base = project ? projectPath(project) : '/config/server';
    const query = new URLSearchParams();
    if (page.limit !== undefined) query.set('n', String(page.limit));
    if (page.start !== undefined) query.set('S', String(page.start));
    const qs = query.toString();
    return this.transport.get<ReviewQueue>(
      `${base}/${PLUGIN_NAME}~queue${qs ? `?${qs}` : ''}`
    );
  }
}

function projectPath(project: string): string {
  return `/projects/${encodeURIComponent(project)}`;
}

/** The plugin's entry in ChangeInfo.plugins, if the server sent one. */
export function changeHealthOf(
  change: {plugins?: unknown} | undefined
): ChangeHealth | undefined {
  const plugins = change?.plugins;
  if (!Array.isArray(plugins)) return undefined;
  return plugins.find(
    (p): p is ChangeHealth =>
      typeof p === 'object' && p !== null && (p as {name?: unknown}).name === PLUGIN_NAME
  );
}
