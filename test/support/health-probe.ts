/**
 * A health probe running beside some work: GET /api/health every few milliseconds, one after the other,
 * until the work settles. Its latencies say what any request arriving meanwhile would have waited.
 */
import type { FastifyInstance } from 'fastify';

export async function probeHealthDuring<T>(
  app: FastifyInstance,
  work: () => Promise<T>,
): Promise<{ result: PromiseSettledResult<T>; p99Ms: number; maxMs: number; probes: number }> {
  const latencies: number[] = [];
  let done = false;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      if (res.statusCode !== 200) throw new Error(`health answered ${res.statusCode}`);
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const [result] = await Promise.allSettled([work()]);
  done = true;
  await probe;
  latencies.sort((a, b) => a - b);
  return {
    result,
    p99Ms: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0,
    maxMs: latencies[latencies.length - 1] ?? 0,
    probes: latencies.length,
  };
}
