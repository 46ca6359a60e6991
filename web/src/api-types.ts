/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * JSON shapes of the plugin's REST endpoints, as Gerrit's Gson writes them
 * (snake_case, absent fields left out, timestamps as
 * "2026-11-20 10:00:00.000000000" in UTC). The Java side is in
 * src/main/java/.../api/*Info.java; web/API.md lists the shapes the Java side
 * does not have yet.
 */

/** A Gerrit timestamp: "yyyy-MM-dd HH:mm:ss.SSSSSSSSS", UTC. */
export type GerritTimestamp = string;

export type Maturity =
  | 'deprecated'
  | 'incomplete'
  | 'experimental'
  | 'complete'
  | 'required';

export type TestingLevel =
  | 'unknown'
  | 'not-implemented'
  | 'implemented'
  | 'regularly-tested'
  | 'checked';

export type DocsLevel = 'none' | 'developer' | 'user' | 'complete';

/** ChangeHealthInfo.FeatureRefInfo. */
export interface FeatureRef {
  name: string;
  maturity?: Maturity;
  testing?: TestingLevel;
}

/** ChangeHealthInfo.FocusAreaRefInfo. */
export interface FocusAreaRef {
  name: string;
  score?: number;
}

/** The plugin's entry in ChangeInfo.plugins (ChangeHealthInfo). */
export interface ChangeHealth {
  name: string;
  features?: FeatureRef[];
  tier?: Maturity;
  untested_upstream?: boolean;
  focus_areas?: FocusAreaRef[];
  newcomer?: boolean;
  waiting_since?: GerritTimestamp;
  ignored?: boolean;
}

/** SignalsInfo.FeatureMatchInfo. */
export interface FeatureMatch {
  name: string;
  title?: string;
  maturity?: Maturity;
  testing?: TestingLevel;
  docs?: DocsLevel;
  maintainers?: string[];
  matched_path?: string;
  matched_glob?: string;
  matched_paths?: number;
}

/** SignalsInfo.FocusMatchInfo. */
export interface FocusMatch {
  name: string;
  description?: string;
  score?: number;
  weight?: number;
  terms?: string[];
  paths?: string[];
}

/** GET /changes/{id}/community-health~signals (SignalsInfo). */
export interface Signals {
  features?: FeatureMatch[];
  tier?: Maturity;
  untested_upstream?: boolean;
  focus_areas?: FocusMatch[];
  newcomer?: boolean;
  newcomer_reason?: string;
  waiting_since?: GerritTimestamp;
  waiting_reason?: string;
  ignored?: boolean;
  ignored_reason?: string;
  exempt?: boolean;
  /** Set when the signals could not be computed; then no other field is. */
  error?: string;
}

/** A CI (service) account seen voting on changes that touch a feature. */
export interface CiAccount {
  _account_id?: number;
  name?: string;
  username?: string;
  votes: number;
  last_vote?: GerritTimestamp;
}

/** Observed activity of a feature in the window. */
export interface FeatureActivity {
  merged: number;
  open: number;
  /** Created in the window, whatever their status now. */
  opened?: number;
  last_maintainer_review?: GerritTimestamp;
  last_maintainer_merge?: GerritTimestamp;
  median_hours_to_first_review?: number;
}

/** One row of the support matrix. */
export interface FeatureSupport {
  name: string;
  title?: string;
  maturity: Maturity;
  testing: TestingLevel;
  docs: DocsLevel;
  maintainers?: string[];
  /** The feature-matrix row (PATH#SECTION) the tier was imported from. */
  matrix?: string;
  activity: FeatureActivity;
  /**
   * A deprecation candidate: no maintainers, or none reviewed or submitted a
   * change of the feature within its unmaintainedAfter (180 days by default).
   */
  unmaintained?: boolean;
  maintenance?: 'maintained' | 'no-maintainers' | 'maintainers-inactive';
  ci_accounts?: CiAccount[];
  /** Declared regularly-tested or checked, but no CI vote backs it. */
  testing_unbacked?: boolean;
}

