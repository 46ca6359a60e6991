/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import type {PluginApi} from '@gerritcodereview/typescript-api/plugin';
import {rememberedProject} from './current-project.js';
import {gerritBase, projectFromUrl, screenUrl} from './links.js';
import './queue/ch-review-queue.js';
import {pluginTransport} from './rest-client.js';

export const QUEUE_SCREEN_TAG = 'ch-queue-screen';

/**
 * The review queue as a plugin screen inside Gerrit's app
 * (/x/community-health/queue[/PROJECT]): the project from the address, else
 * the one of the change last opened (the address is updated to name it),
 * else the server-wide queue. Gerrit sets `plugin`.
 */
export class ChQueueScreen extends HTMLElement {
  plugin?: PluginApi;

  connectedCallback() {
    if (!this.plugin || this.childElementCount > 0) return;
    let project = projectFromUrl(window.location.href, 'queue');
    if (!project) {
      project = rememberedProject();
      if (project) {
        history.replaceState(history.state, '', screenUrl('queue', project, gerritBase()));
      }
    }
    this.style.display = 'block';
    this.style.padding = 'var(--spacing-m) 0';
    const queue = document.createElement('ch-review-queue');
    queue.transport = pluginTransport(this.plugin);
    queue.project = project;
    queue.base = gerritBase();
    this.appendChild(queue);
  }
}

if (!customElements.get(QUEUE_SCREEN_TAG)) {
  customElements.define(QUEUE_SCREEN_TAG, ChQueueScreen);
}
