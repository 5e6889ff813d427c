/**
 * Character-level normalisation of Japanese text, shared by indexing and querying so that both
 * sides meet in the same form: full/half width, case, katakana/hiragana and long vowels.
 */

/** NFKC (half-width kana -> full width, full-width ASCII -> ASCII) and lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60; // ア - あ

/** Katakana -> hiragana; everything else unchanged. Readings are compared in hiragana. */
export function toHiragana(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : char;
  }
  return out;
}

/**
 * Drops the long-vowel mark so that サーバー, サーバ and さーば all fold to the same key
 * (users and manuals disagree on the JIS rule for trailing ー, and kana input often omits it).
 */
export function foldLongVowels(text: string): string {
  return text.replace(/[ーｰ〜~]/g, '');
}

/** The comparison key for readings: hiragana without long-vowel marks. */
export function readingKey(text: string): string {
  return foldLongVowels(toHiragana(normalizeText(text)));
}

const KANA_ONLY = /^[\u3041-\u3096\u30a1-\u30faー]+$/;

/** True when the text is only hiragana/katakana (no kanji, no latin). */
export function isKanaOnly(text: string): boolean {
  return KANA_ONLY.test(text);
}

/** Character bigrams of a string; a single character yields itself. */
export function characterBigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars.length ? [chars[0]] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}
