/**
 * The one error type. Every code has an HTTP status and a default Chinese message; a use case throws
 * `new AppError('NOT_FOUND', '找不到该用户。')` and the HTTP layer maps it. Codes:
 *   VALIDATION (400)   input does not match the schema or a business rule on its shape
 *   UNAUTHENTICATED (401) no valid session, or wrong credentials
 *   FORBIDDEN (403)    authenticated but not allowed (role, scope, separation of duties)
 *   NOT_FOUND (404)    no such entity, or not visible to the caller (never reveals existence)
 *   CONFLICT (409)     a unique value is taken, or the action conflicts with the current state
 *   STALE (412)        the row version sent is not the current one (optimistic concurrency)
 *   TOO_LARGE (413)    the request body or an uploaded file is larger than allowed
 *   UNPROCESSABLE (422) well-formed but refused: a reused Idempotency-Key with another body, a file bomb
 *   LOCKED (423)       the account is locked after failed logins
 *   CSRF (403)         the state-changing request lacks the session's CSRF token
 *   INTERNAL (500)     anything unexpected; details go to the server log only
 *   UNAVAILABLE (503)  the database cannot be reached just now (connection lost); retrying may succeed
 */
export const ERROR_STATUS = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE: 412,
  TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  LOCKED: 423,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  VALIDATION: '提交的数据不符合要求。',
  UNAUTHENTICATED: '请先登录。',
  FORBIDDEN: '您没有执行此操作的权限。',
  CSRF: '请求缺少有效的安全令牌，请刷新页面后重试。',
  NOT_FOUND: '找不到请求的内容。',
  CONFLICT: '操作与当前数据冲突。',
  STALE: '数据已被他人修改，请刷新后重试。',
  TOO_LARGE: '请求内容过大。',
  UNPROCESSABLE: '请求无法处理。',
  LOCKED: '账号已被锁定，请稍后再试。',
  INTERNAL: '服务器内部错误，请稍后重试或联系管理员。',
  UNAVAILABLE: '数据库暂时无法连接，请稍后重试。',
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? DEFAULT_MESSAGE[code]);
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
