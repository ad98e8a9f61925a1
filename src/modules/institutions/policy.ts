import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';

/**
 * Which institutions a caller may see. Anything outside the scope is a 404, never a 403, so a
 * caller cannot even learn that another institution's record exists.
 */
export type InstitutionScope =
  | { kind: 'all' }
  | { kind: 'district'; district: string }
  | { kind: 'own'; institutionId: string }
  | { kind: 'none' };

export function readScope(actor: Actor): InstitutionScope {
  switch (actor.role) {
    case 'regulator':
      return actor.district ? { kind: 'district', district: actor.district } : { kind: 'all' };
    case 'institution':
      return { kind: 'own', institutionId: actor.institutionId };
    // The association and inspectors see institution profiles (never student data).
    case 'association':
    case 'inspector':
    case 'system':
      return { kind: 'all' };
    case 'anonymous':
      return { kind: 'none' };
  }
}

export function inScope(scope: InstitutionScope, institution: { id: string; district_code: string }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'district':
      return institution.district_code === scope.district;
    case 'own':
      return institution.id === scope.institutionId;
    case 'none':
      return false;
  }
}

/** Regulators (within their district) manage institutions; the scheduler acts for the city. */
export function assertRegulatorFor(actor: Actor, districtCode: string): void {
  if (actor.role === 'system') return;
  if (actor.role !== 'regulator') throw new AppError('FORBIDDEN', { role: actor.role });
  if (actor.district && actor.district !== districtCode) {
    throw new AppError('DISTRICT_OUT_OF_SCOPE', { district: actor.district });
  }
}

/** Courses, fees and sites are filed by the institution itself or by a regulator over it. */
export function assertCanFileFor(actor: Actor, institution: { id: string; district_code: string }): void {
  if (actor.role === 'institution' && actor.institutionId === institution.id) return;
  assertRegulatorFor(actor, institution.district_code);
}
