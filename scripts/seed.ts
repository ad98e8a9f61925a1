import { boot } from '../src/boot';
import { loadConfig } from '../src/config';
import { seedDemoData } from '../src/demo/seed';

/** Seeds the demo data set on demand (on an empty database: uniqueness rules refuse a second set). */
async function main(): Promise<void> {
  const { ctx, close } = await boot(loadConfig());
  try {
    const existing = await ctx.db.selectFrom('institution').select('id').limit(1).executeTakeFirst();
    if (existing) {
      process.stdout.write('the database already holds institutions; demo data not added\n');
      return;
    }
    const summary = await seedDemoData(ctx);
    process.stdout.write(`seeded ${summary.institutions} institutions and ${summary.courses} courses\n`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
