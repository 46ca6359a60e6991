/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/* Entry of static/dashboard.js: defines the elements dashboard.html uses. */
import './ch-dashboard.js';
