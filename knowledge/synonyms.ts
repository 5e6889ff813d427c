/**
 * The synonym table (knowledge/data/synonyms.json) compiled against the analyzer. A phrase is
 * found in a question by its surface, its base forms (活用 differences) or, for kana input, its
 * reading; a hit contributes the words of its equivalents to the query.
 */
import synonymData from './data/synonyms.json';
import type { Analyzer } from './analyzer';
import { PAIR_JOINER, isStopword } from './analyzer';
import { foldLongVowels, normalizeText } from './japaneseText';

export interface SynonymData {
  groups: string[][];
  paraphrases: Record<string, string[]>;
}

interface CompiledPhrase {
  surface: string;
  baseForms: string;
  reading: string;
  /** Characters in `reading` (counted once: match() runs for every phrase on every question). */
  readingLength: number;
  /** Content words of the phrase itself. */
  words: string[];
  /** Content words of what the phrase stands for. */
  expansion: string[];
  /** The same, one list per equivalent phrase (医療機関 -> [[病院], [接種, 会場], ...]). */
  equivalents: string[][];
}

export interface SynonymMatch {
  words: string[];
  reading: string;
  expansion: string[];
  /** Equivalent phrases as word lists: a phrase stands in for the question's words only when all its words are there. */
  equivalents: string[][];
}

/** Readings shorter than this match too much by accident (かた, きほん...). */
const MIN_READING_MATCH = 3;

/**
 * One phrase holds another (and is longer) as written or by base forms. Not by reading: short
 * readings are inside many unrelated words (し of 市 in せいきゅうしょ).
 */
function contains(longer: CompiledPhrase, shorter: CompiledPhrase): boolean {
  const holds = (a: string, b: string): boolean => !!a && !!b && a.length > b.length && a.includes(b);
  return holds(longer.baseForms, shorter.baseForms) || holds(longer.surface, shorter.surface);
}

/**
 * Which of many short keys occur in a text, by their first character: every question is matched
 * against every phrase three ways (surface, base forms, reading), and a scan of the whole table
 * per question was a visible share of a turn.
 */
class KeyFinder {
  private readonly byFirst = new Map<string, Array<{ key: string; index: number }>>();

  add(key: string, index: number): void {
    if (!key) return;
    const bucket = this.byFirst.get(key[0]);
    if (bucket) bucket.push({ key, index });
    else this.byFirst.set(key[0], [{ key, index }]);
  }

  /** Adds to `found` the index of every key that `text` contains. */
  collect(text: string, found: Set<number>): void {
    for (let at = 0; at < text.length; at++) {
      const bucket = this.byFirst.get(text[at]);
      if (!bucket) continue;
      for (const { key, index } of bucket) if (text.startsWith(key, at)) found.add(index);
    }
  }
}

export class SynonymTable {
  private readonly phrases: CompiledPhrase[] = [];
  private readonly bySurface = new KeyFinder();
  private readonly byBaseForms = new KeyFinder();
  private readonly byReading = new KeyFinder();

  constructor(analyzer: Analyzer, data: SynonymData = synonymData) {
    const compile = (phrase: string, targets: string[]): void => {
      // Words only: the pair terms the analyzer adds (医療+機関) are built from words at query time.
      const contentWords = (text: string): string[] =>
        analyzer.analyze(text).words.filter((w) => !isStopword(w) && !w.includes(PAIR_JOINER));
      const equivalents = targets.map(contentWords).filter((words) => words.length > 0);
      const expansion = [...new Set(equivalents.flat())];
      const reading = analyzer.readingOf(phrase);
      this.phrases.push({
        surface: foldLongVowels(normalizeText(phrase)),
        baseForms: analyzer.baseFormsOf(phrase),
        reading,
        readingLength: [...reading].length,
        words: contentWords(phrase),
        expansion,
        equivalents,
      });
    };
    for (const group of data.groups) {
      for (const phrase of group) compile(phrase, group.filter((other) => other !== phrase));
    }
    for (const [phrase, targets] of Object.entries(data.paraphrases)) compile(phrase, targets);
    this.phrases.forEach((phrase, index) => {
      if (phrase.expansion.length === 0) return;
      this.bySurface.add(phrase.surface, index);
      this.byBaseForms.add(phrase.baseForms, index);
      if (phrase.readingLength >= MIN_READING_MATCH) this.byReading.add(phrase.reading, index);
    });
  }

  /** Phrases found in a question, given its folded surface, joined base forms and reading. */
  match(surface: string, baseForms: string, reading: string): SynonymMatch[] {
    const indexes = new Set<number>();
    this.bySurface.collect(surface, indexes);
    this.byBaseForms.collect(baseForms, indexes);
    this.byReading.collect(reading, indexes);
    // In table order, as a scan of the table would find them (the order of the alternatives).
    const found = [...indexes].sort((a, b) => a - b).map((index) => this.phrases[index]);
    // The longest phrase says what is meant: 「貸してもらった」 is receiving, although 「貸す」
    // (giving) is inside it; 「医療機関コード」 is a code, not a facility.
    return found
      .filter((phrase) => !found.some((longer) => longer !== phrase && contains(longer, phrase)))
      .map((phrase) => ({ words: phrase.words, reading: phrase.reading, expansion: phrase.expansion, equivalents: phrase.equivalents }));
  }
}
