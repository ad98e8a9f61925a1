import type { RequestHandler } from 'express';
import { ANONYMOUS } from '../auth/actor';
import type { TokenVerifier } from '../auth/token-verifier';
import { AppError } from './errors';

/** No Authorization header means an anonymous caller; a bad token is always a 401. */
export function authenticate(tokens: TokenVerifier): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (!header) {
      req.actor = ANONYMOUS;
      return next();
    }
    const match = /^Bearer\s+([A-Za-z0-9_\-.]+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('UNAUTHENTICATED');
    try {
      req.actor = await tokens.verify(match[1]);
    } catch {
      throw new AppError('UNAUTHENTICATED');
    }
    next();
  };
}
