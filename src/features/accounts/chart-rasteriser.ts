/**
 * The server draws the 决算情况说明's charts in a worker thread: rasterising one costs ~60 ms of CPU and an
 * explanation has up to seven, which on the request's thread would hold up every other request for
 * their length (and a batch job's next unit). The worker loads only the rasteriser (resvg and the chart
 * font). Our own SVGs are no hostile input: if the worker cannot draw one (it died, it was too slow), the
 * chart is drawn on this thread rather than the document refused.
 */
import { CHART_SCALE, rasterise } from '../../documents/accounts/chart-raster.ts';
import { WorkerPool } from '../../platform/isolation/worker-pool.ts';
import { workerModule } from '../uploads/isolated.ts';

const RASTER_MODULE = workerModule('../../documents/accounts/chart-raster', import.meta.url);
const LIMITS = { timeoutMs: 60_000, maxOldGenerationSizeMb: 256 };

let pool: WorkerPool | null = null;

/** The pool the charts are drawn in (one worker beside the main thread on a 2-core machine). */
export function chartPool(): WorkerPool {
  pool ??= new WorkerPool(undefined, LIMITS);
  return pool;
}

/** Draws a chart in the pool's worker (no fallback: a failure is thrown). */
export function rasteriseInWorker(svg: string): Promise<Uint8Array> {
  // The scale is passed: the worker appends its task context after the arguments.
  return chartPool().run<Uint8Array>(RASTER_MODULE, 'rasterise', [svg, CHART_SCALE]);
}

/** Draws a chart in the worker, or on this thread when the worker cannot. */
export async function rasteriseOffThread(svg: string): Promise<Uint8Array> {
  try {
    return await rasteriseInWorker(svg);
  } catch {
    return rasterise(svg);
  }
}
