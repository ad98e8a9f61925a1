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

/** Verifies bearer JWTs against an issuer's key set and maps their claims to an actor. */
export class JwksTokenVerifier implements TokenVerifier {
  constructor(
    private readonly keySet: JWTVerifyGetKey,
    private readonly issuer: string,
    private readonly audience: string | undefined,
    private readonly claimNames: ClaimNames,
  ) {}

  async verify(token: string): Promise<Actor> {
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
      return actorFromClaims(payload, this.claimNames);
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
