import { createApp } from '../../src/app';
import { boot } from '../../src/boot';
import { loadConfig } from '../../src/config';
import { createHttpServer } from '../../src/http/server';

/**
 * The API as a separate process, for tests that must kill it (test/escrow/crash.test.ts): boots from
 * the environment (DATABASE_URL of the test database, DATA_DIR holding the local identity keys),
 * listens on a free port and prints `LISTENING <port>`.
 */
async function main(): Promise<void> {
  const { ctx } = await boot(loadConfig({ ...process.env, PORT: '0' }), { migrate: false });
  const server = createHttpServer(createApp(ctx)).listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`escrow-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
