/**
 * The route builder: every API route is declared through `route()` with its access rule, so that
 * authentication, CSRF, the organisation scope, idempotency and refusal auditing happen here, once.
 * A route cannot be registered without an access rule; the authorisation-matrix test reads
 * the list `registerRoutes` returns to call every one of them as an outsider.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { eq, and } from 'drizzle-orm';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../platform/errors.ts';
import { idempotencyKeys } from '../platform/db/schema/index.ts';
import { deleteSessionByDigest, sessionState, touchSession } from '../platform/security/sessions.ts';
import { sameToken, tokenDigest } from '../platform/security/tokens.ts';
import { loadSessionActor, type Actor } from './actor.ts';
import type { AppDeps, TxDeps } from './deps.ts';
import type { Permission } from './roles.ts';
import { requireScope } from './scope.ts';
import { findUnusableCharacter, unusableCharacterMessage } from './input-hygiene.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RouteInput<B, Q, P> = { body: B; query: Q; params: P };

/**
 * - public: no session (health, login).
 * - self: any signed-in user, acting on themselves only (me, logout, change password).
 * - scoped: the actor needs `permission` within the reach of their roles over the organisation
 *   that `org` resolves from the request (a body/query field, or the owner of the entity in the URL).
 * - reach: any signed-in user with `permission`; the use case filters results to the actor's reach.
 */
export type Access<B, Q, P> =
  | { kind: 'public' }
  | { kind: 'self' }
  | { kind: 'reach'; permission: Permission }
  | {
      kind: 'scoped';
      permission: Permission;
      org: (
        input: RouteInput<B, Q, P>,
        actor: Actor,
        deps: AppDeps,
      ) => Promise<string | null> | string | null;
    };

/** The access rule of a scoped route (for routes declared with explicit type arguments). */
export type Scoped<B, Q, P> = Extract<Access<B, Q, P>, { kind: 'scoped' }>;

/** Who is asking: a signed-in actor on every route but the public ones. */
export type ActorFor<A> = A extends { kind: 'public' } ? Actor | null : Actor;

export type RouteContext<B, Q, P, A = Access<B, Q, P>> = {
  input: RouteInput<B, Q, P>;
  actor: ActorFor<A>;
  deps: TxDeps;
  request: FastifyRequest;
  reply: FastifyReply;
};

export type RouteResult = { status: number; body?: unknown } | unknown;

export type RouteSpec<B, Q, P, A extends Access<B, Q, P> = Access<B, Q, P>> = {
  method: Method;
  url: string;
  summary: string;
  tags?: string[];
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  access: A;
  /** Creating routes: a retry with the same Idempotency-Key returns the first result. */
  idempotent?: boolean;
  /** Login is the one state-changing request that cannot carry a CSRF token yet. */
  csrfExempt?: boolean;
  /**
   * The body carries a file (raw bytes, or the older JSON with the file in Base64): accepted up to the
   * upload limit (JIXIAO_BODY_LIMIT_MB). Every other body is small JSON, limited to JIXIAO_JSON_BODY_LIMIT_MB:
   * parsing a large JSON body holds the main thread (30 MB: about a second).
   */
  upload?: boolean;
  handler: (ctx: RouteContext<B, Q, P, A>) => Promise<RouteResult>;
};

