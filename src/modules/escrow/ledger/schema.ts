import { z } from 'zod';
import { isoDateTime, money, text, uuid } from '../../../http/fields';
import { ACCOUNT_KINDS, ENTRY_KINDS } from '../tables';

export const Transfer = z
  .object({
    leg: z.number().int(),
    debitAccountId: z.number().int(),
    debitAccountKind: z.enum(ACCOUNT_KINDS),
    creditAccountId: z.number().int(),
    creditAccountKind: z.enum(ACCOUNT_KINDS),
    amount: money,
  })
  .meta({ id: 'Transfer' });

export const Entry = z
  .object({
    id: z.number().int(),
    kind: z.enum(ENTRY_KINDS),
    institutionId: uuid,
    enrollmentId: uuid.nullable(),
    cardId: uuid.nullable(),
    reversesEntryId: z.number().int().nullable(),
    reversedByEntryId: z.number().int().nullable(),
    policyVersion: z.number().int(),
    occurredAt: z.string(),
    recordedAt: z.string(),
    actor: z.string(),
    memo: z.string().nullable(),
    transfers: z.array(Transfer),
  })
  .meta({ id: 'LedgerEntry' });

export const EntryParams = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

export const ReversalInput = z.strictObject({ reason: text(500) }).meta({ id: 'ReversalInput' });

export const ReleaseInput = z
  .strictObject({
    asOf: isoDateTime.optional().meta({ description: 'Release value consumed at least settlementDelayDays before this time (default: now)' }),
  })
  .meta({ id: 'ReleaseInput' });

export const ReleaseRun = z
  .object({
    asOf: z.string(),
    cutoff: z.string(),
    entries: z.number().int().meta({ description: 'Release entries posted, one per institution' }),
    enrollments: z.number().int(),
    cards: z.number().int(),
    total: money,
    policyVersion: z.number().int(),
  })
  .meta({ id: 'ReleaseRun' });

const Offender = z.record(z.string(), z.unknown());

export const InvariantReport = z
  .object({
    id: z.number().int(),
    name: z.string(),
    description: z.string(),
    ok: z.boolean(),
    offenderCount: z.number().int(),
    offenders: z.array(Offender).meta({ description: 'At most 100, worst first' }),
  })
  .meta({ id: 'LedgerInvariant' });

export const VerifyReport = z
  .object({
    ok: z.boolean(),
    checkedAt: z.string(),
    accounts: z.number().int(),
    entries: z.number().int(),
    transfers: z.number().int(),
    invariants: z.array(InvariantReport),
  })
  .meta({ id: 'LedgerVerifyReport' });
