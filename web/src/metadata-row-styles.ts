/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/**
 * The look of one row of Gerrit's change metadata ("Owner", "Reviewers"),
 * for the Health row's shadow DOM: a table row of a title cell and a value
 * cell, the title in Gerrit's de-emphasised text colour at the inherited
 * (normal) weight, both cells spaced and indented by Gerrit's own variables
 * (--spacing-s, --metadata-horizontal-padding, which the change view sets).
 * No fixed widths: the value cell takes what the metadata column leaves and
 * the chips wrap inside it; the title cell's width is measured from Gerrit's
 * rows (ch-change-signals.ts) so that both value columns start together.
 */
export const METADATA_ROW_CSS = `
:host{display:contents;}
:host([hidden]){display:none;}
section{display:table-row;}
.title{box-sizing:border-box;}
.title,.value{display:table-cell;vertical-align:top;padding-top:var(--spacing-s);}
.title{color:var(--deemphasized-text-color);max-width:20em;word-break:break-word;padding-left:var(--metadata-horizontal-padding);padding-right:var(--metadata-horizontal-padding);}
`;
