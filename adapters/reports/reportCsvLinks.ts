/**
 * Signed, expiring CSV download links (kind 'report-csv'): the link names the report, the cool and
 * the user it was made for, and carries that user's identity so the download asks the core system
 * for exactly what the user may see. Nothing in it can be altered without breaking the signature.
 */
import { REPORT_IDS, type ReportId } from '../../dialogs/ports/coreSystem';
import { ROLES, type UserIdentity } from '../../dialogs/ports/identity';
import type { ReportDownloadLinks } from '../../dialogs/ports/reportDownloads';
import type { TokenClaims, TokenSigner } from '../identity/signedToken';

export const REPORT_CSV_KIND = 'report-csv';
/** Long enough to click and save; short enough that a forwarded link is soon useless. */
export const REPORT_CSV_TTL_SECONDS = 15 * 60;

interface ReportCsvClaims extends TokenClaims {
  user: UserIdentity;
  report: ReportId;
  coolId?: string;
}

export interface ReportCsvGrant {
  user: UserIdentity;
  reportId: ReportId;
  coolId?: string;
}

export type ReportCsvLinkCheck = { ok: true; grant: ReportCsvGrant } | { ok: false; reason: 'missing' | 'expired' | 'invalid' };

export function reportCsvPath(reportId: ReportId): string {
  return `/reports/${reportId}.csv`;
}

export class ReportCsvLinks implements ReportDownloadLinks {
  readonly validMinutes: number;

  /** `baseUrl`: the public origin (config.publicUrl), '' for a site-relative link. */
  constructor(private readonly signer: TokenSigner, private readonly baseUrl = '', private readonly ttlSeconds = REPORT_CSV_TTL_SECONDS) {
    this.validMinutes = Math.round(ttlSeconds / 60);
  }

  csvLink(user: UserIdentity, reportId: ReportId, options: { coolId?: string } = {}): string {
    const token = this.signer.sign(REPORT_CSV_KIND, user.id, this.ttlSeconds, { user, report: reportId, ...(options.coolId ? { coolId: options.coolId } : {}) });
    return `${this.baseUrl.replace(/\/+$/, '')}${reportCsvPath(reportId)}?t=${encodeURIComponent(token)}`;
  }

  /** The grant in a link token, or why it is refused. */
  read(token: string | undefined): ReportCsvLinkCheck {
    if (!token) return { ok: false, reason: 'missing' };
    const verified = this.signer.verify<ReportCsvClaims>(token, REPORT_CSV_KIND);
    if (!verified.ok) return { ok: false, reason: verified.reason === 'expired' ? 'expired' : 'invalid' };
    const { user, report, coolId } = verified.claims;
    const wellFormed =
      !!user && user.id === verified.claims.sub && ROLES.includes(user.role) && (REPORT_IDS as readonly string[]).includes(report) && (coolId === undefined || typeof coolId === 'string');
    if (!wellFormed) return { ok: false, reason: 'invalid' };
    return { ok: true, grant: { user, reportId: report, ...(coolId ? { coolId } : {}) } };
  }
}
