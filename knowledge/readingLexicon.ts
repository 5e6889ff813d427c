/**
 * The readings of the indexed vocabulary: which words a stretch of typed kana can stand for.
 * Medical staff type whole questions in kana (はいきしたばいあるのかず); kuromoji reads such runs
 * as nonsense, but every word the manuals use is known here by its reading (はいき -> 廃棄,
 * ばいある -> バイアル), so a run can be cut where the content's own words are. Entries are the
 * readings of one to four consecutive morphemes of a run (請求·総括·書 -> せいきゆうそうかつしよ),
 * with the voiced variants users type for compounds (基本·型 is きほん·かた, typed きほんがた).
 * Counted, so sections can be replaced and removed.
 */
import { MORPHEME_SEPARATOR, RUN_SEPARATOR } from './analyzer';

/** What a typed reading stands for in the content. */
export interface LexiconEntry {
  /** The reading as the content's morphemes read (きほんかた for a typed きほんがた). */
  reading: string;
  /** The word terms of its content morphemes (stop words left out), the commonest spelling. */
  words: string[];
  /** The reading of each of `words`. */
  readings: string[];
}

const MAX_MORPHEMES = 4;
const MIN_READING = 2;
/** Readings longer than this are sentences, not words a user types in one go. */
export const MAX_LEXICON_READING = 14;
const HIRAGANA_ONLY = /^[\u3041-\u3096]+$/;
const VOICED: Record<string, string> = {
  か: 'が', き: 'ぎ', く: 'ぐ', け: 'げ', こ: 'ご', さ: 'ざ', し: 'じ', す: 'ず', せ: 'ぜ', そ: 'ぞ',
  た: 'だ', ち: 'じ', つ: 'ず', て: 'で', と: 'ど', は: 'ば', ひ: 'び', ふ: 'ぶ', へ: 'べ', ほ: 'ぼ',
};
const WORD_JOINER = '\u0000';
const READING_JOINER = '\u0001';

const KANJI_ONLY = /^\p{Script=Han}+$/u;
/** Kanji compounds shorter than this have too many real words one character away (冷蔵庫/冷凍庫, 前任者/責任者) to correct. */
export const MIN_TYPO_COMPOUND = 4;
const WILDCARD = '?';

export class ReadingLexicon {
  /** typed reading -> (canonical reading + words) -> count */
  private readonly entries = new Map<string, Map<string, number>>();
  /** Kanji words and compounds of consecutive kanji words (代理·入力 -> 代理入力) -> count. */
  private readonly kanji = new Map<string, number>();
  /** A compound with one character replaced by ? -> the compounds (代理?力 -> 代理入力). */
  private readonly kanjiNeighbours = new Map<string, Map<string, number>>();

  /** Adds (or with -1 removes) the vocabulary of one analysed text (`reading`/`readingWords` of AnalyzedText). */
  update(reading: string, readingWords: string, delta: 1 | -1): void {
    if (!reading) return;
    const runs = reading.split(RUN_SEPARATOR);
    const wordRuns = readingWords.split(RUN_SEPARATOR);
    runs.forEach((run, r) => {
      const readings = run.split(MORPHEME_SEPARATOR);
      const words = (wordRuns[r] ?? '').split(MORPHEME_SEPARATOR);
      for (let start = 0; start < readings.length; start++) {
        let joined = '';
        for (let end = start; end < Math.min(readings.length, start + MAX_MORPHEMES); end++) {
          joined += readings[end];
          if (joined.length > MAX_LEXICON_READING) break;
          if (words.slice(start, end + 1).every((word) => word && KANJI_ONLY.test(word))) this.countKanji(words.slice(start, end + 1).join(''), delta);
          if (joined.length < MIN_READING || !HIRAGANA_ONLY.test(joined)) continue;
          // A stop word at either end (登録·する, 何·日) is function kana to the segmenter, not part of the word.
          if (words[start] === '' || words[end] === '' || words[start] === undefined || words[end] === undefined) continue;
          const contentWords: string[] = [];
          for (let k = start; k <= end; k++) if (words[k]) contentWords.push(words[k] + READING_JOINER + readings[k]);
          const value = joined + WORD_JOINER + contentWords.join(WORD_JOINER);
          this.count(joined, value, delta);
          for (let k = start + 1; k <= end; k++) {
            const variant = voicedAt(readings.slice(start, end + 1), k - start);
            if (variant !== joined) this.count(variant, value, delta);
          }
        }
      }
    });
  }

  /** The entry a typed reading (reading key form) stands for, if the content has such a word. */
  lookup(reading: string): LexiconEntry | undefined {
    const values = this.entries.get(reading);
    if (!values) return undefined;
    let best: string | undefined;
    let bestCount = 0;
    for (const [value, count] of values) {
      // The reading itself before a voiced variant of another word, then the commonest.
      const exact = value.startsWith(reading + WORD_JOINER);
      const bestExact = best !== undefined && best.startsWith(reading + WORD_JOINER);
      if (best === undefined || (exact && !bestExact) || (exact === bestExact && count > bestCount)) {
        best = value;
        bestCount = count;
      }
    }
    if (best === undefined) return undefined;
    const [canonical, ...pairs] = best.split(WORD_JOINER);
    const split = pairs.map((pair) => pair.split(READING_JOINER));
    return { reading: canonical, words: split.map(([word]) => word), readings: split.map(([, wordReading]) => wordReading) };
  }

  /** True when the content has this kanji word or compound. */
  hasKanji(text: string): boolean {
    return this.kanji.has(text);
  }

  /** Compounds of the content one character away from `text` (same length), commonest first. */
  kanjiOneOff(text: string): string[] {
    const chars = [...text];
    const found = new Map<string, number>();
    chars.forEach((_, i) => {
      const key = chars.map((char, k) => (k === i ? WILDCARD : char)).join('');
      for (const [compound, count] of this.kanjiNeighbours.get(key) ?? []) if (compound !== text) found.set(compound, count);
    });
    return [...found].sort((a, b) => b[1] - a[1]).map(([compound]) => compound);
  }

  private countKanji(text: string, delta: number): void {
    const next = (this.kanji.get(text) ?? 0) + delta;
    if (next > 0) this.kanji.set(text, next);
    else this.kanji.delete(text);
    const chars = [...text];
    if (chars.length < MIN_TYPO_COMPOUND) return;
    chars.forEach((_, i) => {
      const key = chars.map((char, k) => (k === i ? WILDCARD : char)).join('');
      let compounds = this.kanjiNeighbours.get(key);
      if (!compounds) {
        if (delta < 0) return;
        compounds = new Map();
        this.kanjiNeighbours.set(key, compounds);
      }
      const count = (compounds.get(text) ?? 0) + delta;
      if (count > 0) compounds.set(text, count);
      else compounds.delete(text);
      if (!compounds.size) this.kanjiNeighbours.delete(key);
    });
  }

  private count(reading: string, value: string, delta: number): void {
    let values = this.entries.get(reading);
    if (!values) {
      if (delta < 0) return;
      values = new Map();
      this.entries.set(reading, values);
    }
    const next = (values.get(value) ?? 0) + delta;
    if (next > 0) values.set(value, next);
    else values.delete(value);
    if (!values.size) this.entries.delete(reading);
  }
}

/** The readings joined with the first kana of morpheme `k` voiced (rendaku: 基本·型 -> きほんがた). */
function voicedAt(readings: string[], k: number): string {
  const voiced = VOICED[readings[k][0]];
  if (!voiced) return readings.join('');
  return readings.map((reading, i) => (i === k ? voiced + reading.slice(1) : reading)).join('');
}
