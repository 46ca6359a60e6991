/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {toneRules} from './chip-styles.js';
import {rememberedProject} from './current-project.js';
import './dashboard/ch-dashboard.js';
import {gerritBase, projectFromUrl, screenUrl} from './links.js';

export const DASHBOARD_SCREEN_TAG = 'ch-dashboard-screen';

/**
 * The charts' series colours (dashboard-model.ts) as Gerrit theme colours of
 * the same hue, matched by the fill the chart sets on bars and legend keys:
 * the page's fixed palette falls below 3:1 against the dark theme's cards
 * (and two of its colours against white). The browser tests check 3:1 for
 * every bar in both themes, so a new palette colour without a mapping here
 * fails them.
 */
const SERIES_FILLS: ReadonlyArray<[string, string]> = [
  ['#5f6368', '--deemphasized-text-color'], // waiting
  ['#c5221f', '--error-foreground'], // ignored
  ['#8e24aa', '--status-private'], // newcomer
  ['#1a73e8', '--info-foreground'], // median, focus
  ['#8ab4f8', '--warning-foreground'], // 90th percentile
  ['#9aa0a6', '--deemphasized-text-color'], // no focus area
  ['#188038', '--success-foreground'], // first change
  ['#81c995', '--info-foreground'], // came back
];

/**
 * The dashboard page's layout (cards, charts, matrix) in Gerrit's variables,
 * for the dashboard inside Gerrit's app; the standalone dashboard.html keeps
 * its own. Text is the primary or de-emphasised text colour everywhere, so
 * that both themes read (checked by the browser tests).
 */
const DASHBOARD_SCREEN_CSS = `
:host{display:block;padding:var(--spacing-l) var(--spacing-xl) var(--spacing-xxl);color:var(--primary-text-color);font-family:var(--font-family,inherit);font-size:var(--font-size-normal,14px);line-height:var(--line-height-normal,20px);}
h1{font-family:var(--header-font-family,inherit);font-size:var(--font-size-h2,20px);line-height:var(--line-height-h2,28px);font-weight:var(--font-weight-h2,400);margin:0 0 var(--spacing-l);}
ch-dashboard{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(480px,100%),1fr));gap:var(--spacing-l);}
ch-dashboard>header,ch-dashboard>p,ch-dashboard>section[data-section="support-matrix"]{grid-column:1/-1;}
.card{background:var(--view-background-color);border:1px solid var(--border-color);border-radius:var(--border-radius,4px);box-shadow:var(--elevation-level-1,none);padding:var(--spacing-m) var(--spacing-l) var(--spacing-l);min-width:0;}
.card h2{font-size:var(--font-size-h3,16px);line-height:var(--line-height-h3,24px);font-weight:var(--font-weight-h3,400);margin:0 0 var(--spacing-s);}
.explanation,.loading,.empty{color:var(--deemphasized-text-color);}
.explanation{margin:0 0 var(--spacing-m);font-size:var(--font-size-small,12px);}
.empty{font-style:italic;}
.error{color:var(--primary-text-color);background:var(--error-background);border-radius:var(--border-radius,4px);padding:var(--spacing-m) var(--spacing-l);}
svg text{font:var(--font-size-small,12px) var(--font-family,sans-serif);fill:var(--primary-text-color);}
svg text.note{fill:var(--deemphasized-text-color);}
.matrix-wrap{overflow-x:auto;}
table.matrix{border-collapse:collapse;width:100%;}
table.matrix caption{caption-side:bottom;text-align:left;color:var(--deemphasized-text-color);padding-top:var(--spacing-s);font-size:var(--font-size-small,12px);}
table.matrix th,table.matrix td{text-align:left;vertical-align:top;padding:var(--spacing-s) var(--spacing-m);border-top:1px solid var(--border-color);}
table.matrix th{background:var(--table-header-background-color);color:var(--deemphasized-text-color);font-weight:var(--font-weight-bold,500);white-space:nowrap;}
table.matrix td.num{text-align:right;font-variant-numeric:tabular-nums;}
table.matrix small{color:var(--deemphasized-text-color);}
table.matrix tr.unmaintained td{background:var(--warning-background);}
table.matrix tr[data-target] td{outline:2px solid var(--link-color);outline-offset:-2px;}
.tier{display:inline-block;padding:0 var(--spacing-m);border-radius:var(--line-height-small,16px);border:1px solid transparent;white-space:nowrap;}
.flag{display:block;margin-top:var(--spacing-xxs);font-size:var(--font-size-small,12px);color:var(--primary-text-color);}
.flag::before{content:"⚠ ";color:var(--error-foreground);}
nav.tabs{display:flex;gap:var(--spacing-xs);margin:0 0 var(--spacing-xs);grid-column:1/-1;}
nav.tabs button{font:inherit;padding:var(--spacing-xs) var(--spacing-l);border:1px solid var(--border-color);border-radius:var(--line-height-normal,20px);background:var(--view-background-color);color:var(--primary-text-color);cursor:pointer;}
nav.tabs button[aria-selected="true"]{background:var(--selection-background-color);border-color:var(--link-color);}
ch-dashboard>section[data-section="review-hours"],ch-dashboard>section[data-section="reviewers"]{grid-column:1/-1;}
ol.hour-strip{display:grid;grid-template-columns:repeat(24,minmax(0,1fr));gap:2px;list-style:none;padding:0;margin:0;}
ol.hour-strip li{background:color-mix(in srgb,var(--info-foreground) calc(8% + 60% * var(--intensity,0)),var(--view-background-color));border-radius:var(--border-radius,4px);padding:var(--spacing-xs) 0;text-align:center;font-size:var(--font-size-small,12px);font-variant-numeric:tabular-nums;color:var(--primary-text-color);}
ol.hour-strip li.silent{background:var(--error-background);}
ol.hour-strip span{display:block;}
ol.hour-strip .hour{color:var(--deemphasized-text-color);}
.strip-caption{color:var(--deemphasized-text-color);font-size:var(--font-size-small,12px);margin:var(--spacing-s) 0 0;}
table.reviewers button.sort{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left;}
dl.column-meanings{display:grid;grid-template-columns:max-content 1fr;gap:2px var(--spacing-m);margin:var(--spacing-m) 0 0;font-size:var(--font-size-small,12px);color:var(--deemphasized-text-color);}
dl.column-meanings dt{font-weight:var(--font-weight-bold,500);}
dl.column-meanings dd{margin:0;}
.core-guide{margin:0 0 var(--spacing-m);}
${SERIES_FILLS.map(([hex, v]) => `svg rect[fill="${hex}" i]{fill:var(${v});}`).join('\n')}
${toneRules()}
`;

