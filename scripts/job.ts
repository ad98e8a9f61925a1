import { SYSTEM } from '../src/auth/actor';
import { boot } from '../src/boot';
import { loadConfig } from '../src/config';
import { findJob, runJob } from '../src/modules/jobs/runner';

/** Runs one job by hand: npm run job -- <name>   (npm run job -- --list for the names) */
async function main(): Promise<void> {
  const name = process.argv[2];
  const { ctx, close } = await boot(loadConfig());
  try {
    if (!name || name === '--list') {
      for (const job of ctx.jobs) process.stdout.write(`${job.name}\t${job.schedule}\t${job.description.zh}\n`);
      return;
    }
    const result = await runJob(ctx, findJob(ctx, name), 'cli', { actor: SYSTEM, requestId: `cli:${name}` });
    if (!result) {
      process.stderr.write(`${name} is running elsewhere; not started\n`);
      process.exitCode = 3;
      return;
    }
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.status === 'failed') process.exitCode = 1;
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
