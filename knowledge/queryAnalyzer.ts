/**
 * Question-side analysis: weighted query terms for the ranker and the concepts the confidence
 * check looks for in an answer. Differs from index-side analysis in two ways:
 * - runs of kana that kuromoji splits into nonsense (ろっとばんごう -> ろ/っと/ばん/ご/う) are
 *   kept whole as one reading concept instead of as words;
 * - the synonym table adds the words of equivalent phrases, at a lower weight.
 */
import type { Analyzer, CompoundReading, QueryConcept } from './analyzer';
import { WordPairs, isFunctionMorpheme, isStopword, kanjiSkeleton, morphemeReading, pairTerm, prefixBigrams, wordTerm } from './analyzer';
import outOfScopeData from './data/outOfScope.json';
import { foldLongVowels, isKanaOnly, normalizeText, readingKey } from './japaneseText';
import { kanaRunWords, knownWordShare, type ReadingLookup } from './kanaRunPieces';
import { MIN_TYPO_COMPOUND } from './readingLexicon';
import type { Morpheme } from './tokenizer';
import type { SynonymTable } from './synonyms';

export interface AnalyzedQuery {
  /** Term -> weight in the question. */
  terms: Map<string, number>;
  concepts: QueryConcept[];
  compounds: CompoundReading[];
  /** Words of the question that name something V-SYS does not deal with (data/outOfScope.json): マスク, 口座. */
  outOfScopeWords: string[];
  /**
   * The asker says they are not a user of V-SYS (住民です) or want a shot themselves (打ちたい):
   * whatever they ask, the manuals for facilities and municipalities are not for them.
   */
  outsider: boolean;
  /**
   * What a question ending in a copula says of its subject (駐車場が|満車|です, ちゅうしゃじょうが|まんしゃ|です):
   * a state the answer must know about, not a wording of the user's.
   */
  statePredicate?: QueryConcept;
}

export interface QueryAnalysisOptions {
  /** Ablation switches for the benchmark. */
  synonyms?: boolean;
  readings?: boolean;
}

export const WORD_WEIGHT = 1;
/** The user's own figures (もう15日, 2本) are rarely in the answer; a section that happens to hold one is not better for it. */
export const NUMBER_WEIGHT = 0.3;
export const BIGRAM_WEIGHT = 0.3;
export const WORD_BIGRAM_WEIGHT = 0.1;
export const SYNONYM_WEIGHT = 0.6;
/** The kanji of a word with okurigana (受け付け -> 受付): the same word, spelled another way. */
export const SKELETON_WEIGHT = 0.9;
/** Two question words in a row found in a row in a section (機関+情報). */
export const PAIR_WEIGHT = 0.5;
/** The same with one word replaced by a synonym (病院の情報 -> 機関+情報). */
const SYNONYM_PAIR_WEIGHT = 0.4;
/** A compound reading shorter than this matches by chance. */
const MIN_COMPOUND_READING = 4;
const MIN_KANA_RUN = 3;
/** A hiragana run kuromoji reads as ordinary words is still kana input when content words of three kana or more make up this much of it. */
const MIN_WORDY_RUN = 8;
const MIN_KNOWN_SHARE = 0.5;
const HIRAGANA = /[\u3041-\u3096]/;
const HIRAGANA_ONLY = /^[\u3041-\u3096ー]+$/;

function isContent(morpheme: Morpheme): boolean {
  const word = wordTerm(morpheme);
  return word !== '' && !isFunctionMorpheme(morpheme) && !isStopword(word);
}

