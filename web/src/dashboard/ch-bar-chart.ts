/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import {layoutBars, type ChartSpec} from './bar-layout.js';

export const BAR_CHART_TAG = 'ch-bar-chart';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/**
 * A horizontal bar chart drawn as inline SVG from a ChartSpec. Each bar is a
 * <g class="bar"> with data-category, data-series and data-value, so tests
 * and scripts can read the numbers back.
 */
export class ChBarChart extends HTMLElement {
  private chartSpec?: ChartSpec;

  get spec(): ChartSpec | undefined {
    return this.chartSpec;
  }

  set spec(spec: ChartSpec | undefined) {
    this.chartSpec = spec;
    this.render();
  }

  connectedCallback() {
    this.render();
  }

  private render() {
    this.replaceChildren();
    const spec = this.chartSpec;
    if (!spec) return;
    const layout = layoutBars(spec);
    const root = svg('svg', {
      viewBox: `0 0 ${layout.width} ${layout.height}`,
      width: '100%',
      role: 'img',
      'aria-label': spec.title,
      'data-chart': spec.id,
      style: `max-width:${layout.width}px`,
    });
    root.appendChild(svg('title', {}, spec.title));
    for (const item of layout.legend) {
      const g = svg('g', {class: 'legend'});
      g.append(
        svg('rect', {x: item.x, y: item.y, width: 10, height: 10, fill: item.color}),
        svg('text', {x: item.x + 14, y: item.y + 9, class: 'legend-text'}, item.name)
      );
      root.appendChild(g);
    }
    for (const label of layout.labels) {
      const text = svg('text', {x: label.x, y: label.y + 12, class: 'category'}, label.text);
      root.appendChild(text);
      if (label.note) {
        root.appendChild(
          svg('text', {x: label.x, y: label.y + 26, class: 'note'}, label.note)
        );
      }
    }
    for (const bar of layout.bars) {
      const g = svg('g', {
        class: 'bar',
        'data-category': bar.category,
        'data-series': bar.series,
        'data-value': bar.value,
      });
      const rect = svg('rect', {
        x: bar.x,
        y: bar.y,
        width: bar.width,
        height: bar.height,
        fill: bar.color,
      });
      const seriesName = spec.series.find(s => s.key === bar.series)?.name ?? bar.series;
      rect.appendChild(svg('title', {}, `${bar.category}, ${seriesName}: ${bar.text}`));
      g.append(
        rect,
        svg('text', {x: bar.textX, y: bar.textY, class: 'value'}, bar.text)
      );
      root.appendChild(g);
    }
    this.appendChild(root);
  }
}

if (!customElements.get(BAR_CHART_TAG)) {
  customElements.define(BAR_CHART_TAG, ChBarChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'ch-bar-chart': ChBarChart;
  }
}
