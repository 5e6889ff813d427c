/** IdentityResolver reading the signed user token that channels attach to each activity. */
import type { IdentityResolver, UserIdentity } from '../../dialogs/ports/identity';
import type { TokenSigner } from './signedToken';
import { verifyUserToken } from './userToken';

export const USER_TOKEN_CHANNEL_DATA_KEY = 'userToken';

export class SignedTokenIdentityResolver implements IdentityResolver {
  /** `fallback` answers for activities without a valid token (a demo user in demo mode, else none). */
  constructor(private readonly signer: TokenSigner, private readonly fallback?: UserIdentity) {}

  resolve(activity: { channelData?: unknown }): UserIdentity | undefined {
    const channelData = activity.channelData as Record<string, unknown> | undefined;
    const token = channelData?.[USER_TOKEN_CHANNEL_DATA_KEY];
    const user = typeof token === 'string' ? verifyUserToken(this.signer, token) : undefined;
    return user ?? this.fallback;
  }
}
