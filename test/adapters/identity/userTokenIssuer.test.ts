import { TokenSigner } from '../../../adapters/identity/signedToken';
import { UserTokenIssuer, verifyUserToken } from '../../../adapters/identity/userToken';
import type { UserIdentity } from '../../../dialogs/ports/identity';

const signer = new TokenSigner('user-token-issuer-test-secret-0123456789abcdef');
const nurse: UserIdentity = { id: 'u1', role: 'facility', displayName: '看護師', organizationId: 'fac-1', organizationName: 'A病院' };

describe('UserTokenIssuer', () => {
  test('reuses a token for half its life, then issues a new one that still verifies', () => {
    let now = Date.parse('2026-11-25T00:00:00Z');
    const issuer = new UserTokenIssuer(signer, 600, () => now);
    const first = issuer.tokenFor(nurse);
    expect(verifyUserToken(signer, first)).toEqual(nurse);

    now += 299_000;
    expect(issuer.tokenFor(nurse)).toBe(first);
    now += 2_000; // past half of the 10 minutes
    const renewed = issuer.tokenFor(nurse);
    expect(renewed).not.toBe(first);
    expect(verifyUserToken(signer, renewed)).toEqual(nurse);
  });

  test('a changed role or organisation gets its own token at once', () => {
    const issuer = new UserTokenIssuer(signer, 600);
    const before = issuer.tokenFor(nurse);
    const moved = { ...nurse, organizationId: 'fac-2', organizationName: 'B病院' };
    const after = issuer.tokenFor(moved);
    expect(after).not.toBe(before);
    expect(verifyUserToken(signer, after)).toEqual(moved);
  });

  test('forgets everything past its bound instead of growing', () => {
    const issuer = new UserTokenIssuer(signer, 600, Date.now, 3);
    const tokens = ['a', 'b', 'c', 'd'].map((id) => issuer.tokenFor({ ...nurse, id }));
    expect(new Set(tokens).size).toBe(4);
    expect(issuer.tokenFor({ ...nurse, id: 'd' })).toBe(tokens[3]);
  });
});
