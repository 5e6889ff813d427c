/**
 * Comparison keys of a text for finding facility names inside a sentence, each key character
 * remembering where in the original text it came from (so a name found in the key can be cut out
 * of the sentence before numbers, dates and lots are read from the rest).
 *
 * Two keys: `surface` (NFKC, lower case, katakana -> hiragana, small kana and long-vowel marks
 * folded; kanji kept) and `reading` (the same, with kanji runs replaced by their reading and Latin
 * letters by how they are read: A -> え, so 「えーびょういん」 meets 「A病院」). Kanji readings come
 * from `readingOf` (the knowledge engine's kuromoji analyzer, injected by the composition root);
 * without it only the words facility names are made of (病院, 診療所…) are read.
 */

/** Reading of a run of kanji (hiragana); the analyzer's `readingOf` fits. */
export type ReadingOf = (kanji: string) => string;

export interface KeyedText {
  surface: string;
  /** For each character of `surface`: [start, end) in the original text. */
  surfaceAt: Array<[number, number]>;
  reading: string;
  readingAt: Array<[number, number]>;
}

const SMALL_KANA: Record<string, string> = {
  ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け',
};

/** How a Latin letter is read, already folded (ディー -> でい, エー -> え). */
const LETTER_READINGS: Record<string, string> = {
  a: 'え', b: 'び', c: 'し', d: 'でい', e: 'い', f: 'えふ', g: 'じ', h: 'えいち', i: 'あい', j: 'じえ', k: 'けい', l: 'える', m: 'えむ',
  n: 'えぬ', o: 'お', p: 'ぴ', q: 'きゆ', r: 'ある', s: 'えす', t: 'てい', u: 'ゆ', v: 'ぶい', w: 'だぶりゆ', x: 'えつくす', y: 'わい', z: 'ぜつと',
};

/** Words facility names are made of, read without a dictionary (already folded). */
const WORD_READINGS: Array<[string, string]> = [
  ['総合病院', 'そうごうびよういん'], ['病院', 'びよういん'], ['診療所', 'しんりようしよ'], ['医院', 'いいん'], ['小児科', 'しようにか'],
  ['内科', 'ないか'], ['外科', 'げか'], ['歯科', 'しか'], ['眼科', 'がんか'], ['皮膚科', 'ひふか'], ['整形', 'せいけい'], ['会場', 'かいじよう'],
  ['接種', 'せつしゆ'], ['医療法人', 'いりようほうじん'], ['社団', 'しやだん'], ['財団', 'ざいだん'], ['駅前', 'えきまえ'], ['中央', 'ちゆうおう'],
];

function foldKana(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hiragana = code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : char;
  if (/[ー〜~]/u.test(hiragana)) return '';
  return SMALL_KANA[hiragana] ?? hiragana;
}

function fallbackReading(kanji: string): string {
  let reading = kanji;
  for (const [word, read] of WORD_READINGS) reading = reading.split(word).join(read);
  return reading;
}

type CharClass = 'kanji' | 'kana' | 'letter' | 'digit' | 'other';

function classOf(char: string): CharClass {
  if (/[\p{Script=Han}々〆ヶ]/u.test(char)) return 'kanji';
  if (/[\p{Script=Hiragana}\p{Script=Katakana}ー]/u.test(char)) return 'kana';
  if (/[a-z]/u.test(char)) return 'letter';
  if (/[0-9]/u.test(char)) return 'digit';
  return /[\p{L}\p{N}]/u.test(char) ? 'letter' : 'other';
}

/** Code points of the original with a following half-width (semi-)voiced mark kept together (ﾊﾞ). */
function units(text: string): Array<{ char: string; start: number; end: number }> {
  const out: Array<{ char: string; start: number; end: number }> = [];
  let index = 0;
  for (const raw of text) {
    const last = out[out.length - 1];
    if ((raw === '\uff9e' || raw === '\uff9f') && last) {
      last.char = (last.char + raw).normalize('NFKC').toLowerCase();
      last.end = index + raw.length;
    } else {
      out.push({ char: raw.normalize('NFKC').toLowerCase(), start: index, end: index + raw.length });
    }
    index += raw.length;
  }
  return out;
}

/** Both keys of `text`; `readingOf` reads kanji runs (see the file comment). */
export function keyText(text: string, readingOf?: ReadingOf): KeyedText {
  const keyed: KeyedText = { surface: '', surfaceAt: [], reading: '', readingAt: [] };
  const push = (key: 'surface' | 'reading', value: string, at: [number, number]) => {
    // Positions per UTF-16 unit, so indexes into the key string map directly.
    keyed[key] += value;
    for (let c = 0; c < value.length; c++) keyed[key === 'surface' ? 'surfaceAt' : 'readingAt'].push(at);
  };
  const all = units(text);
  for (let i = 0; i < all.length; ) {
    const unit = all[i];
    // NFKC may turn one character into several (㈱ -> (株)): classify each.
    const cls = classOf(unit.char.length === 1 ? unit.char : [...unit.char][0] ?? '');
    if (cls === 'kanji') {
      let j = i;
      let run = '';
      while (j < all.length && classOf(all[j].char) === 'kanji') run += all[j++].char;
      for (let k = i; k < j; k++) push('surface', all[k].char, [all[k].start, all[k].end]);
      const reading = [...((readingOf ?? fallbackReading)(run))].map(foldKana).join('');
      push('reading', reading, [unit.start, all[j - 1].end]);
      i = j;
      continue;
    }
    const at: [number, number] = [unit.start, unit.end];
    if (cls === 'kana') {
      const folded = [...unit.char].map(foldKana).join('');
      push('surface', folded, at);
      push('reading', folded, at);
    } else if (cls === 'letter' || cls === 'digit') {
      push('surface', unit.char, at);
      push('reading', cls === 'letter' ? (LETTER_READINGS[unit.char] ?? unit.char) : unit.char, at);
    }
    i++;
  }
  return keyed;
}

/** Edit distance, stopping early once it is above `limit` (names are short). */
export function editDistanceWithin(a: string, b: string, limit: number): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > limit) return false;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[y.length] <= limit;
}
