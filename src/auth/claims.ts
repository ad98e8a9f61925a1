import type { JWTPayload } from 'jose';
import { z } from 'zod';
import type { Actor } from './actor';
import { ROLES } from './actor';

export interface ClaimNames {
  role: string;
  institution: string;
  district: string;
}

const DISTRICT = /^\d{6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ClaimsRejected extends Error {}

/**
 * Maps an identity provider's claims to an actor. The claim names are configuration, because
 * each provider (the city's 一网通办 or a department's own) names them its own way.
 */
export function actorFromClaims(payload: JWTPayload, names: ClaimNames): Actor {
  const sub = typeof payload.sub === 'string' && payload.sub.length > 0 ? payload.sub : null;
  if (!sub) throw new ClaimsRejected('token has no subject');
  const role = z.enum(ROLES).safeParse(payload[names.role]);
  if (!role.success) throw new ClaimsRejected(`token has no recognised ${names.role} claim`);
  switch (role.data) {
    case 'regulator': {
      const district = payload[names.district];
      if (district === undefined || district === null || district === 'city') return { role: 'regulator', sub, district: null };
      if (typeof district !== 'string' || !DISTRICT.test(district)) throw new ClaimsRejected('regulator district claim is not a district code');
      return { role: 'regulator', sub, district };
    }
    case 'institution': {
      const institutionId = payload[names.institution];
      if (typeof institutionId !== 'string' || !UUID.test(institutionId)) {
        throw new ClaimsRejected('institution token has no institution id');
      }
      return { role: 'institution', sub, institutionId: institutionId.toLowerCase() };
    }
    case 'inspector': {
      const inspectorId = payload['inspector_id'];
      return { role: 'inspector', sub, inspectorId: typeof inspectorId === 'string' ? inspectorId : null };
    }
    case 'association':
      return { role: 'association', sub };
  }
}
