import { type Kysely, sql } from 'kysely';

// Frozen once landed: a later change is a new migration, never an edit of this one.
//
// Postings that arrive together go to PostgreSQL as one statement and one commit (BENCHMARKS.md,
// Ledger; src/modules/escrow/ledger/batches.ts). When a posting in such a batch raises, the batch
// goes again through the functions' `<function>_try` twins: each runs its posting inside its own
// subtransaction, so a refusal, or any error, undoes that posting alone and comes back as a value
// ({"error": {code, message, detail, constraint}}) instead of aborting its neighbours; a posting
// that succeeds comes back as {"outcome": …}, what the function itself returns. What a posting does
// and refuses is unchanged.

/** The posting functions a batch may hold: the ones requests call in volume. */
export const BATCHED_FUNCTIONS = ['escrow_prepay', 'escrow_consume', 'escrow_refund', 'escrow_card_issue', 'escrow_card_spend', 'escrow_card_refund'];

// The twins are written from the catalogue (one per function, same parameters), so a twin can never
// disagree with the signature of the function it wraps.
const CREATE_TWINS = `
do $twins$
declare
  f record;
  v_names text;
begin
  for f in select p.proname, pg_get_function_identity_arguments(p.oid) as args, p.proargnames
             from pg_proc p
            where p.pronamespace = current_schema()::regnamespace
              and p.proname = any(array[${BATCHED_FUNCTIONS.map((f) => `'${f}'`).join(', ')}]) loop
    select string_agg(quote_ident(a.name), ', ' order by a.n) into v_names from unnest(f.proargnames) with ordinality as a(name, n);
    execute format($create$
      create function %I(%s) returns jsonb language plpgsql as $body$
      declare
        v_code text;
        v_message text;
        v_detail text;
        v_constraint text;
      begin
        return jsonb_build_object('outcome', %I(%s));
      exception when others then
        get stacked diagnostics v_code = returned_sqlstate, v_message = message_text, v_detail = pg_exception_detail,
                                v_constraint = constraint_name;
        return jsonb_build_object('error', jsonb_build_object('code', v_code, 'message', v_message, 'detail', v_detail,
                                                             'constraint', nullif(v_constraint, '')));
      end $body$
    $create$, f.proname || '_try', f.args, f.proname, v_names);
  end loop;
end $twins$`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(CREATE_TWINS).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const fn of BATCHED_FUNCTIONS) await sql.raw(`drop function ${fn}_try`).execute(db);
}