export type RegisteredRoute = {
  method: Method;
  url: string;
  access: Access<unknown, unknown, unknown>['kind'];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyRouteSpec = RouteSpec<any, any, any, any>;

export function route<
  B = undefined,
  Q = undefined,
  P = undefined,
  A extends Access<B, Q, P> = Access<B, Q, P>,
>(spec: RouteSpec<B, Q, P, A>): AnyRouteSpec {
  return spec as AnyRouteSpec;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

function isResult(value: unknown): value is { status: number; body?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'status' in value &&
    typeof (value as { status: unknown }).status === 'number' &&
    Object.keys(value).every((k) => k === 'status' || k === 'body')
  );
}

/** Text no document can hold is refused before anything is stored (input-hygiene.ts). */
function refuseUnusableCharacters(body: unknown): void {
  const found = findUnusableCharacter(body);
  if (found)
    throw new AppError('depth' in found ? 'UNPROCESSABLE' : 'VALIDATION', unusableCharacterMessage(found));
}

/** JSON with object keys sorted, so that the same request always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What an Idempotency-Key stands for: this route with these parameters, query and body. */
function requestFingerprint(input: RouteInput<unknown, unknown, unknown>): string {
  return createHash('sha256')
    .update(
      canonicalJson({ params: input.params ?? null, query: input.query ?? null, body: input.body ?? null }),
    )
    .digest('hex');
}

/**
 * The session and its actor, read from the database on every request (one prepared statement; nothing
 * is cached, so a session ended anywhere is refused at once everywhere). An expired session, or one
 * whose user was disabled, is deleted and refused.
 */
async function authenticate(request: FastifyRequest, deps: AppDeps): Promise<Actor> {
  const token = request.cookies[deps.config.security.cookieName];
  if (!token) throw new AppError('UNAUTHENTICATED');
  const digest = tokenDigest(token);
  const found = await loadSessionActor(deps.db, digest, request.ip);
  if (!found) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录。');
  const now = deps.clock();
  const state = sessionState(found.session, found.userDisabled, deps.config.security, now);
  if (state === 'expired') {
    await deleteSessionByDigest(deps.db, digest);
    throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录。');
  }
  if (state === 'touch') await touchSession(deps.db, digest, now);
  request.actor = found.actor;
  request.csrfToken = found.session.csrfToken;
  return found.actor;
}

export function registerRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  specs: readonly AnyRouteSpec[],
): RegisteredRoute[] {
  const registeredRoutes: RegisteredRoute[] = [];
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const spec of specs) {
    if (!spec.access) throw new Error(`route ${spec.method} ${spec.url} declares no access rule`);
    registeredRoutes.push({ method: spec.method, url: spec.url, access: spec.access.kind });
    typed.route({
      method: spec.method,
      url: spec.url,
      schema: {
        summary: spec.summary,
        tags: spec.tags,
        ...(spec.body ? { body: spec.body } : {}),
        ...(spec.query ? { querystring: spec.query } : {}),
        ...(spec.params ? { params: spec.params } : {}),
      },
      bodyLimit: (spec.upload ? deps.config.bodyLimitMb : deps.config.jsonBodyLimitMb) * 1024 * 1024,
      // Who is asking is settled before the body is even read: an anonymous or forged request learns
      // nothing about the shape of the API's input, and costs no parsing.
      onRequest: async (request) => {
        if (spec.access.kind === 'public') return;
        const actor = await authenticate(request, deps);
        if (spec.method !== 'GET' && !spec.csrfExempt) {
          const sent = request.headers['x-csrf-token'];
          if (typeof sent !== 'string' || !request.csrfToken || !sameToken(sent, request.csrfToken)) {
            throw new AppError('CSRF');
          }
        }
        if (spec.access.kind === 'reach' && !actor.permissions.has(spec.access.permission))
          throw new AppError('FORBIDDEN');
        if (spec.access.kind === 'scoped' && !actor.permissions.has(spec.access.permission))
          throw new AppError('FORBIDDEN');
      },
      preValidation: async (request) => refuseUnusableCharacters(request.body),
      handler: async (request, reply) => {
        const input = { body: request.body, query: request.query, params: request.params } as RouteInput<
          unknown,
          unknown,
          unknown
        >;
        const actor = request.actor;
        if (spec.access.kind === 'scoped') {
          if (!actor) throw new AppError('UNAUTHENTICATED');
          const orgId = await spec.access.org(input, actor, deps);
          requireScope(actor, spec.access.permission, orgId);
        }
        const keyHeader = request.headers['idempotency-key'];
        const key =
          spec.idempotent && actor && typeof keyHeader === 'string' && keyHeader.length > 0
            ? keyHeader.slice(0, 200)
            : null;
        // Reads need no transaction; every change runs in one, together with its audit entry.
        if (spec.method === 'GET') {
          const out = await spec.handler({ input, actor, deps, request, reply });
          if (reply.sent) return reply;
          const r = isResult(out) ? out : { status: 200, body: out };
          reply.code(r.status);
          return r.body === undefined ? reply.send() : reply.send(r.body);
        }
        const result = await deps.db.transaction(async (tx) => {
          const txDeps: TxDeps = { ...deps, db: tx };
          if (key && actor) {
            const routeName = `${spec.method} ${spec.url}`;
            const requestHash = requestFingerprint(input);
            const inserted = await tx
              .insert(idempotencyKeys)
              .values({ userId: actor.userId, key, route: routeName, requestHash })
              .onConflictDoNothing()
              .returning({ key: idempotencyKeys.key });
            if (inserted.length === 0) {
              // A retry: the first request committed (a concurrent one waited on the row lock).
              const stored = await tx
                .select()
                .from(idempotencyKeys)
                .where(and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key)));
              const first = stored[0];
              if (!first || first.route !== routeName || first.statusCode === null) {
                throw new AppError('CONFLICT', '该幂等键（Idempotency-Key）已用于另一个请求。');
              }
              // Same key, other content: a client bug or a reused key — never answer it with the
              // first request's result as if this one had been done.
              if (first.requestHash !== null && first.requestHash !== requestHash) {
                throw new AppError(
                  'UNPROCESSABLE',
                  '该幂等键（Idempotency-Key）已用于内容不同的另一个请求，本次请求未执行。请为新的请求使用新的幂等键。',
                );
              }
              return { status: first.statusCode, body: first.response, replayed: true };
            }
            const out = await spec.handler({ input, actor, deps: txDeps, request, reply });
            const normalised = isResult(out) ? out : { status: 200, body: out };
            await tx
              .update(idempotencyKeys)
              .set({ statusCode: normalised.status, response: (normalised.body ?? null) as object })
              .where(and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key)));
            return { ...normalised, replayed: false };
          }
          const out = await spec.handler({ input, actor, deps: txDeps, request, reply });
          return { ...(isResult(out) ? out : { status: 200, body: out }), replayed: false };
        });
        if (reply.sent) return reply;
        if (result.replayed) reply.header('idempotent-replayed', 'true');
        reply.code(result.status);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
  return registeredRoutes;
}
