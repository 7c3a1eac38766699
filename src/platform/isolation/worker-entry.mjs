// The code a parsing worker runs (plain JavaScript: it must start before any TypeScript loader). It
// receives tasks { id, moduleUrl, exportName, args }, loads each module once — through tsx when it is a
// TypeScript source (development, tests), directly when compiled (dist/) — and answers with the result,
// or with the error's name, code and message (an Error does not cross threads with its class).
import { parentPort } from 'node:worker_threads';
import v8 from 'node:v8';

const modules = new Map();
let tsxRegistered = false;

async function load(moduleUrl) {
  if (!modules.has(moduleUrl)) {
    if (moduleUrl.endsWith('.ts') && !tsxRegistered) {
      const { register } = await import('tsx/esm/api');
      register();
      tsxRegistered = true;
    }
    modules.set(moduleUrl, await import(moduleUrl));
  }
  return modules.get(moduleUrl);
}

parentPort.on('message', async ({ id, moduleUrl, exportName, args }) => {
  const heapUsed = () => v8.getHeapStatistics().used_heap_size;
  try {
    const mod = await load(moduleUrl);
    if (typeof mod[exportName] !== 'function') throw new Error(`${moduleUrl} has no function ${exportName}`);
    const result = await mod[exportName](...args);
    parentPort.postMessage({ id, ok: true, result, heapUsed: heapUsed() });
  } catch (error) {
    const e = error && typeof error === 'object' ? error : { message: String(error) };
    parentPort.postMessage({
      id,
      ok: false,
      error: { name: e.name ?? 'Error', code: e.code ?? null, message: String(e.message ?? error) },
      heapUsed: heapUsed(),
    });
  }
});
