/**
 * The HTTP server: Fastify with zod validation at the edge, the OpenAPI document, security headers,
 * JSON errors in Chinese (never a stack trace), refused-request auditing, and the built web UI.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { AppDeps } from './deps.ts';
import { registerRoutes, type RegisteredRoute, type RouteSpec } from './route.ts';
import { appendAudit } from '../platform/audit/audit-log.ts';
import { databaseInputMessage, installChineseValidationMessages } from './input-hygiene.ts';
import { isConnectionLost } from '../platform/db/connection-errors.ts';
import { AppError, isAppError } from '../platform/errors.ts';

export type ServerOptions = { webDist?: string | null; logErrors?: (error: unknown) => void };

declare module 'fastify' {
  interface FastifyInstance {
    jixiaoRoutes: RegisteredRoute[];
  }
}

type ZodIssueLike = {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: unknown[]; message?: string } };
};

const MB = 1024 * 1024;

/** A body limit in bytes as the 413 message prints it: whole megabytes, or one decimal below 1 MB. */
function limitMb(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

function validationMessage(error: FastifyError): string {
  const first = (error.validation?.[0] ?? {}) as ZodIssueLike;
  const where = first.instancePath ? first.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
  const context =
    error.validationContext === 'querystring'
      ? '查询参数'
      : error.validationContext === 'params'
        ? '路径参数'
        : '请求内容';
  const detail = first.message ?? '';
  return where ? `${context}中的字段“${where}”不符合要求：${detail}` : `${context}不符合要求：${detail}`;
}

export async function buildServer(
  deps: AppDeps,
  routes: readonly RouteSpec<unknown, unknown, unknown>[],
  options: ServerOptions = {},
): Promise<FastifyInstance> {
  const security = deps.config.security;
  installChineseValidationMessages();
  const app = Fastify({
    logger: false,
    trustProxy: security.trustProxy,
    bodyLimit: deps.config.bodyLimitMb * MB,
  });
  // Raw uploads (POST /api/checks/file): the body is the file as one Buffer under the body limit, parsed
  // by nothing on the main thread (a 20 MB file as Base64 in JSON takes it a quarter of a second or more).
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Jixiao 预算绩效管理系统 API', version: deps.config.version },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: security.cookieName },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Content-Security-Policy', security.contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', security.referrerPolicy);
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (security.https)
      reply.header('Strict-Transport-Security', `max-age=${security.hstsMaxAgeSeconds}; includeSubDomains`);
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    let appError: AppError;
    if (isAppError(error)) appError = error;
    else if (hasZodFastifySchemaValidationErrors(error) || error.validation)
      appError = new AppError('VALIDATION', validationMessage(error));
    else if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      appError = new AppError(
        'TOO_LARGE',
        `请求内容过大（上限 ${limitMb(request.routeOptions.bodyLimit ?? deps.config.bodyLimitMb * MB)} MB），请减小后重试。`,
      );
    else if (databaseInputMessage(error)) appError = new AppError('VALIDATION', databaseInputMessage(error)!);
    else if (error.statusCode === 415)
      appError = new AppError('VALIDATION', '请求内容的格式不受支持，请以 JSON 提交。');
    else if (error.statusCode === 400 && error.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
      appError = new AppError('VALIDATION', '请求内容不是有效的 JSON。');
    else if (error.statusCode === 400 || error.code?.startsWith('FST_ERR_CTP'))
      appError = new AppError('VALIDATION', '请求内容无法解析。');
    else if (isConnectionLost(error)) {
      // The database went away mid-request (restart, failover, terminated backend): this request is
      // lost, the pool reconnects for the next one.
      (options.logErrors ?? ((e) => console.error('[jixiao] 数据库连接中断', e)))(error);
      appError = new AppError('UNAVAILABLE', '数据库连接中断，本次操作未完成，请稍后重试。');
    } else {
      (options.logErrors ?? ((e) => console.error('[jixiao] 未处理的错误', e)))(error);
      appError = new AppError('INTERNAL');
    }
    const refused =
      appError.code === 'FORBIDDEN' ||
      appError.code === 'CSRF' ||
      (appError.code === 'NOT_FOUND' &&
        (appError.details as { refusedByScope?: boolean } | undefined)?.refusedByScope === true);
    if (refused) {
      try {
        await appendAudit(
          deps.db,
          { id: request.actor?.userId ?? null, username: request.actor?.username ?? null, ip: request.ip },
          {
            action: 'request.refused',
            entity: 'http',
            entityId: `${request.method} ${request.routeOptions.url ?? request.url}`,
            orgId: request.actor?.orgId ?? null,
            outcome: 'refused',
            after: { code: appError.code },
          },
          deps.clock(),
        );
      } catch (auditError) {
        (options.logErrors ?? console.error)(auditError);
      }
    }
    const body: { error: { code: string; message: string; details?: unknown } } = {
      error: { code: appError.code, message: appError.message },
    };
    if (appError.details !== undefined && appError.code !== 'NOT_FOUND')
      body.error.details = appError.details;
    return reply.code(appError.status).send(body);
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.jixiaoRoutes = registerRoutes(app, deps, routes);

  const webDist = options.webDist;
  if (webDist && fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webDist,
      index: ['index.html'],
      wildcard: true,
      // The build writes every text asset also as .br and .gz; the one the browser accepts is sent
      // as it is, with Content-Encoding and Vary: Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, filePath) => {
        // Hashed assets are immutable; index.html must always be fresh.
        res.header(
          'Cache-Control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url.startsWith('/assets/') ||
      request.method !== 'GET' ||
      !webDist ||
      !fs.existsSync(path.join(webDist, 'index.html'))
    ) {
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: '找不到请求的地址。' } });
    }
    // The single-page app routes on the client: every other GET gets index.html.
    reply.header('Cache-Control', 'no-cache');
    return reply.type('text/html').send(fs.readFileSync(path.join(webDist, 'index.html')));
  });
  return app;
}
