import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../src/auth/actor';
import { LocalIdentityProvider, loadOrCreateLocalKeys } from '../src/auth/local-identity-provider';
import { loadConfig } from '../src/config';

/**
 * Prints a bearer token from the local identity provider, for the service started with the same
 * DATA_DIR:  npm run -s token -- --role institution --institution <id>
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      institution: { type: 'string' },
      district: { type: 'string' },
      inspector: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) {
    throw new Error(`--role is required: one of ${ROLES.join(', ')}`);
  }
  if (role === 'institution' && !values.institution) throw new Error('--institution <id> is required for the institution role');
  const config = loadConfig();
  if (config.oidc.kind !== 'local') throw new Error('OIDC_ISSUER is set: tokens come from that identity provider, not this script');
  const idp = new LocalIdentityProvider(await loadOrCreateLocalKeys(config.dataDir));
  const token = await idp.issue({
    role,
    ...(values.sub ? { sub: values.sub } : {}),
    ...(values.institution ? { institutionId: values.institution } : {}),
    ...(values.district ? { district: values.district } : {}),
    ...(values.inspector ? { inspectorId: values.inspector } : {}),
    ...(values.ttl ? { ttlSeconds: Number.parseInt(values.ttl, 10) } : {}),
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
