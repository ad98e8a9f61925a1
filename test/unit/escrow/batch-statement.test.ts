import { batchStatement, type BatchCall } from '../../../src/modules/escrow/ledger/batches';

/** The batch statement texts (batches.ts): one per mix of functions, prepared only up to a bound. */

const consume = (n: number): BatchCall => ({ fn: 'escrow_consume', name: 'escrow_consume/6', text: '', values: Array.from({ length: 6 }, (_, i) => `c${n}.${i}`), batchable: true });
const prepay = (n: number): BatchCall => ({ fn: 'escrow_prepay', name: 'escrow_prepay/13', text: '', values: Array.from({ length: 13 }, (_, i) => `p${n}.${i}`), batchable: true });

describe('batch statements', () => {
  it('number the parameters across the calls; settle the plain way at once, call the twins on the second way', () => {
    const calls = [consume(1), consume(2), prepay(3)];
    const plain = batchStatement(calls, 'plain');
    const postings =
      'escrow_consume($1, $2, $3, $4, $5, $6), escrow_consume($7, $8, $9, $10, $11, $12), ' +
      'escrow_prepay($13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)';
    expect(plain.text).toBe(`select ledger_settle(ledger_defer(), array[${postings}]::jsonb[]) as rs`);
    const twins = batchStatement(calls, 'twins');
    expect(twins.text).toBe(
      `select to_jsonb(array[${postings.replace(/escrow_consume\(/g, 'escrow_consume_try(').replace('escrow_prepay(', 'escrow_prepay_try(')}]::jsonb[]) as rs`,
    );
    expect(plain.name).toMatch(/^ledger_batch_\d+$/);
    expect(twins.name).not.toBe(plain.name);
    // the same mix again is the same prepared statement
    expect(batchStatement([consume(7), consume(8), prepay(9)], 'plain')).toBe(plain);
  });

  it('prepare at most 512 mixes; a mix beyond them runs unprepared, with the same text', () => {
    const named = new Set<string>();
    let unnamed = 0;
    for (let consumptions = 0; consumptions <= 40; consumptions++) {
      for (let prepayments = 0; prepayments <= 20; prepayments++) {
        if (consumptions + prepayments < 2) continue;
        const calls = [...Array.from({ length: consumptions }, (_, i) => consume(i)), ...Array.from({ length: prepayments }, (_, i) => prepay(i))];
        const s = batchStatement(calls, 'plain');
        expect(s.text.split('escrow_').length - 1).toBe(calls.length);
        if (s.name) named.add(s.name);
        else unnamed++;
      }
    }
    expect(named.size).toBeLessThanOrEqual(512);
    expect(named.size).toBeGreaterThan(500);
    expect(unnamed).toBeGreaterThan(0);
    // a mix prepared early stays prepared
    expect(batchStatement([consume(0), consume(1)], 'plain').name).toMatch(/^ledger_batch_\d+$/);
  });
});
