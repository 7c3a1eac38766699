// The network boundary of a component test: a fake `fetch` answering like the server (its DTO shapes,
// its JSON error body `{ error: { code, message } }`, its statuses), recording every request. Nothing
// else is replaced: the page, its hooks, the data layer and the fetch helper all run as in the browser.
import { vi } from 'vitest';

export type FakeRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
};
export type FakeReply = { status: number; body?: unknown };
/** Answers a request; may return a promise (an answer that takes its time, or never comes). */
type Handler = (req: FakeRequest) => unknown;

/** A reply with a status other than 200 (a bare value is sent as 200 JSON). */
export const reply = (status: number, body?: unknown): FakeReply & { __reply: true } => ({
  status,
  body,
  __reply: true,
});
/** The server's error body for a status, as src/platform/errors.ts sends it. */
export const failure = (status: number, code: string, message: string) =>
  reply(status, { error: { code, message } });

export function fakeServer() {
  const routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];
  const requests: FakeRequest[] = [];

  const on = (method: string, path: string, handler: Handler) => {
    // `:id` matches one path segment.
    const pattern = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    routes.unshift({ method, pattern, handler });
  };

  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const req: FakeRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: new Headers(init.headers),
    };
    requests.push(req);
    const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    const answered = route ? route.handler(req) : undefined;
    const out = route
      ? answered instanceof Promise
        ? await answered
        : answered
      : reply(404, { error: { code: 'NOT_FOUND', message: `未找到 ${method} ${url.pathname}` } });
    const { status, body } =
      out && typeof out === 'object' && '__reply' in out
        ? (out as unknown as FakeReply)
        : { status: 200, body: out };
    // Answer on a later tick, as a network does.
    await new Promise((r) => setTimeout(r, 0));
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  });

  return {
    fetch,
    requests,
    get: (path: string, h: Handler) => on('GET', path, h),
    post: (path: string, h: Handler) => on('POST', path, h),
    put: (path: string, h: Handler) => on('PUT', path, h),
    patch: (path: string, h: Handler) => on('PATCH', path, h),
    delete: (path: string, h: Handler) => on('DELETE', path, h),
    /** The requests made to `METHOD path` so far. */
    calls: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path),
  };
}

export type FakeServer = ReturnType<typeof fakeServer>;
