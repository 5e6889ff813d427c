/**
 * Recognises the global commands a user may type at any point (ヘルプ, キャンセル/やめる, メニュー,
 * 担当者/問い合わせ) and yes/no answers, in any of the ways Japanese users type them: katakana or
 * hiragana, full- or half-width, with polite endings (「キャンセルします」「担当者と話したい」).
 * A longer sentence that merely mentions a command word (「キャンセルの方法は？」) is a question.
 */
import { commandForm, compactText } from './japaneseText';

export type GlobalCommand = 'help' | 'cancel' | 'menu' | 'escalate';

const COMMAND_VARIANTS: Record<GlobalCommand, string[]> = {
  help: ['ヘルプ', 'help', '助けて', 'たすけて', '使い方', '使いかた', 'なにができる', '何ができる', 'できること', 'ヘルプを見る'],
  cancel: [
    'キャンセル', 'cancel', 'やめる', 'やめます', 'やめたい', 'やめ', '止める', '中止', '中断', 'やっぱりやめる',
    'やっぱりいい', 'もういい', '終了', 'quit', 'stop', 'ストップ',
  ],
  menu: ['メニュー', 'menu', 'メニューに戻る', 'メニューへ', '最初から', 'はじめから', 'トップ', 'ホーム'],
  escalate: [
    '担当者', '担当の方', '問い合わせ', 'お問い合わせ', '問合せ', 'お問合せ', '問い合せ', '問い合わせフォーム', '人と話',
    'ひとと話', 'オペレーター', 'オペレータ', '有人', 'サポート窓口', 'サポートに連絡', 'サポートセンター',
  ],
};

/** Words that turn a command word into a question about that topic. */
const QUESTION_MARKERS = ['方法', 'やり方', 'やりかた', 'どうやって', 'どうすれば', 'とは', 'について', 'できますか', 'どこ', 'いつ'];

/** Longest tail allowed after a command word: 「担当者と話したい」「問い合わせしたいのですが」. */
const MAX_COMMAND_TAIL = 8;

const FORMS: Array<[GlobalCommand, string]> = (Object.entries(COMMAND_VARIANTS) as Array<[GlobalCommand, string[]]>)
  .flatMap(([command, variants]) => variants.map((variant) => [command, commandForm(variant)] as [GlobalCommand, string]))
  // Longest first so 「問い合わせフォーム」 wins over 「問い合わせ」.
  .sort((a, b) => b[1].length - a[1].length);

export function detectGlobalCommand(text: string | undefined): GlobalCommand | undefined {
  if (!text) return undefined;
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '?') return 'help';
  const form = commandForm(trimmed);
  if (!form) return undefined;
  for (const [command, variant] of FORMS) if (form === variant) return command;
  if (QUESTION_MARKERS.some((marker) => form.includes(commandForm(marker)))) return undefined;
  for (const [command, variant] of FORMS) {
    if (form.startsWith(variant) && form.length - variant.length <= MAX_COMMAND_TAIL) return command;
  }
  return undefined;
}

const YES = ['はい', 'うん', 'ええ', 'yes', 'y', 'ok', 'おけ', 'オーケー', 'お願いします', 'おねがい', 'そうです', '解決した', '解決しました', '解決', '助かりました', 'できました', 'はいお願いします'];
const NO = ['いいえ', 'いや', 'いえ', 'no', 'n', 'ちがう', '違う', '違います', 'だめ', '駄目', 'まだ', '解決していない', '解決してない', '解決していません', '解決しない', '解決しません', '未解決', 'できない', 'できません', 'わからない', 'わかりません', '続ける', '続けます'];
const YES_PREFIXES = ['はい', 'yes'];
const NO_PREFIXES = ['いいえ', 'いや', 'no'];

const YES_FORMS = new Set(YES.map(compactText));
const NO_FORMS = new Set(NO.map(compactText));

/** true for yes, false for no, undefined when the text is neither (then it is a new utterance). */
export function parseYesNo(text: string | undefined): boolean | undefined {
  if (!text) return undefined;
  const form = compactText(text);
  if (YES_FORMS.has(form)) return true;
  if (NO_FORMS.has(form)) return false;
  if (form.length <= 12) {
    if (NO_PREFIXES.some((prefix) => form.startsWith(prefix))) return false;
    if (YES_PREFIXES.some((prefix) => form.startsWith(prefix))) return true;
  }
  return undefined;
}