export class QueryAnalyzer {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly synonyms: SynonymTable,
  ) {}

  analyze(typed: string, options: QueryAnalysisOptions = {}): AnalyzedQuery {
    const useReadings = options.readings !== false;
    const question = useReadings ? this.correctKanjiTypos(typed) : typed;
    const morphemes = this.analyzer.tokenize(question);
    const concepts: QueryConcept[] = [];
    const terms = new Map<string, number>();
    const addTerm = (term: string, weight: number): void => {
      terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    };

    const concept = (word: string | undefined, reading: string, approximate: boolean, importance = 1): void => {
      if (word !== undefined && concepts.some((existing) => existing.word === word)) return;
      const skeleton = word === undefined ? undefined : kanjiSkeleton(word);
      concepts.push({ word, reading, approximate, importance, bigrams: useReadings ? prefixBigrams(reading) : [], alternatives: [], skeleton });
    };
    const compounds: CompoundReading[] = [];
    splitKanaRuns(morphemes, this.analyzer.lexicon).forEach((segment, index) => {
      if (segment.kana) {
        const run = segment.morphemes.map((morpheme) => morpheme.surfaceForm).join('');
        for (const piece of kanaRunWords(run, index > 0, this.analyzer.lexicon)) {
          if (piece.entry) {
            // Words of the content typed in kana (はいき -> 廃棄, せいきゅうそうかつしょ -> 請求·総括·書):
            // the same concepts as if they had been typed in kanji.
            const { words, readings } = piece.entry;
            const first = concepts.length;
            words.forEach((word, w) => {
              const wordMorphemes = this.analyzer.tokenize(word);
              concept(word, words.length === 1 ? piece.reading : readings[w], true, wordMorphemes.length === 1 ? importanceOf(wordMorphemes[0]) : 1);
            });
            for (let w = 1; w < words.length; w++) addTerm(pairTerm(words[w - 1], words[w]), PAIR_WEIGHT);
            const held = concepts.slice(first);
            if (useReadings && held.length >= 2) compounds.push({ reading: piece.reading, concepts: held });
            continue;
          }
          const pieceMorphemes = this.analyzer.tokenize(piece.text);
          const single = pieceMorphemes.length === 1 && pieceMorphemes[0].known && isContent(pieceMorphemes[0]);
          // A verb typed in kana (つくりかた) weighs as little as one typed in kanji.
          concept(single ? wordTerm(pieceMorphemes[0]) : undefined, piece.reading, true, single ? importanceOf(pieceMorphemes[0]) : 1);
        }
        return;
      }
      const first = concepts.length;
      for (const group of fragmentGroups(segment.morphemes.filter(isContent))) {
        if (group.length === 1) concept(wordTerm(group[0]), morphemeReading(group[0]), !group[0].known, importanceOf(group[0]));
        // Single characters in a row are usually one mistyped word (実積 for 実績): one concept.
        else concept(group.map(wordTerm).join(''), group.map(morphemeReading).join(''), true);
      }
      if (useReadings) compounds.push(...compoundReadings(segment.morphemes, concepts.slice(first)));
    });

    for (const concept of concepts) {
      if (concept.word) addTerm(concept.word, concept.importance === NUMBER_IMPORTANCE ? NUMBER_WEIGHT : WORD_WEIGHT);
      if (concept.skeleton) addTerm(concept.skeleton, SKELETON_WEIGHT);
      // A dictionary word is found by the word itself; its reading would also find homophones
      // (変わった -> 替わった), so its bigrams count less than those of kana input and typos.
      const bigramWeight = concept.approximate || !concept.word ? BIGRAM_WEIGHT : WORD_BIGRAM_WEIGHT;
      for (const bigram of concept.bigrams) addTerm(bigram, bigramWeight);
    }
    if (useReadings) {
      // Bigrams across compound boundaries (接種|実績 -> ゅじ), as the index side produces them.
      for (const bigram of this.analyzer.analyze(question).bigrams) addTerm(bigram, WORD_BIGRAM_WEIGHT);
    }

    if (options.synonyms !== false) {
      const surface = foldLongVowels(normalizeText(question));
      const baseForms = morphemes.map(wordTerm).join('');
      const reading = morphemes.map(morphemeReading).join('');
      for (const match of this.synonyms.match(surface, baseForms, reading)) {
        for (const word of match.expansion) addTerm(word, SYNONYM_WEIGHT);
        const owners = concepts.filter(
          (concept) =>
            (concept.word !== undefined && match.words.includes(concept.word)) ||
            (concept.word === undefined && match.reading.length >= MIN_KANA_RUN && conceptReadingIncludes(concept, match.reading)),
        );
        for (const owner of owners) {
          const known = new Set(owner.alternatives.map((phrase) => phrase.join(' ')));
          owner.alternatives.push(...match.equivalents.filter((phrase) => !known.has(phrase.join(' '))));
        }
      }
    }
    for (const [pair, weight] of wordPairTerms(morphemes, concepts)) addTerm(pair, weight);
    return {
      terms,
      concepts,
      compounds,
      outOfScopeWords: outOfScopeWords(morphemes),
      outsider: isOutsider(morphemes),
      statePredicate: this.statePredicate(question, concepts),
    };
  }

  /**
   * The noun a question ending in a copula says of its subject: its last concept, when that is a
   * noun and not a number, a suffix or a noun of time (もう11日です, 故障中です, 締め切りが明日です).
   * A piece of kana that is no word of the dictionary stands for a noun when it is long enough
   * not to be a stray syllable or two (まんしゃ, not ぜろ).
   */
  private statePredicate(question: string, concepts: QueryConcept[]): QueryConcept | undefined {
    if (!ENDS_IN_COPULA.test(question)) return undefined;
    const last = concepts[concepts.length - 1];
    if (!last || last.importance < 1) return undefined;
    if (last.word === undefined) return [...last.reading].length >= MIN_KANA_STATE ? last : undefined;
    // Kana read as a dictionary word (あし of しめきりがあしたです) is as likely a misread split.
    if (last.approximate) return undefined;
    const morphemes = this.analyzer.tokenize(last.word);
    if (morphemes.length !== 1 || !morphemes[0].known) return last;
    const [morpheme] = morphemes;
    return morpheme.partOfSpeech === '名詞' && !NOT_STATE_NOUNS.has(morpheme.partOfSpeechDetail) ? last : undefined;
  }

  /**
   * A kanji compound with one character mistyped into another word (代理人力 for 代理入力, 土日税日
   * for 土日祝日) has no reading in common with the intended word, so readings cannot find it. When
   * a stretch of kanji holds a word the content never uses and the content has exactly one
   * compound one character away, where that word is, the question is read with that compound.
   * A stretch whose words are all the content's own is left alone (接種予約 is no typo of 接種予定).
   */
  private correctKanjiTypos(question: string): string {
    const lexicon = this.analyzer.lexicon;
    return question.replace(KANJI_STRETCH, (stretch) => {
      if (lexicon.hasKanji(stretch)) return stretch;
      const morphemes = this.analyzer.tokenize(stretch);
      const unknown: Array<[number, number]> = [];
      let offset = 0;
      for (const morpheme of morphemes) {
        const length = [...morpheme.surfaceForm].length;
        if (!lexicon.hasKanji(wordTerm(morpheme))) unknown.push([offset, offset + length]);
        offset += length;
      }
      if (!unknown.length) return stretch;
      const chars = [...stretch];
      // Longest part first: the typo with as much of its compound round it as was typed.
      for (let length = chars.length; length >= MIN_TYPO_COMPOUND; length--) {
        for (let start = 0; start + length <= chars.length; start++) {
          const part = chars.slice(start, start + length);
          const candidates = lexicon.kanjiOneOff(part.join('')).filter((candidate) => {
            const at = [...candidate].findIndex((char, i) => char !== part[i]) + start;
            return unknown.some(([from, to]) => at >= from && at < to);
          });
          if (candidates.length === 1) return [...chars.slice(0, start), candidates[0], ...chars.slice(start + length)].join('');
        }
      }
      return stretch;
    });
  }
}

