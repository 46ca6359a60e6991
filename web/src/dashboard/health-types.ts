/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * The JSON of the dashboard's time-zone metrics and of ~reviewers (see
 * resources/Documentation/rest-api.md), beside the dashboard that reads them.
 */

import type {DashboardMetrics, GerritTimestamp} from '../api-types.js';

/** One region's time to first response (~metrics time_zones[]). */
export interface RegionResponse {
  /** americas, europe_africa, asia_pacific or unknown */
  region: string;
  label: string;
  changes: number;
  responded: number;
  median_hours?: number;
  p90_hours?: number;
  ignored: number;
}

/** One hour of the day, UTC (~metrics review_hours[]). */
export interface ReviewHour {
  hour: number;
  actions: number;
  reviewers: number;
}

/** ~metrics with the time-zone fields. */
export type MetricsWithZones = DashboardMetrics & {
  time_zones?: RegionResponse[];
  review_hours?: ReviewHour[];
};

export interface ReviewerAccount {
  _account_id: number;
  name?: string;
  username?: string;
  email?: string;
}

export interface ReviewerStats {
  account: ReviewerAccount;
  approver?: boolean;
  changes_reviewed: number;
  votes?: Record<string, number>;
  first_responses: number;
  first_response_median_hours?: number;
  newcomer_changes: number;
  decided: number;
  agreed: number;
  agreement?: number;
  region: string;
}

/** GET /projects/{project}/community-health~reviewers */
export interface ReviewersReport {
  project: string;
  window_days: number;
  generated?: GerritTimestamp;
  core_guide?: string;
  truncated?: boolean;
  reviewers?: ReviewerStats[];
}
