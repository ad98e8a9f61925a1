import type { Actor } from '../../auth/actor';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import type { InstitutionRow } from '../institutions/queries';
import { readScope, type InstitutionScope } from '../institutions/policy';
import { loadVisibleInstitution } from '../institutions/service';

/**
 * Who sees filed contracts and rectification cases (SPEC §1, §7, §8):
 * - an institution: its own only; anyone else's is a 404, as if it did not exist;
 * - a regulator: its district (a city regulator: all);
 * - the association: neither. SPEC §7 gives it institution profiles and grades; a filed
 *   contract can carry a student's and a guardian's names (template values), and a case is an
 *   enforcement file whose outcome reaches the association as the credit grade it already sees;
 * - inspectors: neither, until the inspections module assigns them an institution to check;
 * - the scheduler (system): all.
 * Routes refuse the other roles outright (403 by role, which reveals nothing about a record).
 */
export const CONTRACT_READERS = ['regulator', 'institution'] as const;

export function contractScope(actor: Actor): InstitutionScope {
  switch (actor.role) {
    case 'regulator':
    case 'institution':
    case 'system':
      return readScope(actor);
    default:
      return { kind: 'none' };
  }
}

/** The institution whose contracts the caller asks about, or a 404 when it is out of scope. */
export async function loadContractInstitution(ctx: AppContext, caller: Caller, institutionId: string): Promise<InstitutionRow> {
  if (contractScope(caller.actor).kind === 'none') throw new AppError('INSTITUTION_NOT_FOUND', { id: institutionId });
  return loadVisibleInstitution(ctx, caller, institutionId);
}

/** SPEC §1: replies on a case come from the institution itself. */
export function assertMayReply(actor: Actor, institutionId: string): void {
  if (actor.role === 'institution' && actor.institutionId === institutionId) return;
  throw new AppError('FORBIDDEN', { role: actor.role });
}