const KANJI_STRETCH = /\p{Script=Han}{3,12}/gu;

const normalizedWord = (word: string): string => foldLongVowels(normalizeText(word));
const OUT_OF_SCOPE_WORDS = new Set(Object.values(outOfScopeData.words).flat().map(normalizedWord));
const OUT_OF_SCOPE_IDENTITIES = new Set(outOfScopeData.identities.map(normalizedWord));
const OUTSIDER_WISHES = new Set(outOfScopeData.wishes.map(normalizedWord));
/** Compounds kuromoji splits (注射|針, 紙|詰まり) are looked up joined, up to this many words. */
const MAX_CUE_WORDS = 3;
const COPULAS = new Set(['です', 'だ']);

/** Out-of-scope words (data/outOfScope.json) among the question's words and compounds of words in a row. */
function outOfScopeWords(morphemes: Morpheme[]): string[] {
  const found = new Set<string>();
  morphemes.forEach((morpheme, start) => {
    let joined = '';
    for (let end = start; end < Math.min(morphemes.length, start + MAX_CUE_WORDS); end++) {
      const part = morphemes[end];
      if (isFunctionMorpheme(part)) break;
      const candidate = end === start ? wordTerm(part) : normalizedWord(joined + part.surfaceForm);
      joined += part.surfaceForm;
      if (OUT_OF_SCOPE_WORDS.has(candidate)) found.add(candidate);
    }
  });
  return [...found];
}

