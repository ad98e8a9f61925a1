/*
 * SPEC §2: pending_review → active → (rectifying ↔ active) → suspended → closing → closed,
 * pending_review → rejected, and active|rectifying|suspended → revoked. A suspension can be
 * lifted (suspended → active) once the institution has put things right, and an institution may
 * wind down from any operating state, not only after a suspension.
 */
export const INSTITUTION_STATUSES = [
  'pending_review',
  'active',
  'rectifying',
  'suspended',
  'closing',
  'closed',
  'rejected',
  'revoked',
] as const;

export type InstitutionStatus = (typeof INSTITUTION_STATUSES)[number];

export const TRANSITIONS: Readonly<Record<InstitutionStatus, readonly InstitutionStatus[]>> = {
  pending_review: ['active', 'rejected'],
  active: ['rectifying', 'suspended', 'closing', 'revoked'],
  rectifying: ['active', 'suspended', 'closing', 'revoked'],
  suspended: ['active', 'closing', 'revoked'],
  closing: ['closed'],
  closed: [],
  rejected: [],
  revoked: [],
};

export function allowedTransitions(from: InstitutionStatus): readonly InstitutionStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: InstitutionStatus, to: InstitutionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only these statuses may take new prepayments (SPEC §2, §3.1). */
export const PREPAYMENT_STATUSES: readonly InstitutionStatus[] = ['active', 'rectifying'];

/** Statuses in which an institution may still file courses and fees. */
export const FILING_STATUSES: readonly InstitutionStatus[] = ['pending_review', 'active', 'rectifying'];
