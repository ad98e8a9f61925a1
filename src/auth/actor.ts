export const ROLES = ['regulator', 'inspector', 'institution', 'association'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling. Regulators are scoped to the whole city (`district: null`) or one district;
 * institution staff to one institution. `system` is the scheduler and command-line jobs.
 */
export type Actor =
  | { role: 'anonymous'; sub: 'anonymous' }
  | { role: 'regulator'; sub: string; district: string | null }
  | { role: 'inspector'; sub: string; inspectorId: string | null }
  | { role: 'institution'; sub: string; institutionId: string }
  | { role: 'association'; sub: string }
  | { role: 'system'; sub: string };

export type AuthenticatedActor = Exclude<Actor, { role: 'anonymous' }>;

export const ANONYMOUS: Actor = Object.freeze({ role: 'anonymous', sub: 'anonymous' });

export const SYSTEM: Actor = Object.freeze({ role: 'system', sub: 'system' });

export function isCityRegulator(actor: Actor): boolean {
  return actor.role === 'regulator' && actor.district === null;
}

/** Audit columns for an actor. */
export function actorColumns(actor: Actor): {
  actor_sub: string;
  actor_role: string;
  actor_institution_id: string | null;
  actor_district: string | null;
} {
  return {
    actor_sub: actor.sub,
    actor_role: actor.role,
    actor_institution_id: actor.role === 'institution' ? actor.institutionId : null,
    actor_district: actor.role === 'regulator' ? actor.district : null,
  };
}