/** An identity said of oneself (住民|です, not 予約した|住民|の名前), or a wish to be vaccinated (打ち|たい). */
function isOutsider(morphemes: Morpheme[]): boolean {
  return morphemes.some((morpheme, i) => {
    const next = morphemes[i + 1];
    if (next?.partOfSpeech !== '助動詞') return false;
    const word = wordTerm(morpheme);
    return (OUT_OF_SCOPE_IDENTITIES.has(word) && COPULAS.has(next.baseForm)) || (OUTSIDER_WISHES.has(word) && next.baseForm === 'たい');
  });
}

const MIN_KANA_STATE = 3;
/** Nouns that say when, how many or of what kind, not in what state (明日です, 11日です, 故障中です). */
const NOT_STATE_NOUNS = new Set(['数', '副詞可能', '接尾', '代名詞', '非自立', '形容動詞語幹']);
/** A question ending in a copula, after any final particles and punctuation (満車です, 満車でした, 満車だよね). */
const ENDS_IN_COPULA = /(?:です|でした|だ|だった)(?:が|か|ね|よ|けど)*[\s。、．.！!？?…]*$/u;


/**
 * Verbs, adjectives and adverbs say what the user wants to do with a thing, and users word them
 * freely (直せる, 戻したい, 入れる), so a missing one weighs less than a missing noun.
 */
export const PREDICATE_IMPORTANCE = 0.5;

/**
 * Numbers in a question are mostly the user's own figures (5バイアル, もう11日, 2本): an answer
 * rarely repeats them, so a missing one costs little. Codes (R304) are joined words, not numbers.
 */
export const NUMBER_IMPORTANCE = 0.3;
const PREDICATES = ['動詞', '形容詞', '副詞'];

function importanceOf(morpheme: Morpheme): number {
  if (morpheme.partOfSpeechDetail === '数' || /^[0-9]+$/.test(morpheme.surfaceForm)) return NUMBER_IMPORTANCE;
  return PREDICATES.includes(morpheme.partOfSpeech) ? PREDICATE_IMPORTANCE : 1;
}

/**
 * Verbs, adjectives, adverbs and suffixes are written in hiragana in ordinary text (あげた, かした,
 * まだ, ごと): kuromoji reads them well, unlike nouns typed in kana instead of kanji.
 */
function isKanaTypedNoun(morpheme: Morpheme): boolean {
  return isContent(morpheme) && HIRAGANA.test(morpheme.surfaceForm) && !(morpheme.known && (PREDICATES.includes(morpheme.partOfSpeech) || isSuffix(morpheme)));
}

/** Suffixes are written in hiragana in ordinary text too (医療機関ごと): kuromoji reads them right. */
function isSuffix(morpheme: Morpheme): boolean {
  return morpheme.partOfSpeech === '名詞' && morpheme.partOfSpeechDetail === '接尾';
}

/**
 * A hiragana stretch kuromoji found no word for (ちゅうし|ゃじょうのだいすう: the rest of a
 * kana-typed 駐車場の台数, tagged as an interjection): the run was typed in kana, whatever
 * the morpheme's part of speech says.
 */
function isMisreadKana(morpheme: Morpheme): boolean {
  return !morpheme.known && HIRAGANA.test(morpheme.surfaceForm);
}

interface Segment {
  kana: boolean;
  morphemes: Morpheme[];
}

/**
 * Groups consecutive kana-only morphemes; a group of at least three characters that holds a
 * content morpheme is treated as one kana run (typed in kana instead of kanji).
 */
