// The one way the UI talks to the server: JSON over fetch with the session cookie, the CSRF header on
// state-changing requests, and every failure turned into an ApiError carrying a Chinese message.
import { apiTexts } from './texts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  query?: Query;
  body?: unknown;
  /** Sent as `Idempotency-Key` so a retried create returns the first result instead of a duplicate. */
  idempotencyKey?: string;
  signal?: AbortSignal;
};

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The token from the login or /api/auth/me response; required on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an authenticated request comes back 401 (session ended or timed out). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);
// A 401 from these means "wrong credentials" or "not logged in yet", not "your session just ended".
const NO_SESSION_PATHS = new Set(['/api/auth/login', '/api/auth/me']);

function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function errorFromBody(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'error' in body) {
    const err = (body as { error?: { code?: unknown; message?: unknown } }).error;
    if (err && typeof err.message === 'string' && err.message.length > 0) {
      return new ApiError(status, typeof err.code === 'string' ? err.code : 'error', err.message);
    }
  }
  return new ApiError(status, 'bad_response', apiTexts.badResponse(status));
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A file (Blob) is sent as it is: the server reads raw bytes, nothing to decode on its main thread.
  const raw = typeof Blob !== 'undefined' && options.body instanceof Blob;
  if (options.body !== undefined)
    headers['Content-Type'] = raw ? 'application/octet-stream' : 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body:
        options.body === undefined ? undefined : raw ? (options.body as Blob) : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', apiTexts.network);
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }

  if (!response.ok) {
    const error = errorFromBody(response.status, body);
    if (response.status === 401 && !NO_SESSION_PATHS.has(path) && onUnauthorized) onUnauthorized();
    throw error;
  }
  if (body === undefined)
    throw new ApiError(response.status, 'bad_response', apiTexts.badResponse(response.status));
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, idempotencyKey?: string) =>
    request<T>('POST', path, { body: body ?? {}, idempotencyKey }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** POST a file as the raw request body (`application/octet-stream`), e.g. its name in `query`. */
  upload: <T>(path: string, file: Blob, query?: Query) => request<T>('POST', path, { body: file, query }),
};

/** A random key per form submission; crypto.randomUUID is missing outside secure contexts (plain http on a LAN). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return apiTexts.unknown;
}
