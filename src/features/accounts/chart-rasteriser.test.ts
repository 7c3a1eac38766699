/**
 * The server's charts are drawn in a worker thread: the same PNG bytes as on the main thread, for every
 * chart of a 决算情况说明, and the explanation rendered with that rasteriser embeds them.
 */
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { rasterise } from '../../documents/accounts/chart-raster.ts';
import {
  chartIsEmpty,
  drawAccountsCharts,
  renderAccountsCharts,
  renderAccountsExplanation,
} from '../../documents/accounts/index.ts';
import { accountsTemplate, generateExplanation } from '../../domain/accounts/index.ts';
import { chartPool, rasteriseInWorker, rasteriseOffThread } from './chart-rasteriser.ts';
import { shanghaiDistrict2024 } from '../../../test/fixtures/accounts/shanghai-district.ts';

const fa = shanghaiDistrict2024();
// A template that prints charts, whatever the fixture's region defaults to.
const withCharts = accountsTemplate('sichuan-department')!;

afterAll(() => chartPool().close());

describe('charts drawn in a worker thread', () => {
  const charts = generateExplanation(fa, { template: withCharts }).charts;

  it('gives the bytes the main thread gives, for every chart', async () => {
    expect(charts.length).toBeGreaterThan(3);
    const here = renderAccountsCharts(charts);
    // In the worker, no fallback: a worker that cannot load the rasteriser fails here.
    const there = await drawAccountsCharts(charts, rasteriseInWorker);
    expect(chartPool().workers).toBe(1);
    expect(there.map((c) => c.caption)).toEqual(here.map((c) => c.caption));
    for (const [i, c] of there.entries()) expect(Buffer.compare(c.png, here[i]!.png)).toBe(0);
  });

  it('embeds them in the rendered explanation', async () => {
    const doc = await renderAccountsExplanation(fa, 'docx', {
      template: withCharts,
      rasterise: rasteriseOffThread,
      skipSelfCheck: true,
    });
    const zip = await JSZip.loadAsync(doc.bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    // Every chart with something to show is embedded, byte for byte as the main thread draws it.
    const shown = doc.explanation.charts.filter((c) => !chartIsEmpty(c));
    expect(shown.length).toBeGreaterThan(3);
    const embedded = await Promise.all(media.map((f) => zip.file(f)!.async('nodebuffer')));
    expect(embedded).toHaveLength(shown.length);
    for (const chart of renderAccountsCharts(shown))
      expect(embedded.some((b) => Buffer.compare(b, chart.png) === 0)).toBe(true);
  });

  it('draws on this thread when the worker cannot (here: its pool is closed)', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/></svg>';
    await chartPool().close();
    const png = await rasteriseOffThread(svg);
    expect(Buffer.compare(Buffer.from(png), rasterise(svg))).toBe(0);
  });
});
