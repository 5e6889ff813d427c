/**
 * Decides what a user's turn is (outside an operation): a global command, small talk, a medical
 * question, an operation request, a choice to offer, or a question for the knowledge base.
 */
import { detectGlobalCommand, type GlobalCommand } from './globalCommands';
import { compactText, normalizeText } from './japaneseText';
import { isMedicalQuestion } from './medicalSafety';
import type { OperationDefinition, OperationRegistry } from './operationRegistry';
import type { UserIdentity } from './ports/identity';
import { detectSmallTalk, type SmallTalkKind } from './smallTalk';

export type Route =
  | { kind: 'command'; command: GlobalCommand }
  | { kind: 'smallTalk'; smallTalk: SmallTalkKind }
  | { kind: 'medical' }
  | { kind: 'operation'; operation: OperationDefinition }
  | { kind: 'choose'; operations: OperationDefinition[] }
  | { kind: 'question' };

/** Share of a trigger phrase that must appear in the utterance to count as that operation. */
const TRIGGER_THRESHOLD = 0.75;
/** Operations scoring within this of the best one are equally likely: ask. */
const TIE_MARGIN = 0.1;
const MAX_OPERATION_CHOICES = 3;

/** Wording that asks how something works: answered from the manuals. */
const HOW_TO_MARKERS = [
  '方法', 'やり方', 'やりかた', '手順', '教えて', 'おしえて', 'とは', 'どうやって', 'どうすれば', 'どうしたら', 'どうして', 'なぜ',
  'どこ', 'いつ', 'できない', 'できません', 'エラー', '表示されない', '場合', 'ですか', 'ますか', 'でしょうか',
].map(compactText);

/** Wording that asks the bot to do it now (「登録したい」「移送しました」「お願いします」). */
const ACTION_MARKERS = [
  'したい', 'します', 'しました', 'してください', 'お願い', 'おねがい', 'やりたい', '行いたい', 'おこないたい', '始めたい',
  '入力する', '登録する', '報告する', '申請する', 'を登録', 'を入力', 'を報告', 'を申請', 'を確認',
  // Asking to be shown something (「R308を見せて」「お知らせを表示して」) is asking the bot to do it.
  '見せて', '表示して', '出して',
].map(compactText);

export type UtteranceIntent = 'how-to' | 'action' | 'unclear';

export function utteranceIntent(text: string): UtteranceIntent {
  const normalized = normalizeText(text);
  const compact = compactText(text);
  if (normalized.includes('?') || HOW_TO_MARKERS.some((marker) => compact.includes(marker))) return 'how-to';
  if (ACTION_MARKERS.some((marker) => compact.includes(marker))) return 'action';
  return 'unclear';
}

/** Menu labels are a fixed list: compacted once, not once per operation on every turn. */
const compactLabels = new Map<string, string>();

function compactMenuLabel(label: string): string {
  let compact = compactLabels.get(label);
  if (compact === undefined) {
    compact = compactText(label);
    compactLabels.set(label, compact);
  }
  return compact;
}

export function decideRoute(text: string, user: UserIdentity | undefined, registry: OperationRegistry): Route {
  const command = detectGlobalCommand(text);
  if (command) return { kind: 'command', command };
  if (isMedicalQuestion(text)) return { kind: 'medical' };
  const smallTalk = detectSmallTalk(text);
  if (smallTalk) return { kind: 'smallTalk', smallTalk };

  const compact = compactText(text);
  const exact = registry.forUser(user).find((operation) => compactMenuLabel(operation.menuLabel) === compact);
  if (exact) return { kind: 'operation', operation: exact };

  // A how-to question is answered whatever operation it names; deciding that first spares scoring
  // every trigger phrase (the most expensive step here) on most question turns.
  const intent = utteranceIntent(text);
  if (intent === 'how-to') return { kind: 'question' };
  const matches = registry.match(text, user).filter((match) => match.score >= TRIGGER_THRESHOLD);
  if (matches.length === 0) return { kind: 'question' };
  const tied = matches.filter((match) => matches[0].score - match.score < TIE_MARGIN).slice(0, MAX_OPERATION_CHOICES);
  if (intent === 'action' && tied.length === 1) return { kind: 'operation', operation: tied[0].operation };
  return { kind: 'choose', operations: tied.map((match) => match.operation) };
}
