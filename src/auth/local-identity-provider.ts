import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Role } from './actor';

/**
 * The development and test identity provider: an ES256 key pair kept in DATA_DIR, so that the
 * service and `npm run token` agree on it. Never used in production (config refuses it).
 */
export const LOCAL_ISSUER = 'urn:tms:local-idp';
export const LOCAL_AUDIENCE = 'tms-api';

export interface LocalKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateLocalKeys(): Promise<LocalKeys> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
}

/** Loads the key pair from `<dataDir>/local-idp/keys.json`, creating it on first use. */
export async function loadOrCreateLocalKeys(dataDir: string): Promise<LocalKeys> {
  const file = path.resolve(dataDir, 'local-idp', 'keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalKeys;
  const keys = await generateLocalKeys();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export interface TokenRequest {
  role: Role;
  sub?: string;
  institutionId?: string;
  district?: string;
  inspectorId?: string;
  ttlSeconds?: number;
}

export class LocalIdentityProvider {
  constructor(private readonly keys: LocalKeys) {}

  get jwks(): { keys: JWK[] } {
    return { keys: [this.keys.publicJwk] };
  }

  async issue(request: TokenRequest): Promise<string> {
    const key = await importJWK(this.keys.privateJwk, 'ES256');
    const claims: Record<string, unknown> = { role: request.role };
    if (request.institutionId) claims['institution_id'] = request.institutionId;
    if (request.district) claims['district'] = request.district;
    if (request.inspectorId) claims['inspector_id'] = request.inspectorId;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: this.keys.privateJwk.kid ?? 'local' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE)
      .setSubject(request.sub ?? `local:${request.role}:${request.institutionId ?? request.district ?? 'city'}`)
      .setIssuedAt()
      .setExpirationTime(`${request.ttlSeconds ?? 12 * 3600}s`)
      .sign(key);
  }
}
