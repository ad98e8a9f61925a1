/** The escrow module's tables, merged into the one Database type in src/db/schema.ts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EscrowTables {}
