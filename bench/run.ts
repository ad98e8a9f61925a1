/**
 * npm run bench -- <name> [options]: runs one benchmark. Figures go to BENCHMARKS.md by hand,
 * with the machine they were measured on.
 */
const benches: Record<string, () => Promise<{ main(argv: string[]): Promise<void> }>> = {
  ledger: () => import('./ledger.js'),
  scanner: () => import('./scanner.js'),
  credit: () => import('./credit.js'),
};

async function run(): Promise<void> {
  const [name, ...argv] = process.argv.slice(2);
  const load = name ? benches[name] : undefined;
  if (!load) {
    process.stderr.write(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [options]\n`);
    process.exit(2);
  }
  await (await load()).main(argv);
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
