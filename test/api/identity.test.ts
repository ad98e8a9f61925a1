import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { externalTokenVerifier, TokenRejected } from '../../src/auth/token-verifier';
import { ConfigError, loadConfig } from '../../src/config';
import { boot } from '../../src/boot';
import { createTestDatabase } from '../support/database';

describe('configuration', () => {
  it('refuses production without an external identity provider, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', JOBS: 'maybe' })).toThrow(/PORT[\s\S]*JOBS|JOBS[\s\S]*PORT/);
  });

  it('has the defaults of SPEC §9', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', timeZone: 'Asia/Shanghai', jobs: true, oidc: { kind: 'local' } });
  });

  it('never boots the local identity provider in production, even if asked to', async () => {
    const database = await createTestDatabase();
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), nodeEnv: 'production' as const };
    await expect(boot(config, { database, migrate: false })).rejects.toThrow(/local identity provider/);
    await database.close();
  });
});

describe('an external OpenID provider', () => {
  let server: http.Server;
  let issuer: string;
  let sign: (claims: Record<string, unknown>, options?: { issuer?: string; audience?: string }) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = http.createServer((req, res) => {
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/.well-known/openid-configuration') {
        res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks`, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, response_types_supported: ['code'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'] }));
      } else if (req.url === '/jwks') {
        res.end(JSON.stringify({ keys: [jwk] }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? 'tms-api')
        .setSubject('user-1')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('verifies its tokens against the JWKS it publishes, mapping the configured claims', async () => {
    const config = loadConfig({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: 'tms-api', OIDC_ROLE_CLAIM: 'tms_role', OIDC_DISTRICT_CLAIM: 'tms_district' });
    const verifier = await externalTokenVerifier(config);
    await expect(verifier.verify(await sign({ tms_role: 'regulator', tms_district: '310104' }))).resolves.toEqual({ role: 'regulator', sub: 'user-1', district: '310104' });
    await expect(verifier.verify(await sign({ tms_role: 'regulator' }, { audience: 'someone-else' }))).rejects.toThrow(TokenRejected);
    await expect(verifier.verify(await sign({ tms_role: 'regulator' }, { issuer: 'https://evil.example' }))).rejects.toThrow(TokenRejected);
    await expect(verifier.verify(await sign({ tms_role: 'superuser' }))).rejects.toThrow(/role/);
    await expect(verifier.verify(await sign({ tms_role: 'institution' }))).rejects.toThrow(/institution id/);
  });
});
