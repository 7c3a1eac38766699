/**
 * Configuration: every tunable value, read once from the environment, with the documented defaults
 * (docs/configuration.md). Passed down explicitly; nothing else reads process.env.
 */
import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  adminPassword: string | null;
  demoPassword: string | null;
  loadDemo: boolean;
  /** Largest request body the HTTP server accepts, in MB (uploads to 校验 are Base64 JSON: 20 MB files need ~27 MB). */
  bodyLimitMb: number;
  /** Largest JSON body of a route that takes no file, in MB. */
  jsonBodyLimitMb: number;
  /** Parsing uploads in isolation (src/platform/isolation): limits of the worker threads, pdftotext, 校验 as a job. */
  uploads: UploadsConfig;
  security: SecurityConfig;
  /** 佐证材料 (evidence files): size limits (docs/evidence.md). */
  evidence: EvidenceConfig;
  version: string;
};

export type EvidenceConfig = {
  /** Largest single file, in bytes (JIXIAO_EVIDENCE_MAX_FILE_MB, default 20 MB). */
  maxFileBytes: number;
  /** Largest total of the files attached to one project, indicator, evaluation or rectification (JIXIAO_EVIDENCE_MAX_TOTAL_MB, default 200 MB). */
  maxTotalBytes: number;
};

export type UploadsConfig = {
  /** A worker's parsing task is abandoned (and the worker terminated) after this long. */
  parseTimeoutSeconds: number;
  /** V8 old-generation limit of a parsing worker, in MB. */
  parseMemoryMb: number;
  /** pdftotext is killed after this long. */
  pdfTimeoutSeconds: number;
  /** 校验 of a file larger than this (MB) answers 202 with a background job instead of waiting. */
  checkJobThresholdMb: number;
  /** The time limit of parsing in a background job (nobody waits on the request): longer than a request's. */
  jobParseTimeoutSeconds: number;
};

export type SecurityConfig = {
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  maxFailedLogins: number;
  lockoutMinutes: number;
  passwordMinLength: number;
  passwordMinClasses: number;
  /** Behind HTTPS (TLS at a proxy): cookies get `Secure` and responses HSTS. */
  https: boolean;
  trustProxy: boolean;
  hstsMaxAgeSeconds: number;
  contentSecurityPolicy: string;
  referrerPolicy: string;
  cookieName: string;
};

const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Ant Design writes its styles at run time (CSS-in-JS), which needs inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`配置项 ${name} 应为非负整数，实际为“${raw}”。`);
  }
  return value;
}

function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL.trim() : null;
  return {
    port: int(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(cwd, env.JIXIAO_DATA ?? 'data'),
    databaseUrl,
    adminPassword: env.JIXIAO_ADMIN_PASSWORD || null,
    demoPassword: env.JIXIAO_DEMO_PASSWORD || null,
    // The demo loads on the first start of the embedded default, unless switched off.
    loadDemo: bool(env, 'JIXIAO_DEMO', databaseUrl === null),
    bodyLimitMb: int(env, 'JIXIAO_BODY_LIMIT_MB', 30) || 30,
    jsonBodyLimitMb: int(env, 'JIXIAO_JSON_BODY_LIMIT_MB', 2) || 2,
    uploads: {
      parseTimeoutSeconds: int(env, 'JIXIAO_PARSE_TIMEOUT_SECONDS', 30) || 30,
      parseMemoryMb: int(env, 'JIXIAO_PARSE_MEMORY_MB', 768) || 768,
      pdfTimeoutSeconds: int(env, 'JIXIAO_PDF_TIMEOUT_SECONDS', 20) || 20,
      checkJobThresholdMb: int(env, 'JIXIAO_CHECK_JOB_THRESHOLD_MB', 5),
      jobParseTimeoutSeconds: int(env, 'JIXIAO_JOB_PARSE_TIMEOUT_SECONDS', 600) || 600,
    },
    version: env.npm_package_version ?? '0.1.0',
    evidence: {
      maxFileBytes: (int(env, 'JIXIAO_EVIDENCE_MAX_FILE_MB', 20) || 20) * 1024 * 1024,
      maxTotalBytes: (int(env, 'JIXIAO_EVIDENCE_MAX_TOTAL_MB', 200) || 200) * 1024 * 1024,
    },
    security: {
      sessionIdleMinutes: int(env, 'JIXIAO_SESSION_IDLE_MINUTES', 30),
      sessionAbsoluteHours: int(env, 'JIXIAO_SESSION_ABSOLUTE_HOURS', 12),
      maxFailedLogins: int(env, 'JIXIAO_MAX_FAILED_LOGINS', 5),
      lockoutMinutes: int(env, 'JIXIAO_LOCKOUT_MINUTES', 15),
      passwordMinLength: int(env, 'JIXIAO_PASSWORD_MIN_LENGTH', 8),
      passwordMinClasses: int(env, 'JIXIAO_PASSWORD_MIN_CLASSES', 3),
      https: bool(env, 'JIXIAO_HTTPS', false),
      trustProxy: bool(env, 'JIXIAO_TRUST_PROXY', false),
      hstsMaxAgeSeconds: int(env, 'JIXIAO_HSTS_MAX_AGE', 31536000),
      contentSecurityPolicy: env.JIXIAO_CSP ?? DEFAULT_CSP,
      referrerPolicy: env.JIXIAO_REFERRER_POLICY ?? 'strict-origin-when-cross-origin',
      cookieName: env.JIXIAO_SESSION_COOKIE ?? 'jixiao_session',
    },
  };
}

export const defaultSecurity: SecurityConfig = loadConfig({}).security;
