/** Who is talking to the assistant. Comes from a signed token (channels) or a demo identity. */
export type Role = 'prefecture' | 'municipality' | 'facility' | 'maker' | 'support';

export const ROLES: readonly Role[] = ['prefecture', 'municipality', 'facility', 'maker', 'support'];

/** 基本型 / サテライト型 of a medical facility. */
export type FacilityType = 'basic' | 'satellite';

export interface UserIdentity {
  /** Stable user id (the core system's user id). */
  id: string;
  displayName: string;
  role: Role;
  /** The organisation the user acts for: a facility, municipality, prefecture, maker or the support desk. */
  organizationId: string;
  organizationName: string;
  /** Only for role `facility`. */
  facilityType?: FacilityType;
}

export const ROLE_LABELS: Record<Role, string> = {
  prefecture: '都道府県',
  municipality: '市町村',
  facility: '医療機関',
  maker: 'メーカー・卸',
  support: 'サポート担当',
};

/**
 * Finds the verified user behind an incoming activity. Channels put a signed user token in
 * `activity.channelData.userToken` (the local Direct Line overrides whatever a client sends);
 * without one the user is anonymous, or a demo user in demo mode.
 */
export interface IdentityResolver {
  resolve(activity: { from?: { id?: string }; channelData?: unknown }): UserIdentity | undefined;
}
