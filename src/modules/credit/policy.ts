import type { Actor } from '../../auth/actor';
import { AppError } from '../../http/errors';
import { assertRegulatorFor } from '../institutions/policy';
import type { CreditSeverity, CreditSource } from './tables';

/*
 * Who may write to the credit ledger over HTTP (SPEC §1, §5, §7). Reads are scoped by
 * loadVisibleInstitution (another institution's record is a 404). Other modules record events
 * through ledger.ts directly: they are trusted code acting on their own rules.
 */

/**
 * Regulators record any finding over institutions in their district (the city over all). The
 * training association records only its own self-discipline findings: commendations and warnings
 * (general), sourced `association`, which count at half weight.
 */
export function assertMayRecord(actor: Actor, institution: { district_code: string }, input: { severity: CreditSeverity; source: CreditSource }): void {
  if (actor.role === 'association') {
    if (input.source !== 'association' || input.severity === 'serious') {
      throw new AppError('CREDIT_SOURCE_NOT_ALLOWED', { severity: input.severity, source: input.source });
    }
    return;
  }
  assertRegulatorFor(actor, institution.district_code);
}

/** Corrections and repair decisions are a regulator's act over its own district. */
export function assertMayDecide(actor: Actor, institution: { district_code: string }): void {
  assertRegulatorFor(actor, institution.district_code);
}

/** A repair is applied for by the institution itself (国市监信规〔2021〕3号: the party applies). */
export function assertMayApplyForRepair(actor: Actor, institutionId: string): void {
  if (actor.role === 'institution' && actor.institutionId === institutionId) return;
  throw new AppError('FORBIDDEN', { role: actor.role });
}
