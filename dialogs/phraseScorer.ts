/**
 * How much of an operation's trigger phrase a user's sentence contains, 0..1. The default works
 * on characters (NFKC, kana folded, bigrams); with the knowledge engine's analyzer, readings are
 * compared too, so 「はいきりょうをとうろくしたい」 matches 「廃棄量を登録したい」 and particles
 * (を/の) no longer matter - the same analysis the knowledge search uses.
 */
import type { Analyzer } from '../knowledge/analyzer';
import { phraseCoverage } from './japaneseText';

export type PhraseScorer = (phrase: string, text: string) => number;

export const characterScorer: PhraseScorer = phraseCoverage;

export function analyzerScorer(analyzer: Analyzer): PhraseScorer {
  return (phrase, text) => {
    const phraseGrams = new Set(analyzer.analyze(phrase).bigrams);
    if (phraseGrams.size === 0) return phraseCoverage(phrase, text);
    const textGrams = new Set(analyzer.analyze(text).bigrams);
    let found = 0;
    for (const gram of phraseGrams) if (textGrams.has(gram)) found++;
    return Math.max(found / phraseGrams.size, phraseCoverage(phrase, text));
  };
}
