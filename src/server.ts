import type { Server } from 'node:http';
import { createApp } from './app';
import { boot } from './boot';
import { ConfigError, loadConfig } from './config';
import { seedDemoData, shouldSeedDemo } from './demo/seed';
import { createHttpServer } from './http/server';
import { startScheduler } from './modules/jobs/scheduler';

async function main(): Promise<void> {
  const config = loadConfig();
  const { ctx, close } = await boot(config);
  if (await shouldSeedDemo(ctx)) {
    const summary = await seedDemoData(ctx);
    ctx.logger.info(summary, 'demo data seeded');
  }
  const app = createApp(ctx);
  const stopScheduler = config.jobs ? startScheduler(ctx) : async () => {};
  const server: Server = createHttpServer(app).listen(config.port, () => {
    const url = `http://localhost:${config.port}`;
    const lines = [
      `培训市场监管系统已启动 / service started on ${url} (database: ${ctx.engine})`,
      `  API:  ${url}/api/v1    docs: ${url}/docs    OpenAPI: ${url}/openapi.json`,
    ];
    if (ctx.localIdentityProvider) {
      lines.push('  token: npm run -s token -- --role regulator   (or --role institution --institution <id>)');
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.logger.info({ signal }, 'shutting down');
    server.close(() => {
      stopScheduler()
        .then(close)
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