/** GET /projects/{p}/community-health~features. */
export interface SupportMatrix {
  project: string;
  window_days: number;
  features?: FeatureSupport[];
  /** More changes matched than one answer reads; the oldest were left out. */
  truncated?: boolean;
}

/** An account as Gerrit writes it (AccountInfo, the fields used here). */
export interface Account {
  _account_id?: number;
  name?: string;
  username?: string;
  email?: string;
}

/** One term of a queue entry's priority score. */
export interface ScoreTerm {
  factor: 'focus' | 'waiting' | 'newcomer' | 'ignored' | string;
  value: number;
  detail?: string;
}

/** One open change in the review queue. */
export interface QueueEntry {
  project: string;
  number: number;
  subject: string;
  owner?: Account;
  score: number;
  breakdown?: ScoreTerm[];
  signals?: Omit<ChangeHealth, 'name'>;
}

/**
 * GET /projects/{p}/community-health~queue and
 * GET /config/server/community-health~queue (?n=limit&S=start).
 */
export interface ReviewQueue {
  project?: string;
  start: number;
  limit: number;
  more?: boolean;
  changes?: QueueEntry[];
}

/** One bar of the backlog chart: open changes waiting on reviewers. */
export interface BacklogBucket {
  label: string;
  min_days: number;
  /** Absent on the last, open-ended bucket. */
  max_days?: number;
  waiting: number;
  newcomer?: number;
  ignored?: number;
}

/** Time to first human review for one group of change owners. */
/**
 * CHAOSS Change Requests Duration of one group: from upload to merge, over
 * the merged changes among those created in the window.
 */
export interface ChangeRequestDurationGroup {
  /** Changes created in the window. */
  changes: number;
  /** Of those, the merged ones; only they have a duration. */
  merged: number;
  /** Of those, the abandoned ones (the rest are still open). */
  abandoned: number;
  median_hours?: number;
  p90_hours?: number;
}

/**
 * CHAOSS Change Request Review Duration of one group: from each patch set
 * upload (the start of a review cycle) to the first human review after it,
 * over the cycles of the changes created in the window.
 */
export interface ReviewCycleGroup {
  /** Review cycles: patch sets of the changes created in the window. */
  cycles: number;
  /** Of those, the ones reviewed before the next patch set; only they have a duration. */
  reviewed: number;
  /** Of those, the ones a newer patch set replaced before any review. */
  superseded: number;
  median_hours?: number;
  p90_hours?: number;
}

export interface FirstResponseGroup {
  /** Changes created in the window. */
  changes: number;
  /** Of those, the ones that got a first human review. */
  responded: number;
  median_hours?: number;
  p90_hours?: number;
}

export interface FocusCoverageArea {
  name: string;
  description?: string;
  weight?: number;
  open: number;
}

export interface FocusCoverage {
  open_changes: number;
  /** Open changes that match no focus area. */
  unmatched: number;
  areas?: FocusCoverageArea[];
}

export interface NewContributorMonth {
  /** "yyyy-MM". */
  month: string;
  new_contributors: number;
  /** Of those, how many came back with a second change. */
  returned: number;
}

/** GET /projects/{p}/community-health~metrics. */
export interface DashboardMetrics {
  project: string;
  window_days: number;
  generated?: GerritTimestamp;
  backlog?: BacklogBucket[];
  time_to_first_review?: {
    newcomers?: FirstResponseGroup;
    others?: FirstResponseGroup;
  };
  change_request_duration?: {
    newcomers?: ChangeRequestDurationGroup;
    others?: ChangeRequestDurationGroup;
  };
  change_request_review_duration?: {
    newcomers?: ReviewCycleGroup;
    others?: ReviewCycleGroup;
  };
  focus_coverage?: FocusCoverage;
  new_contributors?: NewContributorMonth[];
}
