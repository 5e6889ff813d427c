/**
 * Signed tokens: a token verified once is accepted again without recomputing its signature, but
 * expiry and kind are checked on every use and any change to the token is still refused.
 */
import { TokenSigner } from '../../../adapters/identity/signedToken';

const SECRET = 'signed-token-test-secret-0123456789-abcdef';

function clock(start = Date.UTC(2026, 4, 1, 9, 0, 0)) {
  let now = start;
  return { now: () => now, advanceSeconds: (seconds: number) => (now += seconds * 1000) };
}

it('accepts a valid token repeatedly and refuses it once it has expired', () => {
  const time = clock();
  const signer = new TokenSigner(SECRET, time.now);
  const token = signer.sign('user', 'u1', 60, { role: 'facility' });
  expect(signer.verify(token, 'user')).toMatchObject({ ok: true, claims: { sub: 'u1', role: 'facility' } });
  expect(signer.verify(token, 'user')).toMatchObject({ ok: true, claims: { sub: 'u1' } });
  time.advanceSeconds(61);
  expect(signer.verify(token, 'user')).toEqual({ ok: false, reason: 'expired' });
});

it('refuses a remembered token used as another kind', () => {
  const signer = new TokenSigner(SECRET);
  const token = signer.sign('user', 'u1', 60);
  expect(signer.verify(token, 'user').ok).toBe(true);
  expect(signer.verify(token, 'directline')).toEqual({ ok: false, reason: 'wrong-kind' });
});

it('refuses a tampered copy of a token that was verified before', () => {
  const signer = new TokenSigner(SECRET);
  const token = signer.sign('user', 'u1', 60, { role: 'facility' });
  expect(signer.verify(token, 'user').ok).toBe(true);
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'support' })).toString('base64url')}.${signature}`;
  expect(signer.verify(forged, 'user')).toEqual({ ok: false, reason: 'bad-signature' });
  expect(signer.verify(`${token}x`, 'user').ok).toBe(false);
});

it('refuses a token signed with another secret', () => {
  const token = new TokenSigner(`${SECRET}-other`).sign('user', 'u1', 60);
  expect(new TokenSigner(SECRET).verify(token, 'user')).toEqual({ ok: false, reason: 'bad-signature' });
});
