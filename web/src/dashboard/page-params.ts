/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {projectFromUrl} from '../links.js';

export interface PageParams {
  /**
   * From ?project=, or the screen's /x/community-health/dashboard/PROJECT;
   * undefined when absent or blank.
   */
  project?: string;
  /**
   * Prefix of REST paths: Gerrit's context path ("" or e.g. "/r"), as the
   * part of the page's path before /plugins/, plus "/a" with ?auth=basic
   * (HTTP basic auth instead of the web session).
   */
  restBase: string;
}

/** Reads the dashboard's parameters from its own URL. */
export function pageParams(href: string): PageParams {
  const url = new URL(href);
  const plugins = url.pathname.indexOf('/plugins/');
  const at = plugins >= 0 ? plugins : url.pathname.indexOf('/x/');
  const contextPath = at > 0 ? url.pathname.slice(0, at) : '';
  const basic = url.searchParams.get('auth') === 'basic';
  const project = projectFromUrl(href, 'dashboard');
  return {
    project: project ? project : undefined,
    restBase: contextPath.replace(/\/a$/, '') + (basic ? '/a' : ''),
  };
}
