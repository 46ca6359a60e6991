/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

/*
 * Geometry of a horizontal grouped bar chart: categories down the left,
 * one bar per series in each category, the value at the end of each bar.
 * Pure arithmetic, so that the numbers a chart shows are unit-tested and the
 * element only turns boxes into SVG.
 */

export interface ChartSeries {
  key: string;
  name: string;
  /** CSS colour of the bars. */
  color: string;
}

export interface ChartCategory {
  label: string;
  /** Second, smaller line under the label (e.g. "10 of 12 reviewed"). */
  note?: string;
  /** One value per series, in series order; undefined draws no bar. */
  values: ReadonlyArray<number | undefined>;
}

export interface ChartSpec {
  /** Stable id, also the SVG's data-chart attribute. */
  id: string;
  title: string;
  series: readonly ChartSeries[];
  categories: readonly ChartCategory[];
  /** How values are written at the bar ends; default: the number. */
  format?: (value: number) => string;
}

export interface BarBox {
  category: string;
  series: string;
  value: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** Where the value text starts (just past the bar's end). */
  textX: number;
  textY: number;
}

export interface LabelBox {
  text: string;
  note?: string;
  x: number;
  y: number;
}

export interface LegendBox {
  name: string;
  color: string;
  x: number;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: BarBox[];
  labels: LabelBox[];
  legend: LegendBox[];
}

export interface LayoutOptions {
  width: number;
  labelWidth: number;
  valueWidth: number;
  barHeight: number;
  barGap: number;
  groupGap: number;
  legendHeight: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  width: 560,
  labelWidth: 150,
  valueWidth: 64,
  barHeight: 16,
  barGap: 2,
  groupGap: 14,
  legendHeight: 22,
};

export function layoutBars(
  spec: ChartSpec,
  options: LayoutOptions = DEFAULT_LAYOUT
): ChartLayout {
  const format = spec.format ?? ((v: number) => String(v));
  const plotX = options.labelWidth;
  const plotWidth = Math.max(1, options.width - options.labelWidth - options.valueWidth);
  const max = Math.max(
    0,
    ...spec.categories.flatMap(c => c.values.filter(isNumber))
  );
  const legend = layoutLegend(spec, options);
  let y = legend.length ? legend[legend.length - 1].y + options.legendHeight - 4 : 0;
  const bars: BarBox[] = [];
  const labels: LabelBox[] = [];
  const groupHeight =
    spec.series.length * options.barHeight +
    Math.max(0, spec.series.length - 1) * options.barGap;
  for (const category of spec.categories) {
    labels.push({text: category.label, note: category.note, x: 0, y});
    // A label with a note needs two lines, whatever the bars need.
    const rowHeight = Math.max(groupHeight, category.note ? NOTE_BLOCK : LABEL_BLOCK);
    spec.series.forEach((series, i) => {
      const value = category.values[i];
      if (!isNumber(value)) return;
      const barY = y + i * (options.barHeight + options.barGap);
      // A non-zero value always shows at least one pixel.
      const width =
        max === 0 ? 0 : Math.max(value > 0 ? 1 : 0, (value / max) * plotWidth);
      bars.push({
        category: category.label,
        series: series.key,
        value,
        text: format(value),
        x: plotX,
        y: barY,
        width: round2(width),
        height: options.barHeight,
        color: series.color,
        textX: round2(plotX + width + 4),
        textY: barY + options.barHeight - 4,
      });
    });
    y += rowHeight + options.groupGap;
  }
  return {
    width: options.width,
    height: Math.max(y - options.groupGap, 0) + 4,
    bars,
    labels,
    legend,
  };
}

/** Height of a category label alone, and with its note under it. */
const LABEL_BLOCK = 16;
const NOTE_BLOCK = 30;

/** Rough width of a legend entry: a 10px swatch, the text at ~6.6px a character. */
function legendEntryWidth(name: string): number {
  return 14 + Math.ceil(name.length * 6.6) + 16;
}

/** Legend entries left to right from the plot's start, wrapping at the chart's width. */
function layoutLegend(spec: ChartSpec, options: LayoutOptions): LegendBox[] {
  if (spec.series.length < 2) return [];
  const legend: LegendBox[] = [];
  let x = options.labelWidth;
  let y = 4;
  for (const s of spec.series) {
    const w = legendEntryWidth(s.name);
    if (x > options.labelWidth && x + w > options.width) {
      x = options.labelWidth;
      y += options.legendHeight - 4;
    }
    legend.push({name: s.name, color: s.color, x, y});
    x += w;
  }
  return legend;
}

function isNumber(v: number | undefined): v is number {
  return typeof v === 'number' && isFinite(v);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
