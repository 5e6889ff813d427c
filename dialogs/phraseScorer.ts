/**
 * How much of an operation's trigger phrase a user's sentence contains, 0..1. The default works
 * on characters (NFKC, kana folded, bigrams); with the knowledge engine's analyzer, readings are
 * compared too, so 「はいきりょうをとうろくしたい」 matches 「廃棄量を登録したい」 and particles
 * (を/の) no longer matter - the same analysis the knowledge search uses.
 */
import type { Analyzer } from '../knowledge/analyzer';
import { characterBigrams, phraseCoverage } from './japaneseText';

export type PhraseScorer = (phrase: string, text: string) => number;

export const characterScorer: PhraseScorer = phraseCoverage;

interface PhraseGrams {
  /** Reading bigrams of the analysis. */
  analyzed: Set<string>;
  /** Character bigrams of the compact form. */
  characters: Set<string>;
}

/** Trigger phrases are a fixed list; the bound only guards against a caller scoring free text. */
const MAX_REMEMBERED_PHRASES = 5000;

function share(phrase: Set<string>, text: Set<string>): number {
  if (phrase.size === 0) return 0;
  let found = 0;
  for (const gram of phrase) if (text.has(gram)) found++;
  return found / phrase.size;
}

/**
 * Every turn scores one sentence against every trigger of every operation (a few hundred calls):
 * the triggers' grams are computed once, the sentence's once per sentence, not once per call.
 */
export function analyzerScorer(analyzer: Analyzer): PhraseScorer {
  const grams = (text: string): PhraseGrams => ({ analyzed: new Set(analyzer.analyze(text).bigrams), characters: characterBigrams(text) });
  const phrases = new Map<string, PhraseGrams>();
  let lastText: string | undefined;
  let lastTextGrams: PhraseGrams | undefined;
  return (phrase, text) => {
    let phraseGrams = phrases.get(phrase);
    if (!phraseGrams) {
      if (phrases.size >= MAX_REMEMBERED_PHRASES) phrases.clear();
      phraseGrams = grams(phrase);
      phrases.set(phrase, phraseGrams);
    }
    if (lastText !== text || !lastTextGrams) {
      lastTextGrams = grams(text);
      lastText = text;
    }
    const characters = share(phraseGrams.characters, lastTextGrams.characters);
    if (phraseGrams.analyzed.size === 0) return characters;
    return Math.max(share(phraseGrams.analyzed, lastTextGrams.analyzed), characters);
  };
}
