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

const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};

/**
 * Small kana -> full size. Readings of compounds and typed kana disagree on them (実績 is ジッセキ,
 * 実 + 積 is ジツ + セキ; ふぃーど vs ふいど), and folding them loses almost nothing.
 */
export function foldSmallKana(text: string): string {
  return text.replace(/[ぁぃぅぇぉっゃゅょゎゕゖ]/g, (char) => SMALL_KANA[char] ?? char);
}

/** The comparison key for readings: hiragana, no long-vowel marks, no small kana. */
export function readingKey(text: string): string {
  return foldSmallKana(foldLongVowels(toHiragana(normalizeText(text))));
}

/**
 * True when `pattern` occurs in `text` with at most one character substituted, inserted or
 * deleted (bit-parallel approximate matching, Wu-Manber; patterns up to 30 characters).
 */
export function containsWithOneEdit(text: string, pattern: string): boolean {
  const p = [...pattern];
  const m = p.length;
  if (m === 0) return true;
  if (m > 30) return text.includes(pattern);
  const masks = new Map<string, number>();
  p.forEach((char, i) => masks.set(char, (masks.get(char) ?? 0) | (1 << i)));
  const goal = 1 << (m - 1);
  let exact = 0;
  let oneEdit = 0;
  for (const char of text) {
    const mask = masks.get(char) ?? 0;
    const previousExact = exact;
    exact = ((exact << 1) | 1) & mask;
    // substitution: previousExact shifted; insertion in text: previousExact; deletion from pattern: exact shifted
    oneEdit = (((oneEdit << 1) | 1) & mask) | (previousExact << 1) | 1 | previousExact | (exact << 1);
    if ((exact | oneEdit) & goal) return true;
  }
  return false;
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
