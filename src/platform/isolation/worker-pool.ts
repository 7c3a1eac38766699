/**
 * Running untrusted parsing off the main thread: a small pool of worker threads, each with a V8 memory
 * limit (`resourceLimits`) and every task with a time limit. A hostile upload can then exhaust only its
 * worker — which is terminated and replaced — while the server keeps answering. Workers are reused
 * (the parsing libraries load once per worker), and one that ends a task with a large heap is retired so
 * that memory returns to its idle level.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

export type IsolationLimits = {
  /** The task is abandoned and its worker terminated after this long. */
  timeoutMs: number;
  /** V8 old-generation limit of a worker; exceeding it ends the worker (not the process). */
  maxOldGenerationSizeMb: number;
};

export const DEFAULT_LIMITS: IsolationLimits = { timeoutMs: 30_000, maxOldGenerationSizeMb: 768 };

/** The task did not finish within its limits; `reason` says which one. */
export class IsolationError extends Error {
  constructor(
    readonly reason: 'timeout' | 'memory' | 'crashed' | 'aborted',
    message: string,
  ) {
    super(message);
    this.name = 'IsolationError';
  }
}

/** An error the task itself threw, as it came across from the worker. */
export class TaskError extends Error {
  constructor(
    readonly remoteName: string,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'TaskError';
  }
}

type Reply =
  | { id: number; child: number }
  | { id: number; ok: true; result: unknown; heapUsed: number }
  | {
      id: number;
      ok: false;
      error: { name: string; code: string | null; message: string };
      heapUsed: number;
    };

type Slot = { worker: Worker; busy: boolean; tasks: number };

/** A worker that ends a task above this heap is retired rather than kept. */
const RETIRE_HEAP_BYTES = 128 * 1024 * 1024;
/** …and any worker after this many tasks. */
const RETIRE_AFTER_TASKS = 200;

/** What a task's function receives after its arguments. */
export type TaskContext = { signal: AbortSignal; onChild: (pid: number) => void };

/** How long at the most a thread whose task was abandoned lives on to reap the processes it started. */
const REAP_GRACE_MS = 10_000;
/** How long an abandoned thread that reported no process is given to report one still on the way. */
const LATE_CHILD_MS = 250;

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class WorkerPool {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Array<() => void> = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly size = Math.max(1, Math.min(2, os.availableParallelism() - 1)),
    readonly limits: IsolationLimits = DEFAULT_LIMITS,
  ) {}

  /**
   * Runs `module[exportName](...args, context)` in a worker; arguments and result must be
   * structured-cloneable. The function receives a last argument `{ onChild(pid) }` (TaskContext) to
   * report a child process it starts: when the task is abandoned — its time is up, `signal` aborts (the
   * request ended), the worker dies — the worker is terminated and those processes are killed (SIGKILL),
   * since terminating a thread does not end the processes it started.
   */
  async run<T>(
    moduleUrl: URL,
    exportName: string,
    args: unknown[],
    options: { signal?: AbortSignal | undefined } = {},
  ): Promise<T> {
    if (this.closed) throw new Error('worker pool closed');
    const { signal } = options;
    if (signal?.aborted) throw new IsolationError('aborted', 'the request ended before the task started');
    const slot = await this.acquire();
    const id = this.nextId++;
    const children = new Set<number>();
    try {
      return await new Promise<T>((resolve, reject) => {
        const { worker } = slot;
        worker.ref(); // a task in progress keeps the process alive; an idle worker does not
        const cleanup = () => {
          worker.unref();
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const discard = (error: IsolationError) => {
          cleanup();
          this.slots.delete(slot);
          // Abort the task in its thread (its AbortSignal stops what it started), kill its processes
          // outright, and end the thread a moment later — once its event loop has reaped them.
          worker.on('error', () => {}); // an abandoned thread's last words are not the server's concern
          worker.postMessage({ abort: id });
          for (const pid of children) killQuietly(pid);
          // A process the thread started just before — its report still on the way — is killed when the report
          // arrives. The thread ends when its task has settled — once the processes it started have exited and
          // been reaped by its event loop (a thread ended before would leave zombies) — or at the latest after
          // REAP_GRACE_MS; having started none, after LATE_CHILD_MS (a task busy computing answers nothing).
          const end = () => {
            clearTimeout(grace);
            worker.off('message', onLate);
            void worker.terminate();
          };
          const onLate = (reply: Reply) => {
            if (reply.id !== id) return;
            if (!('child' in reply)) return end();
            killQuietly(reply.child);
            clearTimeout(grace);
            grace = setTimeout(end, REAP_GRACE_MS).unref();
          };
          let grace = setTimeout(end, children.size === 0 ? LATE_CHILD_MS : REAP_GRACE_MS).unref();
          worker.on('message', onLate);
          reject(error);
        };
        const timer = setTimeout(
          () =>
            discard(
              new IsolationError('timeout', `task exceeded ${Math.round(this.limits.timeoutMs / 1000)} s`),
            ),
          this.limits.timeoutMs,
        );
        const onAbort = () => discard(new IsolationError('aborted', 'the request ended'));
        const onMessage = (reply: Reply) => {
          if (reply.id !== id) return;
          if ('child' in reply) {
            children.add(reply.child);
            return;
          }
          cleanup();
          slot.tasks++;
          if (reply.heapUsed > RETIRE_HEAP_BYTES || slot.tasks >= RETIRE_AFTER_TASKS) {
            this.slots.delete(slot);
            void worker.terminate();
          }
          if (reply.ok) resolve(reply.result as T);
          else reject(new TaskError(reply.error.name, reply.error.code, reply.error.message));
        };
        const onError = (error: Error & { code?: string }) =>
          discard(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new IsolationError('memory', 'task exceeded its memory limit')
              : new IsolationError('crashed', error.message),
          );
        const onExit = (code: number) => discard(new IsolationError('crashed', `worker exited with ${code}`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ id, moduleUrl: moduleUrl.href, exportName, args });
        // The request may have ended while the task waited for a free worker.
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      });
    } finally {
      slot.busy = false;
      this.waiting.shift()?.();
    }
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const idle = [...this.slots].find((s) => !s.busy);
      if (idle) {
        idle.busy = true;
        return idle;
      }
      if (this.slots.size < this.size) {
        const slot: Slot = { worker: this.spawn(), busy: true, tasks: 0 };
        this.slots.add(slot);
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private spawn(): Worker {
    const worker = new Worker(ENTRY, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.maxOldGenerationSizeMb },
      stdout: false,
      stderr: false,
    });
    worker.unref(); // an idle pool never keeps the process alive
    return worker;
  }

  /** The number of live workers (for tests). */
  get workers(): number {
    return this.slots.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }
}
