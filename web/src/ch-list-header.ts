/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

export const LIST_HEADER_TAG = 'ch-list-header';

/** The "Health" column header of change lists and dashboards. */
export class ChListHeader extends HTMLElement {
  connectedCallback() {
    if (this.childElementCount > 0) return;
    const label = document.createElement('span');
    label.textContent = 'Health';
    label.title =
      'Community-health signals: feature tier, focus areas, newcomer, waiting on reviewers';
    this.appendChild(label);
  }
}

if (!customElements.get(LIST_HEADER_TAG)) {
  customElements.define(LIST_HEADER_TAG, ChListHeader);
}
