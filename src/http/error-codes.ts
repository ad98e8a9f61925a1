import { httpErrors } from './error-catalog';
import { institutionErrors } from '../modules/institutions/errors';
import { policyErrors } from '../modules/policies/errors';

/** Every error code the service can answer with, gathered from the modules that own them. */
export const errorCatalog = {
  ...httpErrors,
  ...policyErrors,
  ...institutionErrors,
};

export type ErrorCode = keyof typeof errorCatalog;
