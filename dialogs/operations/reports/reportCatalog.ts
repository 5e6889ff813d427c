/**
 * Which report a user means. V-SYS has one report per topic for each level: R2xx for the
 * 都道府県 (by municipality), R3xx for the 市町村 (by facility); a facility reads its own R305/R308.
 * So 「接種実績」 is R208 for a prefecture and R308 for a municipality, and 「R308を見せて」 from a
 * prefecture is answered with its own R208 (said so). R300 (住所地外接種) exists only for the 市町村.
 */
import { REPORT_IDS, type ReportId } from '../../ports/coreSystem';
import type { Role } from '../../ports/identity';
import { compactText } from '../../japaneseText';

export type ReportRole = 'prefecture' | 'municipality' | 'facility';
export const REPORT_ROLES: readonly ReportRole[] = ['prefecture', 'municipality', 'facility'];

export interface ReportTopic {
  key: string;
  /** Japanese topic name for buttons and sentences (「接種実績」). */
  label: string;
  /** Phrases that name the topic; the longest one found in the sentence wins. */
  keywords: string[];
  reports: Partial<Record<ReportRole, ReportId>>;
  /**
   * Which cool the report is about when the user names none: the latest data-locked one (分配量
   * and 納入予定日 exist only after the lock) or the latest one (希望量 of the running cool).
   */
  cool?: 'locked' | 'latest';
  /** Column that orders the top rows (largest first); none = the core's order. */
  rankBy?: string;
  /** Text column whose values are counted in the summary (R300: 申請中 / 受付済 / 取下げ). */
  countBy?: string;
  /** Numeric columns totalled in the summary (default: every numeric column). */
  totals?: string[];
  /** Columns shown for each top row (default: every column but the names). */
  details?: string[];
}

export const REPORT_TOPICS: readonly ReportTopic[] = [
  {
    key: 'out-of-area',
    label: '住所地外接種の申請状況',
    keywords: ['住所地外接種の申請状況', '住所地外接種', '住所地外', '住所地以外'],
    reports: { municipality: 'R300' },
    countBy: 'status',
  },
  { key: 'allocation', label: '分配実績', keywords: ['分配実績', '分配量の実績', '分配状況', '分配量の一覧', '分配量'], reports: { prefecture: 'R201', municipality: 'R301' }, cool: 'locked', rankBy: 'vials' },
  {
    key: 'delivery-registration',
    label: '納入予定日の登録状況',
    keywords: ['納入予定日の登録状況', '納入予定日の登録進捗', '納入予定日登録進捗', '納入予定日の入力状況', '納入予定日の登録'],
    reports: { prefecture: 'R203', municipality: 'R303' },
    cool: 'locked',
  },
  { key: 'delivery-status', label: '納入状況', keywords: ['納入状況', '配送状況', '納品状況', '配送の進捗', '納入の進捗'], reports: { prefecture: 'R204', municipality: 'R304' }, cool: 'locked', rankBy: 'vials' },
  { key: 'reservations', label: '予約者一覧', keywords: ['予約者一覧', '予約者', '予約の一覧', '予約一覧'], reports: { municipality: 'R305', facility: 'R305' } },
  { key: 'demand', label: '希望量の累計', keywords: ['希望量の累計', '希望量累計', '希望量の集計', '希望量'], reports: { prefecture: 'R206', municipality: 'R306' }, cool: 'latest', rankBy: 'vials' },
  {
    key: 'vaccinations',
    label: '接種実績',
    keywords: ['接種実績', '接種数', '接種人数', '接種者数', '接種状況'],
    reports: { prefecture: 'R208', municipality: 'R308', facility: 'R308' },
    rankBy: 'total',
    // By dose and priority group in the CSV; the chat keeps to the 小計 of each dose and the 総計.
    totals: ['dose1Subtotal', 'dose2Subtotal', 'total'],
    details: ['vaccineCode', 'dose1Subtotal', 'dose2Subtotal', 'total'],
  },
  { key: 'delivery-list', label: '納入予定日一覧', keywords: ['納入予定日一覧', '納入予定日の一覧', '納入予定日'], reports: { prefecture: 'R210', municipality: 'R310' }, cool: 'locked', rankBy: 'vials' },
];

export type ReportRequest =
  /** `asked`: the id the user typed when another one is shown instead (R308 -> R208 for a prefecture). */
  | { kind: 'report'; topic: ReportTopic; reportId: ReportId; asked?: string }
  | { kind: 'not-for-role'; topic?: ReportTopic; asked: string }
  | { kind: 'unknown-id'; asked: string }
  | { kind: 'unknown' };

export function isReportRole(role: Role): role is ReportRole {
  return (REPORT_ROLES as readonly string[]).includes(role);
}

/** The topics a role has a report for (buttons when the user did not say which). */
export function topicsFor(role: ReportRole): ReportTopic[] {
  return REPORT_TOPICS.filter((topic) => topic.reports[role]);
}

const COMPACT_KEYWORDS = REPORT_TOPICS.flatMap((topic) => topic.keywords.map((keyword) => ({ topic, keyword: compactText(keyword) })));

function topicOfId(id: string): ReportTopic | undefined {
  return REPORT_TOPICS.find((topic) => Object.values(topic.reports).includes(id as ReportId));
}

function forRole(topic: ReportTopic, role: ReportRole, asked?: string): ReportRequest {
  const own = topic.reports[role];
  if (!own) return { kind: 'not-for-role', topic, asked: asked ?? topic.label };
  return { kind: 'report', topic, reportId: own, ...(asked && asked !== own ? { asked } : {}) };
}

/** Reads 「R308を見せて」「医療機関別の接種実績」「納入予定日の登録状況」 for a user of `role`. */
export function resolveReport(text: string, role: ReportRole): ReportRequest {
  const normalized = text.normalize('NFKC');
  const id = /(?:^|[^a-z])r\s*-?\s*(\d{3})(?!\d)/i.exec(normalized);
  if (id) {
    const asked = `R${id[1]}`;
    const topic = (REPORT_IDS as readonly string[]).includes(asked) ? topicOfId(asked) : undefined;
    return topic ? forRole(topic, role, asked) : { kind: 'unknown-id', asked };
  }
  const said = compactText(normalized);
  const best = COMPACT_KEYWORDS.filter(({ keyword }) => said.includes(keyword)).sort((a, b) => b.keyword.length - a.keyword.length)[0];
  return best ? forRole(best.topic, role) : { kind: 'unknown' };
}
