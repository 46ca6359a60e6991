/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * "The current project" for the top menu's screens: Gerrit's top-menu links
 * are fixed addresses, so the screens take the project from their own
 * address and, when it names none, from the change the reader last opened
 * in this tab (remembered when Gerrit shows a change).
 */

const KEY = 'community-health.current-project';

export function rememberProject(project: string | undefined): void {
  if (!project) return;
  try {
    sessionStorage.setItem(KEY, project);
  } catch {
    // Storage may be off (private mode, policy): the screens then ask.
  }
}

export function rememberedProject(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
