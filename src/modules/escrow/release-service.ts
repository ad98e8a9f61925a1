import type { z } from 'zod';
import { SYSTEM } from '../../auth/actor';
import type { AppContext } from '../../context';
import type { Caller } from '../../http/api';
import { AppError } from '../../http/errors';
import { idempotentRequest, settle, type Outcome, type Settled } from './ledger/idempotency';
import { post, postingContext } from './ledger/posting';
import type { ReleaseRun } from './ledger/schema';
import { iso } from './mapper';

const DAY_MS = 86_400_000;

interface ReleaseSummary {
  as_of: string;
  cutoff: string;
  policy_version: number;
  entries: number;
  enrollments: number;
  cards: number;
  total: string;
}

function present(snapshot: unknown): z.infer<typeof ReleaseRun> {
  const s = snapshot as ReleaseSummary;
  return {
    asOf: iso(s.as_of),
    cutoff: iso(s.cutoff),
    entries: s.entries,
    enrollments: s.enrollments,
    cards: s.cards,
    total: s.total,
    policyVersion: s.policy_version,
  };
}

export interface ReleaseOptions {
  /** Release what was consumed at least settlementDelayDays before this time (default: now). */
  asOf?: Date;
  /** Who runs it (default: the scheduler). */
  caller?: Caller;
}

async function release(ctx: AppContext, caller: Caller, asOfInput: Date | undefined, key: string | null): Promise<Settled<z.infer<typeof ReleaseRun>>> {
  const policy = await ctx.policies.current();
  const now = ctx.clock.now();
  const asOf = asOfInput ?? now;
  const cutoff = new Date(asOf.getTime() - policy.values.escrow.settlementDelayDays * DAY_MS);
  const request = key ? idempotentRequest(caller, key, 'POST /escrow/releases', { asOf: asOfInput?.toISOString() ?? null }) : null;
  const run = async (): Promise<Outcome> => {
    if (asOf > now) throw new AppError('RELEASE_IN_FUTURE', { rule: 'as_of_not_future', limit: now.toISOString(), value: asOf.toISOString() });
    return post(ctx.db, 'escrow_release', [postingContext(caller, now, policy.version, request), asOf.toISOString(), cutoff.toISOString()]);
  };
  if (!request) return { body: present((await run()).response), replayed: false };
  return settle(ctx, request, present, run);
}

/**
 * Custody release (SPEC §3.2): consumed value recorded at least `settlementDelayDays` (T+1 by
 * default, 24-hour days) before `asOf` moves from earned_unreleased out of custody to the
 * institution's bank, one release entry per institution, skipping enrollments whose releases are
 * paused by a refund or a complaint. Set-based in one posting function call; safe to run twice
 * (a rerun finds nothing left). The jobs module schedules it daily.
 */
export async function releaseConsumedFunds(ctx: AppContext, options: ReleaseOptions = {}): Promise<z.infer<typeof ReleaseRun>> {
  const caller = options.caller ?? { actor: SYSTEM, requestId: 'release-job', lang: 'zh' as const };
  return (await release(ctx, caller, options.asOf, null)).body;
}

/** POST /escrow/releases: the same run, requested over HTTP with an Idempotency-Key. */
export async function requestRelease(ctx: AppContext, caller: Caller, key: string, asOf: Date | undefined) {
  return release(ctx, caller, asOf, key);
}
