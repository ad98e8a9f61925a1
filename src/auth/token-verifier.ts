import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import * as oidc from 'openid-client';
import type { Config } from '../config';
import type { Actor } from './actor';
import { actorFromClaims, type ClaimNames } from './claims';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalIdentityProvider } from './local-identity-provider';

export class TokenRejected extends Error {}

export interface TokenVerifier {
  verify(token: string): Promise<Actor>;
}

/** Verified tokens are remembered this long at most (and never past their own expiry). */
const CACHE_MS = 60_000;
const CACHE_ENTRIES = 10_000;

/**
 * Verifies bearer JWTs against an issuer's key set and maps their claims to an actor.
 * A signature check costs about half a millisecond, more than a whole ledger posting's SQL
 * round trip, and a client sends the same token on every request: so a verified token is
 * remembered, keyed by the full token text, until it expires or for a minute at most.
 */
export class JwksTokenVerifier implements TokenVerifier {
  private readonly verified = new Map<string, { actor: Actor; until: number }>();

  constructor(
    private readonly keySet: JWTVerifyGetKey,
    private readonly issuer: string,
    private readonly audience: string | undefined,
    private readonly claimNames: ClaimNames,
  ) {}

  async verify(token: string): Promise<Actor> {
    const now = Date.now();
    const hit = this.verified.get(token);
    if (hit && hit.until > now) return hit.actor;
    if (hit) this.verified.delete(token);
    const { actor, expiresAt } = await this.verifyNow(token);
    if (this.verified.size >= CACHE_ENTRIES) {
      // Map iteration is insertion order: drop the oldest entry.
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { actor, until: Math.min(now + CACHE_MS, expiresAt) });
    return actor;
  }

  private async verifyNow(token: string): Promise<{ actor: Actor; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keySet, {
        issuer: this.issuer,
        ...(this.audience ? { audience: this.audience } : {}),
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: 30,
      }));
    } catch (error) {
      throw new TokenRejected(error instanceof Error ? error.message : 'token rejected');
    }
    try {
      const expiresAt = typeof payload.exp === 'number' ? payload.exp * 1000 : Date.now() + CACHE_MS;
      return { actor: actorFromClaims(payload, this.claimNames), expiresAt };
    } catch (error) {
      throw new TokenRejected(error instanceof Error ? error.message : 'claims rejected');
    }
  }
}

export function localTokenVerifier(idp: LocalIdentityProvider, claimNames: ClaimNames): TokenVerifier {
  return new JwksTokenVerifier(createLocalJWKSet(idp.jwks), LOCAL_ISSUER, LOCAL_AUDIENCE, claimNames);
}

/** Discovers an external OpenID provider and verifies its tokens against its published JWKS. */
export async function externalTokenVerifier(config: Config): Promise<TokenVerifier> {
  if (config.oidc.kind !== 'external') throw new Error('no external identity provider is configured');
  const server = new URL(config.oidc.issuer);
  const configuration = await oidc.discovery(
    server,
    config.oidc.clientId ?? 'tms-api',
    config.oidc.clientSecret,
    undefined,
    server.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  const metadata = configuration.serverMetadata();
  if (!metadata.jwks_uri) throw new Error(`the identity provider ${config.oidc.issuer} publishes no jwks_uri`);
  return new JwksTokenVerifier(
    createRemoteJWKSet(new URL(metadata.jwks_uri)),
    metadata.issuer,
    config.oidc.audience,
    config.claims,
  );
}
