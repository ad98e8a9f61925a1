import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isAppError } from './errors';
import { requestLanguage } from './i18n';

const PROBLEM_TYPE_BASE = 'urn:tms:problem:';

/** Errors thrown by Express's own body parser carry a `type` and a `status`. */
interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

function fromBodyParser(error: unknown): AppError | undefined {
  const e = error as BodyParserError;
  switch (e?.type) {
    case 'entity.parse.failed':
      return new AppError('INVALID_JSON');
    case 'entity.too.large':
      return new AppError('PAYLOAD_TOO_LARGE', { limit: `${Math.round((e.limit ?? 0) / 1024)} KB` });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    default:
      return undefined;
  }
}

/** Renders every error as RFC 9457 problem+json; an unexpected one is logged once, as a 500. */
export function problemHandler(): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const lang = requestLanguage(req);
    let appError = isAppError(error) ? error : fromBodyParser(error);
    if (!appError) {
      req.log.error({ err: error }, 'unhandled error');
      appError = new AppError('INTERNAL', { requestId: req.requestId ?? '' });
    }
    if (res.headersSent) return;
    const problem: Record<string, unknown> = {
      ...appError.params,
      type: PROBLEM_TYPE_BASE + appError.code.toLowerCase().replace(/_/g, '-'),
      title: appError.title(lang),
      status: appError.status,
      detail: appError.detail(lang),
      code: appError.code,
      instance: req.originalUrl,
      requestId: req.requestId,
    };
    if (appError.errors) problem['errors'] = appError.errors;
    if (appError.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(appError.status).type('application/problem+json').send(JSON.stringify(problem));
  };
}

export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError('NOT_FOUND', { path: req.path });
};
