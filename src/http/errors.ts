import type { ErrorDefinition } from './error-catalog';
import { errorCatalog, type ErrorCode } from './error-codes';
import { interpolate, type Lang } from './i18n';

export type { ErrorCode };

export interface FieldError {
  path: string;
  message: string;
  code?: string;
}

/** Members of the problem document that a param must not overwrite (RFC 9457 plus ours). */
const RESERVED_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId', 'errors']);

/**
 * The one error type of the service. `params` fill the message and travel as extension members
 * of the problem document (a refused charge names its rule, limit and value there).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly errors: FieldError[] | undefined;
  readonly status: number;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, options: { errors?: FieldError[]; cause?: unknown } = {}) {
    const clash = Object.keys(params).find((k) => RESERVED_MEMBERS.has(k));
    if (clash) throw new Error(`AppError ${code}: param "${clash}" would shadow a problem+json member`);
    super(interpolate(definition(code).detail.en, params), { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.errors = options.errors;
    this.status = definition(code).status;
  }

  title(lang: Lang): string {
    return definition(this.code).title[lang];
  }

  detail(lang: Lang): string {
    return interpolate(definition(this.code).detail[lang], this.params);
  }
}

function definition(code: ErrorCode): ErrorDefinition {
  return errorCatalog[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
