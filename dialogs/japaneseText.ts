/**
 * Small, dependency-free Japanese text helpers for the conversation layer: the same question typed
 * with full-width letters, half-width katakana, katakana or hiragana must be recognised alike.
 * Used for commands (ヘルプ, キャンセル…), yes/no answers, small talk and operation triggers.
 */

const KATAKANA_START = 0x30a1;
const KATAKANA_END = 0x30f6;
const KANA_OFFSET = 0x60;

/** NFKC (full/half width), lower case, katakana -> hiragana, whitespace collapsed. */
export function normalizeText(text: string): string {
  const nfkc = text.normalize('NFKC').toLowerCase();
  let folded = '';
  for (const char of nfkc) {
    const code = char.codePointAt(0) ?? 0;
    folded += code >= KATAKANA_START && code <= KATAKANA_END ? String.fromCodePoint(code - KANA_OFFSET) : char;
  }
  return folded.replace(/\s+/gu, ' ').trim();
}

/** For display and analytics: NFKC and collapsed whitespace, but the user's own kana and kanji kept. */
export function tidyText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Letters, digits and kana/kanji only: punctuation, symbols, emoji and spaces removed. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when the text has something a person could read as words (not only emoji or symbols). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Polite endings and fillers that do not change what a short command means:
 * 「キャンセルします」「ヘルプをお願いします」「メニューを見せて」 mean キャンセル / ヘルプ / メニュー.
 */
const COMMAND_SUFFIXES = [
  'をおねがいします', 'おねがいします', 'おねがい', 'してください', 'ください', 'してほしい', 'したいです', 'したい',
  'します', 'しましょう', 'する', 'して', 'をみせて', 'をひらいて', 'をだして', 'です', 'だよ', 'で', 'を', 'が', 'に',
];

/** Compact form with polite endings removed, for matching short commands. */
export function commandForm(text: string): string {
  let form = compactText(text);
  let changed = true;
  while (changed && form.length > 0) {
    changed = false;
    for (const suffix of COMMAND_SUFFIXES) {
      if (form.length > suffix.length && form.endsWith(suffix)) {
        form = form.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return form;
}

/** Character bigrams of the compact form (a single character counts as its own unigram). */
export function characterBigrams(text: string): Set<string> {
  const chars = Array.from(compactText(text));
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/**
 * How much of `phrase` appears in `text`, 0..1: the share of the phrase's bigrams found in the
 * text. A trigger phrase fully contained in a longer sentence scores 1.
 */
export function phraseCoverage(phrase: string, text: string): number {
  const phraseGrams = characterBigrams(phrase);
  if (phraseGrams.size === 0) return 0;
  const textGrams = characterBigrams(text);
  let found = 0;
  for (const gram of phraseGrams) if (textGrams.has(gram)) found++;
  return found / phraseGrams.size;
}