function splitKanaRuns(morphemes: Morpheme[], lexicon: ReadingLookup): Segment[] {
  const segments: Segment[] = [];
  let current: Morpheme[] = [];
  let currentKana = false;
  const push = (): void => {
    if (!current.length) return;
    const length = current.reduce((sum, m) => sum + [...m.surfaceForm].length, 0);
    // Katakana words are split well by kuromoji; hiragana input is what it gets wrong.
    const run = current.map((m) => m.surfaceForm).join('');
    const kanaRun =
      currentKana &&
      length >= MIN_KANA_RUN &&
      (current.some((m) => isKanaTypedNoun(m) || isMisreadKana(m)) ||
        // Read as verbs and adverbs (い|そうした|とき|に|いれる|こう|も|く) but mostly the content's words typed in kana (いそう, こうもく).
        (length >= MIN_WORDY_RUN && HIRAGANA_ONLY.test(run) && knownWordShare(run, lexicon) >= MIN_KNOWN_SHARE));
    segments.push({ kana: kanaRun, morphemes: current });
    current = [];
  };
  for (const morpheme of morphemes) {
    const kana = isKanaOnly(morpheme.surfaceForm);
    if (current.length && kana !== currentKana) push();
    currentKana = kana;
    current.push(morpheme);
  }
  push();
  return segments;
}

function conceptReadingIncludes(concept: QueryConcept, reading: string): boolean {
  return concept.reading.includes(reading);
}



/** Consecutive one-character or unknown morphemes grouped; every other morpheme alone. */
function fragmentGroups(morphemes: Morpheme[]): Morpheme[][] {
  const groups: Morpheme[][] = [];
  let fragment: Morpheme[] = [];
  const isFragment = (m: Morpheme): boolean => [...m.surfaceForm].length === 1 && /\p{Script=Han}/u.test(m.surfaceForm);
  for (const morpheme of morphemes) {
    if (isFragment(morpheme)) {
      fragment.push(morpheme);
      continue;
    }
    if (fragment.length) groups.push(fragment);
    fragment = [];
    groups.push([morpheme]);
  }
  if (fragment.length) groups.push(fragment);
  return groups;
}

/**
 * Readings of every stretch of two or more content words in a row (no particle between), with
 * the concepts they hold: 問合わせ先 comes out as 問/合わせ/先, none of which a section holds as
 * a word, but とい·あわせ is the reading of the section's 問い合わせ.
 */
function compoundReadings(morphemes: Morpheme[], concepts: QueryConcept[]): CompoundReading[] {
  const out: CompoundReading[] = [];
  const runs: Morpheme[][] = [[]];
  for (const morpheme of morphemes) {
    if (isContent(morpheme)) runs[runs.length - 1].push(morpheme);
    else if (runs[runs.length - 1].length) runs.push([]);
  }
  for (const run of runs) {
    for (let start = 0; start < run.length; start++) {
      for (let end = start + 2; end <= run.length; end++) {
        const words = new Set(run.slice(start, end).map(wordTerm));
        const reading = run.slice(start, end).map(morphemeReading).join('');
        const held = concepts.filter((concept) => concept.word !== undefined && words.has(concept.word));
        if ([...reading].length >= MIN_COMPOUND_READING && held.length >= 2) out.push({ reading, concepts: held });
      }
    }
  }
  return out;
}

/** Pair terms of adjacent question words, also with either word replaced by its synonyms. */
function wordPairTerms(morphemes: Morpheme[], concepts: QueryConcept[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (pair: string, weight: number): void => {
    out.set(pair, Math.max(out.get(pair) ?? 0, weight));
  };
  const alternativesOf = (word: string): string[][] => concepts.find((concept) => concept.word === word)?.alternatives ?? [];
  const pairs = new WordPairs();
  let previous: string | undefined;
  for (const morpheme of morphemes) {
    if (isFunctionMorpheme(morpheme)) {
      pairs.skip(morpheme);
      if (morpheme.surfaceForm !== 'の') previous = undefined;
      continue;
    }
    const word = wordTerm(morpheme);
    if (!isContent(morpheme)) {
      pairs.reset();
      previous = undefined;
      continue;
    }
    const pair = pairs.next(word);
    if (pair && previous !== undefined) {
      add(pair, PAIR_WEIGHT);
      for (const phrase of alternativesOf(previous)) add(pairTerm(phrase[phrase.length - 1], word), SYNONYM_PAIR_WEIGHT);
      for (const phrase of alternativesOf(word)) add(pairTerm(previous, phrase[0]), SYNONYM_PAIR_WEIGHT);
    }
    previous = word;
  }
  return out;
}
