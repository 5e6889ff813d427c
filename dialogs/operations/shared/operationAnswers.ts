/**
 * Reading the user's answer at the confirmation card (登録する / 修正 / あとで), at the 修正 choice,
 * at the retry prompt after a failure and at the offer to register corrected values again (after an
 * earlier attempt turned out to be registered), in the words users type as well as the buttons.
 */
import { compactText } from '../../japaneseText';
import type { SlotParse } from './slotPrompt';

export type ConfirmAnswer = { action: 'submit' } | { action: 'later' } | { action: 'correct'; slot?: string };
export type RetryAnswer = 'retry' | 'correct' | 'later';
export type RegisterAgainAnswer = 'register-again' | 'keep-registered';

const SUBMIT_WORDS = ['登録する', '登録', '登録します', '確定', 'ok', 'はい', 'お願いします', '送信', '実行', '確認しました'].map(compactText);
const CORRECT_WORDS = ['修正', '訂正', '変更', '直す', '直したい', 'なおす', '修正する', '修正します', 'いいえ', '違う', '違います'].map(compactText);
const RETRY_WORDS = ['再試行', 'もう一度', 'リトライ', 'retry', '再送信', '再送', 'やり直す', '再開', 'はい'].map(compactText);
const REGISTER_AGAIN_WORDS = ['修正後の内容で登録し直す', '登録し直す', '登録しなおす', '再登録', '置き換える', 'はい', 'お願いします'].map(compactText);
const KEEP_WORDS = ['登録済みのままにする', 'このまま', 'そのまま', 'いいえ', '不要', '結構です'].map(compactText);
const LATER_WORDS = ['あとで', '後で', 'あとにする', '後にする', '保留', 'また今度'].map(compactText);

/** The slot label named in a reply; 「日付」 also names a date slot labelled 移送日/接種日…. */
function labelIn(said: string, labels: string[]): string | undefined {
  return (
    labels.find((label) => said.includes(compactText(label))) ??
    (said.includes(compactText('日付')) ? labels.find((label) => label.endsWith('日')) : undefined)
  );
}

export function readConfirmAnswer(reply: string, labels: string[]): SlotParse<ConfirmAnswer> {
  const said = compactText(reply);
  const slot = labelIn(said, labels);
  if (slot && CORRECT_WORDS.some((word) => said.includes(word))) return { ok: true, value: { action: 'correct', slot } };
  if (SUBMIT_WORDS.includes(said)) return { ok: true, value: { action: 'submit' } };
  if (LATER_WORDS.includes(said)) return { ok: true, value: { action: 'later' } };
  if (CORRECT_WORDS.some((word) => said.startsWith(word))) return { ok: true, value: { action: 'correct' } };
  return { ok: false, message: '' };
}

export function readSlotLabel(reply: string, labels: string[]): SlotParse<string> {
  const said = compactText(reply);
  const label = labels.find((l) => compactText(l) === said) ?? labelIn(said, labels);
  return label ? { ok: true, value: label } : { ok: false, message: '' };
}

export function readRetryAnswer(reply: string): SlotParse<RetryAnswer> {
  const said = compactText(reply);
  if (RETRY_WORDS.includes(said) || RETRY_WORDS.some((w) => said.startsWith(w))) return { ok: true, value: 'retry' };
  if (CORRECT_WORDS.some((w) => said.startsWith(w))) return { ok: true, value: 'correct' };
  if (LATER_WORDS.includes(said) || LATER_WORDS.some((w) => said.startsWith(w))) return { ok: true, value: 'later' };
  return { ok: false, message: '' };
}


export function readRegisterAgainAnswer(reply: string): SlotParse<RegisterAgainAnswer> {
  const said = compactText(reply);
  if (REGISTER_AGAIN_WORDS.some((w) => said.startsWith(w) || said.endsWith(w))) return { ok: true, value: 'register-again' };
  if (KEEP_WORDS.some((w) => said.startsWith(w))) return { ok: true, value: 'keep-registered' };
  return { ok: false, message: '' };
}
