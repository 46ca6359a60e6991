/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';
import {
  changeHealthOf,
  CommunityHealthApi,
  fetchTransport,
  parseGerritJson,
  pluginTransport,
  RestError,
  type RestTransport,
} from '../src/rest-client.js';
import {fixture} from './fixtures.js';

function recordingTransport(): RestTransport & {paths: string[]} {
  const paths: string[] = [];
  return {
    paths,
    get<T>(path: string): Promise<T> {
      paths.push(path);
      return Promise.resolve({} as T);
    },
  };
}

describe('CommunityHealthApi', () => {
  test('asks each endpoint at its path, with the project name encoded', async () => {
    const t = recordingTransport();
    const api = new CommunityHealthApi(t);
    await api.signals({project: 'demo/nova', _number: 1234});
    await api.features('demo/nova');
    await api.metrics('demo/nova');
    await api.queue('demo/nova', {limit: 25, start: 50});
    await api.queue(undefined);
    assert.deepEqual(t.paths, [
      '/changes/demo%2Fnova~1234/community-health~signals',
      '/projects/demo%2Fnova/community-health~features',
      '/projects/demo%2Fnova/community-health~metrics',
      '/projects/demo%2Fnova/community-health~queue?n=25&S=50',
      '/config/server/community-health~queue',
    ]);
  });
});

describe('parseGerritJson', () => {
  test('strips the XSSI prefix', () => {
    assert.deepEqual(parseGerritJson(")]}'\n{\"a\":1}"), {a: 1});
    assert.deepEqual(parseGerritJson('{"a":1}'), {a: 1});
  });

  test('throws on what is not JSON', () => {
    assert.throws(() => parseGerritJson(")]}'\n<html>"), SyntaxError);
  });
});

describe('fetchTransport', () => {
  test('fetches same-origin with credentials under the base and strips the prefix', async () => {
    const calls: Array<[string, RequestInit | undefined]> = [];
    const transport = fetchTransport('/r/a', async (url, init) => {
      calls.push([url, init]);
      return new Response(")]}'\n{\"project\":\"demo/nova\"}", {status: 200});
    });
    assert.deepEqual(await transport.get('/projects/x/community-health~metrics'), {
      project: 'demo/nova',
    });
    assert.equal(calls[0][0], '/r/a/projects/x/community-health~metrics');
    assert.equal(calls[0][1]?.credentials, 'same-origin');
  });

  test('turns an HTTP error into a RestError with status and the server\'s message', async () => {
    const transport = fetchTransport('', async () =>
      new Response('Not found: demo/secret\n', {status: 404})
    );
    await assert.rejects(transport.get('/projects/demo%2Fsecret/community-health~features'), (e: unknown) => {
      assert.ok(e instanceof RestError);
      assert.equal(e.status, 404);
      assert.equal(e.detail, 'Not found: demo/secret');
      assert.equal(e.path, '/projects/demo%2Fsecret/community-health~features');
      return true;
    });
  });

  test('a network failure is a RestError with status 0', async () => {
    const transport = fetchTransport('', async () => {
      throw new TypeError('Failed to fetch');
    });
    await assert.rejects(transport.get('/x'), (e: unknown) => {
      assert.ok(e instanceof RestError);
      assert.equal(e.status, 0);
      assert.equal(e.detail, 'Failed to fetch');
      return true;
    });
  });
});

describe('pluginTransport', () => {
  function fakePlugin(
    answer: (errFn: (r?: Response | null, e?: Error) => void) => Response | void
  ): PluginApi & {urls: string[]} {
    const urls: string[] = [];
    return {
      urls,
      restApi: () => ({
        fetch: async (
          method: string,
          url: string,
          _payload: unknown,
          errFn?: (r?: Response | null, e?: Error) => void
        ) => {
          assert.equal(method, 'GET');
          assert.ok(errFn, 'an error callback keeps Gerrit from showing a toast');
          urls.push(url);
          return answer(errFn!);
        },
      }),
    } as unknown as PluginApi & {urls: string[]};
  }

  test('goes through Gerrit\'s REST API and parses the answer', async () => {
    const plugin = fakePlugin(() => new Response(")]}'\n{\"tier\":\"complete\"}"));
    const signals = await new CommunityHealthApi(pluginTransport(plugin)).signals({
      project: 'p',
      _number: 7,
    });
    assert.deepEqual(signals, {tier: 'complete'});
    assert.deepEqual(plugin.urls, ['/changes/p~7/community-health~signals']);
  });

  test('an error reported through the callback rejects with its status', async () => {
    const plugin = fakePlugin(errFn => {
      errFn(new Response('', {status: 404}));
    });
    await assert.rejects(pluginTransport(plugin).get('/x'), (e: unknown) =>
      e instanceof RestError && e.status === 404
    );
  });
});

describe('changeHealthOf', () => {
  test('finds the community-health entry among ChangeInfo.plugins', () => {
    const health = changeHealthOf(fixture('change-with-attribute.json'));
    assert.equal(health?.name, 'community-health');
    assert.equal(health?.tier, 'complete');
  });

  test('is undefined without plugins or without our entry', () => {
    assert.equal(changeHealthOf(undefined), undefined);
    assert.equal(changeHealthOf({}), undefined);
    assert.equal(changeHealthOf({plugins: 'nope'}), undefined);
    assert.equal(changeHealthOf({plugins: [null, {name: 'checks'}]}), undefined);
  });
});
