import type { PrepaymentFacts } from './queries';

/*
 * The facts a prepayment was last judged on, per institution and course, kept in memory as a hint
 * so that the usual prepayment is one round trip. Never trusted: escrow_prepay reads the facts
 * again under its lock and posts only if they are the ones judged, so a stale hint costs one more
 * call, never a wrong posting or a wrong refusal (a refusal is only ever made on fresh facts). The
 * student's own charges are not kept: the hint assumes none (a new student, the common case).
 */
const ENTRIES = 10_000;
const hints = new Map<string, PrepaymentFacts>();

const id = (institutionId: string, courseId: string) => `${institutionId}/${courseId}`;

export function assumedFacts(institutionId: string, courseId: string): PrepaymentFacts | undefined {
  const hint = hints.get(id(institutionId, courseId));
  return hint && { ...hint, prior_charges: 0, open_charges: 0, open_lessons_remaining: 0 };
}

export function rememberFacts(institutionId: string, courseId: string, facts: PrepaymentFacts): void {
  if (!facts.institution_id || !facts.course_id) return;
  const key = id(institutionId, courseId);
  if (!hints.has(key) && hints.size >= ENTRIES) {
    // Map iteration is insertion order: drop the oldest entry.
    const oldest = hints.keys().next();
    if (!oldest.done) hints.delete(oldest.value);
  }
  hints.set(key, facts);
}
