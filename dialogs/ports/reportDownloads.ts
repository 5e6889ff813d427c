/**
 * Download links for report CSVs: a short-lived link, bound to the user it was made for, that an
 * ordinary browser click can open (the chat has no other way to hand over a file).
 */
import type { ReportId } from './coreSystem';
import type { UserIdentity } from './identity';

export interface ReportDownloadLinks {
  /** A link to the CSV of `reportId` as `user` may see it (site-relative unless a public URL is set). */
  csvLink(user: UserIdentity, reportId: ReportId, options?: { coolId?: string }): string;
  /** How long a link stays valid, in minutes (said to the user). */
  readonly validMinutes: number;
}