/**
 * The dashboard as a plugin screen inside Gerrit's app
 * (/x/community-health/dashboard[/PROJECT][#feature=NAME]): the project from
 * the address, else the one of the change last opened (the address is
 * updated to name it); with #feature=NAME the feature's row of the support
 * matrix is scrolled to and marked. The dashboard itself is ch-dashboard,
 * unchanged, in this element's shadow DOM with Gerrit-styled CSS.
 */
export class ChDashboardScreen extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'});
  }

  connectedCallback() {
    const root = this.shadowRoot!;
    if (root.childElementCount > 0) return;
    if (!projectFromUrl(window.location.href, 'dashboard')) {
      const project = rememberedProject();
      if (project) {
        history.replaceState(
          history.state,
          '',
          screenUrl('dashboard', project, gerritBase()) + window.location.hash
        );
      }
    }
    const style = document.createElement('style');
    style.textContent = DASHBOARD_SCREEN_CSS;
    const dashboard = document.createElement('ch-dashboard');
    root.append(style, dashboard);
    const feature = new URLSearchParams(window.location.hash.slice(1)).get('feature');
    if (feature) this.markFeature(dashboard, feature);
  }

  private markFeature(dashboard: HTMLElement, feature: string) {
    const find = () => {
      const row = Array.from(dashboard.querySelectorAll<HTMLElement>('tr[data-feature]')).find(
        r => r.dataset['feature'] === feature
      );
      if (!row) return false;
      row.dataset['target'] = 'true';
      row.scrollIntoView({block: 'center'});
      return true;
    };
    const observer = new MutationObserver(() => {
      if (find() || dashboard.dataset['loaded'] === 'true') observer.disconnect();
    });
    observer.observe(dashboard, {childList: true, subtree: true, attributes: true});
  }
}

if (!customElements.get(DASHBOARD_SCREEN_TAG)) {
  customElements.define(DASHBOARD_SCREEN_TAG, ChDashboardScreen);
}
