import { generateLocalKeys, LocalIdentityProvider } from '../../src/auth/local-identity-provider';
import { localTokenVerifier, TokenRejected } from '../../src/auth/token-verifier';

const claims = { role: 'role', institution: 'institution_id', district: 'district' };

describe('bearer token verification', () => {
  afterEach(() => jest.useRealTimers());

  it('remembers a verified token but never past its expiry', async () => {
    jest.useFakeTimers({ now: new Date('2026-09-01T00:00:00Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const idp = new LocalIdentityProvider(await generateLocalKeys());
    const verifier = localTokenVerifier(idp, claims);
    const token = await idp.issue({ role: 'regulator', district: '310115', ttlSeconds: 20 });
    await expect(verifier.verify(token)).resolves.toEqual({ role: 'regulator', sub: expect.any(String), district: '310115' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ district: '310115' });
    // 20 s of lifetime + jose's 30 s tolerance later, the cached entry must not answer for it.
    jest.setSystemTime(new Date('2026-09-01T00:00:55Z'));
    await expect(verifier.verify(token)).rejects.toThrow(TokenRejected);
  });

  it('does not remember a rejected token', async () => {
    const idp = new LocalIdentityProvider(await generateLocalKeys());
    const other = new LocalIdentityProvider(await generateLocalKeys());
    const verifier = localTokenVerifier(idp, claims);
    const forged = await other.issue({ role: 'regulator' });
    await expect(verifier.verify(forged)).rejects.toThrow(TokenRejected);
    await expect(verifier.verify(forged)).rejects.toThrow(TokenRejected);
  });
});
