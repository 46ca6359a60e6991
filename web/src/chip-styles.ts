/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {TONE_COLORS, type Tone} from './chips.js';

/**
 * Gerrit's theme variables per tone: [border (the tone's hue), background].
 * The text is Gerrit's primary text colour on every tone: Gerrit's own
 * tone foregrounds fall below 4.5:1 on their backgrounds in the light theme
 * (orange-700 on orange-50 is 3.1:1), the primary text colour reads well on
 * all of them in both themes (checked by the browser tests). The chips and
 * the dashboard screen both colour their tones with {@link toneRules}.
 */
const THEME_VARS: Readonly<Record<Tone, [string, string]>> = {
  good: ['--success-foreground', '--success-background'],
  caution: ['--warning-foreground', '--warning-background'],
  bad: ['--error-foreground', '--error-background'],
  info: ['--info-foreground', '--info-background'],
  welcome: ['--status-private', '--tag-purple'],
  neutral: ['--border-color', '--chip-background-color'],
};

export function toneRules(): string {
  return (Object.keys(TONE_COLORS) as Tone[])
    .map(tone => {
      const [border, bg] = THEME_VARS[tone];
      const c = TONE_COLORS[tone];
      return (
        `.tone-${tone}{color:var(--primary-text-color,${c.foreground});` +
        `background:var(${bg},${c.background});border-color:var(${border},${c.foreground});}`
      );
    })
    .join('\n');
}

/**
 * Styles of the chips and their tooltips (shadow DOM of ch-signal-chips).
 * Sizes and colours are Gerrit's variables; the fallbacks serve pages
 * without Gerrit's theme (the standalone pages set the variables too).
 */
export const CHIP_CSS = `
:host{display:inline-flex;flex-wrap:wrap;gap:var(--spacing-xs,2px) var(--spacing-s,4px);align-items:center;max-width:100%;font-size:var(--font-size-small,12px);line-height:var(--line-height-small,16px);font-weight:var(--font-weight-normal,400);}
.chip{position:relative;display:inline-block;max-width:100%;box-sizing:border-box;overflow-wrap:anywhere;padding:0 var(--spacing-m,8px);border-radius:var(--line-height-small,16px);cursor:default;border:1px solid transparent;text-decoration:none;}
a.chip{cursor:pointer;}
a.chip:hover .label{text-decoration:underline;}
.chip:focus{outline:2px solid var(--link-color,#1565c0);outline-offset:1px;}
.tip{display:none;position:absolute;z-index:1000;top:calc(100% + var(--spacing-s,4px));left:0;width:max-content;max-width:360px;padding:var(--spacing-s,4px) var(--spacing-m,8px);border-radius:var(--border-radius,4px);white-space:pre-line;text-align:left;font-weight:var(--font-weight-normal,400);color:var(--tooltip-text-color,#fff);background:var(--tooltip-background-color,#202124);box-shadow:var(--elevation-level-2,0 1px 4px rgba(0,0,0,.3));}
.chip:hover .tip,.chip:focus .tip{display:block;}
${toneRules()}
`;
