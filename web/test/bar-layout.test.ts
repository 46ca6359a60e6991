/**
 * @license
 * Copyright (C) 2026 The community-health Authors
 * SPDX-License-Identifier: Apache-2.0
 */

import assert from 'node:assert/strict';
import {test} from 'node:test';
import {DEFAULT_LAYOUT, layoutBars, type ChartSpec} from '../src/dashboard/bar-layout.js';

const TWO_SERIES: ChartSpec = {
  id: 't',
  title: 'T',
  series: [
    {key: 'a', name: 'A', color: '#111111'},
    {key: 'b', name: 'B', color: '#222222'},
  ],
  categories: [
    {label: 'x', values: [10, 5]},
    {label: 'y', note: 'note', values: [0, undefined]},
  ],
};

test('bar lengths are proportional to the largest value', () => {
  const layout = layoutBars(TWO_SERIES);
  const plot = DEFAULT_LAYOUT.width - DEFAULT_LAYOUT.labelWidth - DEFAULT_LAYOUT.valueWidth;
  const [xa, xb, ya] = layout.bars;
  assert.equal(xa.width, plot);
  assert.equal(xb.width, plot / 2);
  assert.equal(ya.width, 0);
  assert.equal(xa.x, DEFAULT_LAYOUT.labelWidth);
  assert.equal(xa.textX, DEFAULT_LAYOUT.labelWidth + plot + 4);
});

test('an undefined value draws no bar; zero draws an empty one', () => {
  const layout = layoutBars(TWO_SERIES);
  assert.deepEqual(
    layout.bars.map(b => `${b.category}/${b.series}=${b.text}`),
    ['x/a=10', 'x/b=5', 'y/a=0']
  );
});

test('series stack within a category and categories do not overlap', () => {
  const layout = layoutBars(TWO_SERIES);
  const [xa, xb, ya] = layout.bars;
  assert.equal(xb.y, xa.y + DEFAULT_LAYOUT.barHeight + DEFAULT_LAYOUT.barGap);
  assert.ok(ya.y >= xb.y + xb.height + DEFAULT_LAYOUT.groupGap);
  assert.ok(layout.height >= ya.y + ya.height);
  assert.deepEqual(layout.labels.map(l => [l.text, l.note]), [['x', undefined], ['y', 'note']]);
});

test('a legend only when there is more than one series', () => {
  assert.deepEqual(layoutBars(TWO_SERIES).legend.map(l => l.name), ['A', 'B']);
  const one = layoutBars({...TWO_SERIES, series: [TWO_SERIES.series[0]]});
  assert.deepEqual(one.legend, []);
  assert.equal(one.labels[0].y, 0);
});

test('all zero values give zero-width bars, not NaN', () => {
  const layout = layoutBars({...TWO_SERIES, categories: [{label: 'z', values: [0, 0]}]});
  for (const bar of layout.bars) assert.equal(bar.width, 0);
});

test('a tiny non-zero value still shows one pixel', () => {
  const layout = layoutBars({...TWO_SERIES, categories: [{label: 'z', values: [10000, 1]}]});
  assert.equal(layout.bars[1].width, 1);
});

test('values are written with the chart\'s format', () => {
  const layout = layoutBars({...TWO_SERIES, format: v => `${v} h`});
  assert.equal(layout.bars[0].text, '10 h');
});

test('a label with a note gets two lines even for a single series', () => {
  const layout = layoutBars({
    ...TWO_SERIES,
    series: [TWO_SERIES.series[0]],
    categories: [
      {label: 'a', note: '20% of 40 open', values: [1]},
      {label: 'b', values: [2]},
    ],
  });
  assert.ok(layout.labels[1].y - layout.labels[0].y >= 30 + DEFAULT_LAYOUT.groupGap);
  assert.ok(layout.height >= layout.labels[1].y + 16);
});

test('legend entries do not overlap and wrap inside the chart', () => {
  const long = (key: string) => ({key, name: `a rather long series name ${key}`, color: '#000000'});
  const layout = layoutBars({...TWO_SERIES, series: [long('a'), long('b'), long('c')]});
  const [a, b, c] = layout.legend;
  assert.ok(b.y > a.y || b.x >= a.x + 14 + 'a rather long series name a'.length * 6.6, 'b after a');
  assert.ok(c.y > a.y, 'three long names need a second row');
  for (const l of layout.legend) {
    assert.ok(l.x + 14 + l.name.length * 6.6 <= DEFAULT_LAYOUT.width, `${l.name} fits`);
  }
  assert.ok(layout.labels[0].y > c.y + 10, 'categories start below the legend');
});
