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

export class SynonymTable {
  private readonly phrases: CompiledPhrase[] = [];

  constructor(analyzer: Analyzer, data: SynonymData = synonymData) {
    const compile = (phrase: string, targets: string[]): void => {
      // Words only: the pair terms the analyzer adds (医療+機関) are built from words at query time.
      const contentWords = (text: string): string[] =>
        analyzer.analyze(text).words.filter((w) => !isStopword(w) && !w.includes(PAIR_JOINER));
      const equivalents = targets.map(contentWords).filter((words) => words.length > 0);
      const expansion = [...new Set(equivalents.flat())];
      this.phrases.push({
        surface: foldLongVowels(normalizeText(phrase)),
        baseForms: analyzer.baseFormsOf(phrase),
        reading: analyzer.readingOf(phrase),
        words: contentWords(phrase),
        expansion,
        equivalents,
      });
    };
    for (const group of data.groups) {
      for (const phrase of group) compile(phrase, group.filter((other) => other !== phrase));
    }
    for (const [phrase, targets] of Object.entries(data.paraphrases)) compile(phrase, targets);
  }

  /** Phrases found in a question, given its folded surface, joined base forms and reading. */
  match(surface: string, baseForms: string, reading: string): SynonymMatch[] {
    const found = this.phrases.filter(
      (phrase) =>
        phrase.expansion.length > 0 &&
        ((phrase.surface && surface.includes(phrase.surface)) ||
          (phrase.baseForms && baseForms.includes(phrase.baseForms)) ||
          ([...phrase.reading].length >= MIN_READING_MATCH && reading.includes(phrase.reading))),
    );
    // The longest phrase says what is meant: 「貸してもらった」 is receiving, although 「貸す」
    // (giving) is inside it; 「医療機関コード」 is a code, not a facility.
    return found
      .filter((phrase) => !found.some((longer) => longer !== phrase && contains(longer, phrase)))
      .map((phrase) => ({ words: phrase.words, reading: phrase.reading, expansion: phrase.expansion, equivalents: phrase.equivalents }));
  }
}
