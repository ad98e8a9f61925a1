import type { AppContext } from '../../../context';
import type { Api } from '../../../http/api';
import { IdempotencyKeyHeaders } from '../../../http/fields';
import { assertCityWide } from '../policy';
import { requestRelease } from '../release-service';
import { getEntry, reverseEntry } from './entries';
import { reply } from './idempotency';
import { Entry, EntryParams, ReleaseInput, ReleaseRun, ReversalInput, VerifyReport } from './schema';
import { verifyLedger } from './verify';

export function registerLedgerRoutes(api: Api, ctx: AppContext): void {
  api.route({
    method: 'get',
    path: '/ledger/verify',
    summary: '账本校验 / Verify the ledger',
    description: 'Checks the six invariants of SPEC §3.3 (and that holders match their accounts) in one snapshot; each with ok and the offenders. City regulators and the scheduler.',
    tags: ['ledger'],
    access: ['regulator'],
    response: VerifyReport,
    handler: ({ caller }) => {
      assertCityWide(caller.actor);
      return verifyLedger(ctx, caller.lang);
    },
  });
  api.route({
    method: 'get',
    path: '/ledger/entries/{id}',
    summary: '账务分录 / One ledger entry',
    tags: ['ledger'],
    access: ['regulator', 'institution'],
    params: EntryParams,
    response: Entry,
    handler: ({ params, caller }) => getEntry(ctx, caller, params.id),
  });
  api.route({
    method: 'post',
    path: '/ledger/entries/{id}/reversals',
    summary: '冲正分录 / Reverse an entry',
    description:
      'A regulator’s correction: a new entry with the transfers swapped, once only (409), refused if it would break a balance guard or undo value already released or used. Requires an `Idempotency-Key` header.',
    tags: ['ledger'],
    access: ['regulator'],
    params: EntryParams,
    headers: IdempotencyKeyHeaders,
    body: ReversalInput,
    response: Entry,
    status: 201,
    problems: [409, 422],
    handler: async ({ params, body, headers, caller, res }) => reply(res, await reverseEntry(ctx, caller, params.id, body, headers['Idempotency-Key']!)),
  });
  api.route({
    method: 'post',
    path: '/escrow/releases',
    summary: '拨付已消课资金 / Release consumed funds',
    description:
      'Releases value consumed at least `settlementDelayDays` before `asOf` from custody to the institutions’ banks, skipping paused enrollments; safe to run twice. City regulators and the scheduler. Requires an `Idempotency-Key` header.',
    tags: ['escrow'],
    access: ['regulator'],
    headers: IdempotencyKeyHeaders,
    body: ReleaseInput,
    response: ReleaseRun,
    status: 201,
    problems: [409, 422],
    handler: async ({ body, headers, caller, res }) => {
      assertCityWide(caller.actor);
      const asOf = body.asOf === undefined ? undefined : new Date(body.asOf);
      return reply(res, await requestRelease(ctx, caller, headers['Idempotency-Key']!, asOf));
    },
  });
}
