/**
 * JSON with object keys sorted at every level, so equal values serialise to equal strings
 * whatever order their keys were written in (PostgreSQL's jsonb reorders keys). Used to compare
 * stored documents, to fingerprint request bodies for idempotency and to hash chained events.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}
