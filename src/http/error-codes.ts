import { httpErrors } from './error-catalog';
import { alertErrors } from '../modules/alerts/errors';
import { jobErrors } from '../modules/jobs/errors';
import { contractErrors } from '../modules/contracts/errors';
import { creditErrors } from '../modules/credit/errors';
import { escrowErrors } from '../modules/escrow/errors';
import { escrowSupervisionErrors } from '../modules/escrow/supervision-errors';
import { institutionErrors } from '../modules/institutions/errors';
import { policyErrors } from '../modules/policies/errors';

/** Every error code the service can answer with, gathered from the modules that own them. */
export const errorCatalog = {
  ...httpErrors,
  ...policyErrors,
  ...institutionErrors,
  ...alertErrors,
  ...jobErrors,
  ...escrowErrors,
  ...escrowSupervisionErrors,
  ...creditErrors,
  ...contractErrors,
};

export type ErrorCode = keyof typeof errorCatalog;
