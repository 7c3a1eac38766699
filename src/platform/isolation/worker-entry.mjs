// The code a parsing worker runs (plain JavaScript: it must start before any TypeScript loader). It
// receives tasks { id, moduleUrl, exportName, args }, loads each module once — through tsx when it is a
// TypeScript source (development, tests), directly when compiled (dist/) — calls
// module[exportName](...args, { signal, onChild }) and answers with the result, or with the error's name, code and
// message (an Error does not cross threads with its class).
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

/** The AbortController of each task in progress: the pool aborts a task it abandons. */
const running = new Map();

parentPort.on('message', async (message) => {
  if (message.abort !== undefined) {
    running.get(message.abort)?.abort();
    return;
  }
  const { id, moduleUrl, exportName, args } = message;
  const controller = new globalThis.AbortController();
  running.set(id, controller);
  const heapUsed = () => v8.getHeapStatistics().used_heap_size;
  try {
    const mod = await load(moduleUrl);
    if (typeof mod[exportName] !== 'function') throw new Error(`${moduleUrl} has no function ${exportName}`);
    // The task's context, after its arguments: a child process it starts is reported, so that the pool
    // can kill it when it abandons the task (terminating this thread would leave the process running).
    const context = {
      signal: controller.signal,
      onChild: (pid) => parentPort.postMessage({ id, child: pid }),
    };
    const result = await mod[exportName](...args, context);
    parentPort.postMessage({ id, ok: true, result, heapUsed: heapUsed() });
  } catch (error) {
    const e = error && typeof error === 'object' ? error : { message: String(error) };
    parentPort.postMessage({
      id,
      ok: false,
      error: { name: e.name ?? 'Error', code: e.code ?? null, message: String(e.message ?? error) },
      heapUsed: heapUsed(),
    });
  } finally {
    running.delete(id);
  }
});
