/**
 * The Node flags the service runs with: `npm start`, the Docker image and the ledger bench all
 * start it with these (test/unit/runtime-flags.test.ts holds the first two to them).
 *
 * --initial-old-space-size=256: V8 sizes the old generation from the live heap, about 50 MB here,
 * and so ran a major GC every six or seven seconds under load, each one marking the whole heap on a
 * helper thread for ≈ 100 ms of CPU; on two cores shared with PostgreSQL those were most of the
 * stalls left in the half-rate runs (BENCHMARKS.md, Ledger). Starting the old generation at 256 MB
 * leaves it room for minutes of load between major GCs (three in a whole bench run instead of
 * seventeen), for ≈ 200 MB more memory at most.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--initial-old-space-size=256'];
