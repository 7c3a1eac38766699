/**
 * A health probe running beside some work: GET /api/health every few milliseconds, one after the other,
 * until the work settles. How many it answered says whether requests were served meanwhile; how long they
 * waited is measured in bench/isolation.bench.ts.
 */
import type { FastifyInstance } from 'fastify';

export async function probeHealthDuring<T>(
  app: FastifyInstance,
  work: () => Promise<T>,
): Promise<{ result: PromiseSettledResult<T>; probes: number }> {
  let probes = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      if (res.statusCode !== 200) throw new Error(`health answered ${res.statusCode}`);
      probes++;
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const [result] = await Promise.allSettled([work()]);
  done = true;
  await probe;
  return { result, probes };
}
