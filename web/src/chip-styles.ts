/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {TONE_COLORS, type Tone} from './chips.js';

/** Gerrit's theme variables per tone, so that the dark theme works too. */
const THEME_VARS: Readonly<Record<Tone, [string, string]>> = {
  good: ['--success-foreground', '--success-background'],
  caution: ['--warning-foreground', '--warning-background'],
  bad: ['--error-foreground', '--error-background'],
  info: ['--info-foreground', '--info-background'],
  welcome: ['--ch-welcome-foreground', '--ch-welcome-background'],
  neutral: ['--primary-text-color', '--chip-background-color'],
};

function toneRules(): string {
  return (Object.keys(TONE_COLORS) as Tone[])
    .map(tone => {
      const [fg, bg] = THEME_VARS[tone];
      const c = TONE_COLORS[tone];
      return `.tone-${tone}{color:var(${fg},${c.foreground});background:var(${bg},${c.background});}`;
    })
    .join('\n');
}

/** Styles of the chips and their tooltips (shadow DOM of ch-signal-chips). */
export const CHIP_CSS = `
:host{display:inline-flex;flex-wrap:wrap;gap:4px;align-items:center;font-size:var(--font-size-small,12px);line-height:var(--line-height-small,16px);}
.chip{position:relative;display:inline-block;padding:0 8px;border-radius:10px;white-space:nowrap;cursor:default;border:1px solid transparent;}
.chip:focus{outline:2px solid var(--link-color,#1a73e8);outline-offset:1px;}
.tip{display:none;position:absolute;z-index:1000;top:calc(100% + 4px);left:0;width:max-content;max-width:360px;padding:6px 8px;border-radius:4px;white-space:pre-line;text-align:left;font-weight:normal;color:var(--tooltip-text-color,#fff);background:var(--tooltip-background-color,#333);box-shadow:0 1px 4px rgba(0,0,0,.3);}
.chip:hover .tip,.chip:focus .tip{display:block;}
${toneRules()}
`;
