import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';

/**
 * Whose enrollments, cards and entries a caller may see and act on (SPEC §1, §10): an institution
 * its own, a district regulator its district's, a city regulator and the scheduler everything.
 * The association and inspectors never see a student's charge. Outside the scope is a 404.
 */
export interface HolderScope {
  institutionId: string | null;
  district: string | null;
}

export function holderScope(actor: Actor): HolderScope {
  switch (actor.role) {
    case 'institution':
      return { institutionId: actor.institutionId, district: null };
    case 'regulator':
      return { institutionId: null, district: actor.district };
    case 'system':
      return { institutionId: null, district: null };
    default:
      throw new AppError('FORBIDDEN', { role: actor.role });
  }
}

/** The scope as a condition on a row's institution column (`enrollment.institution_id`, …). */
export function withinScope(scope: HolderScope, institutionColumn: string): RawBuilder<boolean> {
  const column = sql.ref(institutionColumn);
  const parts: RawBuilder<unknown>[] = [];
  if (scope.institutionId) parts.push(sql`${column} = ${scope.institutionId}`);
  if (scope.district) parts.push(sql`exists (select 1 from institution i where i.id = ${column} and i.district_code = ${scope.district})`);
  return parts.length > 0 ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`true`;
}

/** The ledger as a whole (verify, city-wide releases) is the city commission's and the scheduler's. */
export function assertCityWide(actor: Actor): void {
  if (actor.role === 'system') return;
  if (actor.role === 'regulator' && actor.district === null) return;
  throw new AppError('FORBIDDEN', { role: actor.role === 'regulator' ? `regulator (${actor.district})` : actor.role });
}

/** Reversals are a regulator's correction (SPEC §3.3), within the regulator's district. */
export function assertRegulator(actor: Actor): void {
  if (actor.role !== 'regulator' && actor.role !== 'system') throw new AppError('FORBIDDEN', { role: actor.role });
}
