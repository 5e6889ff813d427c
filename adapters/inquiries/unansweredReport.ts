/**
 * What the bot could not answer, for the support team: records of 'unansweredQuestions' grouped by
 * normalised question (NFKC, collapsed spaces, lower-case Latin, trailing punctuation dropped) with
 * count, last asked, roles and reasons; sortable; exportable as CSV (UTF-8 with BOM so Excel opens
 * Japanese correctly).
 */
import { UNANSWERED_COLLECTION, type UnansweredQuestionRecord, type UnansweredReason } from '../../dialogs/conversationRecords';
import type { Role } from '../../dialogs/ports/identity';
import { ROLES, ROLE_LABELS } from '../../dialogs/ports/identity';
import type { Repositories } from '../../dialogs/ports/repositories';

/** The report reads at most this many of the newest records. */
const MAX_RECORDS = 20_000;

export interface UnansweredGroup {
  key: string;
  /** The most recent wording users typed. */
  example: string;
  count: number;
  lastAsked: string;
  roles: Role[];
  reasons: UnansweredReason[];
}

export type UnansweredSort = 'count' | 'last' | 'question';
export const UNANSWERED_SORTS: readonly UnansweredSort[] = ['count', 'last', 'question'];
export type SortOrder = 'asc' | 'desc';

export const REASON_LABELS: Record<UnansweredReason, string> = {
  'low-confidence': '確信度が低い',
  'out-of-scope': '該当なし',
  'not-solved': '解決しなかった',
  medical: '医療相談',
};

/** Same grouping key for 「ログインできない？」 and 「ﾛｸﾞｲﾝ できない」. */
export function groupKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[。、.,!?！？…・〜~]+$/u, '');
}

export async function unansweredGroups(repositories: Repositories, sort: UnansweredSort = 'count', order: SortOrder = 'desc'): Promise<UnansweredGroup[]> {
  const records = await repositories
    .collection<UnansweredQuestionRecord>(UNANSWERED_COLLECTION)
    .find({}, { sort: { at: -1 }, limit: MAX_RECORDS });
  const groups = new Map<string, UnansweredGroup>();
  for (const record of records) {
    const key = groupKey(record.normalizedText || record.text || '');
    if (!key) continue;
    let group = groups.get(key);
    if (!group) {
      // Records come newest first: the first one seen is the latest wording and time.
      group = { key, example: record.text, count: 0, lastAsked: record.at, roles: [], reasons: [] };
      groups.set(key, group);
    }
    group.count += 1;
    if (record.at > group.lastAsked) {
      group.lastAsked = record.at;
      group.example = record.text;
    }
    if (record.role && !group.roles.includes(record.role)) group.roles.push(record.role);
    if (record.reason && !group.reasons.includes(record.reason)) group.reasons.push(record.reason);
  }
  // Fixed order of roles and reasons, so rows read (and diff) the same whatever order they came in.
  const reasonOrder = Object.keys(REASON_LABELS);
  for (const group of groups.values()) {
    group.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
    group.reasons.sort((a, b) => reasonOrder.indexOf(a) - reasonOrder.indexOf(b));
  }
  const direction = order === 'asc' ? 1 : -1;
  const compare: Record<UnansweredSort, (a: UnansweredGroup, b: UnansweredGroup) => number> = {
    count: (a, b) => a.count - b.count || a.lastAsked.localeCompare(b.lastAsked),
    last: (a, b) => a.lastAsked.localeCompare(b.lastAsked),
    question: (a, b) => a.key.localeCompare(b.key, 'ja'),
  };
  return [...groups.values()].sort((a, b) => direction * compare[sort](a, b));
}

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function unansweredCsv(groups: UnansweredGroup[]): Buffer {
  const header = ['質問', '件数', '最終日時', 'ロール', '理由'];
  const rows = groups.map((group) => [
    group.example,
    group.count,
    group.lastAsked,
    group.roles.map((role) => ROLE_LABELS[role] ?? role).join(' / '),
    group.reasons.map((reason) => REASON_LABELS[reason] ?? reason).join(' / '),
  ]);
  const text = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}
