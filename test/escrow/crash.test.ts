import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalIdentityProvider, loadOrCreateLocalKeys } from '../../src/auth/local-identity-provider';
import { startTestApp, type TestApp } from '../support/app';
import { describeOnServer } from '../support/engine';
import { enrollmentBody, prepay, provider, type Provider } from './helpers';

/*
 * SPEC §10: the invariants hold after a crash. The API runs as a child process on this file's
 * PostgreSQL database, is loaded with concurrent postings and killed with SIGKILL mid-load; after a
 * restart GET /ledger/verify is clean, no entry is partial, and every key that never got an answer
 * posts at most once when retried. PostgreSQL server only: PGlite is embedded in one process.
 */
describeOnServer('runs the crash test on the PostgreSQL server only (an embedded PGlite dies with its process)')('a crash mid-load', () => {
  let t: TestApp;
  let p: Provider;
  let dataDir: string;
  let idp: LocalIdentityProvider;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    p = await provider(t);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'tms-crash-'));
    idp = new LocalIdentityProvider(await loadOrCreateLocalKeys(dataDir));
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(): Promise<{ child: ChildProcess; base: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '../support/escrow-server.ts')], {
      env: { ...process.env, DATABASE_URL: t.database.url!, DATA_DIR: dataDir, LOG_LEVEL: 'silent', JOBS: 'off', SEED_DEMO: 'off', NODE_ENV: 'development', DATABASE_POOL_SIZE: '8' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /LISTENING (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child.on('exit', (code) => reject(new Error(`the API exited with ${code} before listening`)));
    });
    return { child, base: `http://127.0.0.1:${port}/api/v1` };
  }

  it('verifies clean after SIGKILL under load, with no partial entry', async () => {
    const staff = `Bearer ${await idp.issue({ role: 'institution', institutionId: p.institutionId, sub: 'crash-staff' })}`;
    const city = `Bearer ${await idp.issue({ role: 'regulator', sub: 'crash-city' })}`;
    const targets = await Promise.all(Array.from({ length: 20 }, () => prepay(t, p, { lessonsPaid: 60, amountPaid: '4800.00' })));
    const { child, base } = await start();

    // Every request and whether it was answered; unanswered ones are retried after the restart.
    const sent: Array<{ path: string; key: string; body: string; answered: boolean }> = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const prepayment = (i + w) % 2 === 0;
        const path = prepayment ? '/enrollments' : `/enrollments/${targets[(i * 7 + w) % targets.length]!.id}/consumptions`;
        const body = JSON.stringify(prepayment ? enrollmentBody(p, { lessonsPaid: 10, amountPaid: '800.00' }) : { lessons: 1, occurredAt: '2026-09-01T08:00:00+08:00' });
        const request = { path, key: randomUUID(), body, answered: false };
        sent.push(request);
        try {
          const res = await fetch(base + path, { method: 'POST', headers: { authorization: staff, 'idempotency-key': request.key, 'content-type': 'application/json' }, body });
          await res.text();
          request.answered = res.status === 201;
        } catch {
          return; // the server is gone
        }
      }
    };
    const load = Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGKILL');
    stop = true;
    await load;
    expect(sent.filter((s) => s.answered).length).toBeGreaterThan(20);

    const { child: again, base: restarted } = await start();
    const report = (await (await fetch(`${restarted}/ledger/verify`, { headers: { authorization: city } })).json()) as {
      ok: boolean;
      invariants: Array<{ name: string; ok: boolean; offenders: unknown[] }>;
    };
    expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(report.ok).toBe(true);

    // Retrying what never got an answer posts it at most once: replayed if it had committed.
    const before = await t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const unanswered = sent.filter((s) => !s.answered);
    for (const s of unanswered) {
      const res = await fetch(restarted + s.path, { method: 'POST', headers: { authorization: staff, 'idempotency-key': s.key, 'content-type': 'application/json' }, body: s.body });
      expect([201, 409, 422]).toContain(res.status);
      const twice = await fetch(restarted + s.path, { method: 'POST', headers: { authorization: staff, 'idempotency-key': s.key, 'content-type': 'application/json' }, body: s.body });
      expect(twice.status).toBe(res.status);
      if (res.status === 201) expect(twice.headers.get('idempotent-replayed')).toBe('true');
    }
    const after = await t.ctx.db.selectFrom('ledger_entry').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n) - Number(before.n)).toBeLessThanOrEqual(unanswered.length);
    const final = (await (await fetch(`${restarted}/ledger/verify`, { headers: { authorization: city } })).json()) as { ok: boolean };
    expect(final.ok).toBe(true);
    again.kill('SIGTERM');
  });
});
