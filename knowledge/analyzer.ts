/**
 * Japanese analyzer: turns text into index terms. Two kinds of term meet in one vocabulary:
 * - words: base forms of content morphemes (particles, auxiliaries, symbols and stop words out),
 *   NFKC + lower case + long vowels folded, so 登録し/登録する and サーバー/サーバ meet;
 * - reading bigrams (prefixed `~`): character bigrams of the hiragana reading of each run of
 *   content morphemes, so kana input (ゆうずう) meets kanji content (融通), homophone typos
 *   (実積/実績) still mostly match, and compounds split differently still overlap.
 */
import stopwordData from './data/stopwords.json';
import { characterBigrams, foldLongVowels, normalizeText, readingKey } from './japaneseText';
import { transliterateKanaLoanwords } from './kanaLoanwords';
import { ReadingLexicon } from './readingLexicon';
import type { Morpheme, Tokenizer } from './tokenizer';

export const BIGRAM_PREFIX = '~';
export const MORPHEME_SEPARATOR = '·';
export const RUN_SEPARATOR = '|';

/** Terms of one text, with repeats (term frequency matters to the ranker). */
export interface AnalyzedText {
  words: string[];
  bigrams: string[];
  /**
   * Readings for phrase checks: morphemes joined by `·`, runs (ended by a particle or symbol)
   * by `|`, so a match can be required to start and end on word boundaries.
   */
  reading: string;
  /**
   * The word term of every morpheme of `reading`, laid out the same way (`·` and `|`), empty for
   * stop words: the reading lexicon learns from it which word a typed reading stands for.
   */
  readingWords: string;
}

/** One unit of meaning in a question: what must be found in an answer for the question to be covered. */
export interface QueryConcept {
  /** The word term, absent for a kana run that kuromoji could not split into dictionary words. */
  word?: string;
  /** Reading key of the concept (hiragana, folded). */
  reading: string;
  /**
   * True for kana runs, unknown words and runs of single kanji: probably mistyped, so a reading
   * one character off still counts. Dictionary words must match exactly.
   */
  approximate: boolean;
  /** 1 for nouns and kana runs, less for verbs and adjectives: questions are about things. */
  importance: number;
  /** Reading bigram terms of this concept (prefixed). */
  bigrams: string[];
  /** Phrases that stand for this concept too (from the synonym table), each as its word terms. */
  alternatives: string[][];
  /**
   * The kanji of a word written with okurigana (受け付け -> 受付, 問い合わせ -> 問合), which the
   * index also holds for such words: 送り仮名 variants of one word meet on it.
   */
  skeleton?: string;
}

/** Consecutive content words of a question (問/合わせ/先) whose joined reading may be one word of a section (問い合わせ). */
export interface CompoundReading {
  reading: string;
  concepts: QueryConcept[];
}

const FUNCTION_PARTS_OF_SPEECH = new Set(['助詞', '助動詞', '記号', '接続詞', 'フィラー', '感動詞', '連体詞', 'その他']);
const FUNCTION_DETAILS: Record<string, Set<string>> = {
  名詞: new Set(['非自立', '代名詞', '特殊']),
  動詞: new Set(['非自立']),
  形容詞: new Set(['非自立']),
};
const STOPWORDS = new Set(stopwordData.words.map((word) => foldLongVowels(normalizeText(word))));
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;

export function isFunctionMorpheme(morpheme: Morpheme): boolean {
  if (FUNCTION_PARTS_OF_SPEECH.has(morpheme.partOfSpeech)) return true;
  if (FUNCTION_DETAILS[morpheme.partOfSpeech]?.has(morpheme.partOfSpeechDetail)) return true;
  return PUNCTUATION_ONLY.test(morpheme.surfaceForm);
}

export function wordTerm(morpheme: Morpheme): string {
  return foldLongVowels(normalizeText(morpheme.baseForm));
}

const KANJI = /\p{Script=Han}/gu;

/**
 * The kanji of a word with okurigana, when it has at least two (受け付ける -> 受付, 取り扱い ->
 * 取扱): 送り仮名 vary in such compounds and the kanji say which word it is. Single-kanji verbs
 * are left alone: 変わる and 替わる are different words, 出す and 出る too.
 */
export function kanjiSkeleton(word: string): string | undefined {
  const kanji = word.match(KANJI);
  if (!kanji || kanji.length < 2 || kanji.length === [...word].length) return undefined;
  return kanji.join('');
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

export function morphemeReading(morpheme: Morpheme): string {
  return readingKey(morpheme.reading ?? morpheme.surfaceForm);
}

export function prefixBigrams(reading: string): string[] {
  return characterBigrams(reading).map((bigram) => BIGRAM_PREFIX + bigram);
}

/** The term for two content words in a row: 医療機関情報 and 医療機関の情報 both hold 機関+情報. */
export function pairTerm(first: string, second: string): string {
  return `${first}${PAIR_JOINER}${second}`;
}

export const PAIR_JOINER = '+';

/**
 * Tracks the previous content word while a text is read word by word. A compound (医療機関情報)
 * or a noun phrase joined by の (病院の情報) says more than its words apart: 情報 is everywhere,
 * 機関+情報 is the facility profile.
 */
export class WordPairs {
  private previous: string | undefined;

  /** The pair of the previous word and this one, if they are adjacent. */
  next(word: string): string | undefined {
    const pair = this.previous === undefined ? undefined : pairTerm(this.previous, word);
    this.previous = word;
    return pair;
  }

  /** A function morpheme: の keeps the phrase together, anything else ends it. */
  skip(morpheme: Morpheme): void {
    if (!(morpheme.surfaceForm === 'の' && morpheme.partOfSpeech === '助詞')) this.previous = undefined;
  }

  reset(): void {
    this.previous = undefined;
  }
}

const LATIN_LETTERS = /^[a-z]{1,3}$/;
const DIGITS = /^[0-9]+$/;

/**
 * Codes of letters and digits (R300, R308) are one thing to a user, but kuromoji cuts them into
 * r / 300: apart, 「R300って何」 finds every text that mentions the number 300 (R300番台) as well
 * as the report itself. They are joined into one noun again.
 */
export function joinCodes(morphemes: Morpheme[]): Morpheme[] {
  const out: Morpheme[] = [];
  for (let i = 0; i < morphemes.length; i++) {
    const letters = morphemes[i];
    const digits = morphemes[i + 1];
    if (digits && LATIN_LETTERS.test(letters.surfaceForm) && DIGITS.test(digits.surfaceForm)) {
      const code = letters.surfaceForm + digits.surfaceForm;
      out.push({ surfaceForm: code, baseForm: code, partOfSpeech: '名詞', partOfSpeechDetail: '固有名詞', known: true });
      i++;
    } else out.push(morphemes[i]);
  }
  return out;
}

/** A dash right after katakana, not before a letter or digit (レポ－ト, ディープフリーザ－の). */
const DASH_AFTER_KATAKANA = /(?<=[\u30a1-\u30fa])[-\u2010-\u2015\u2212](?![0-9a-z])/g;

/**
 * Users type the long-vowel mark as the dash next to it on the keyboard (レポ－ト): NFKC makes
 * it a hyphen, which kuromoji cuts the word at (レポ / - / ト). After katakana a dash is no
 * hyphen (V-SYS, R3** have letters round theirs), so it is read as ー.
 */
export function dashesAsLongVowels(text: string): string {
  return text.replace(DASH_AFTER_KATAKANA, 'ー');
}

/** Sentences remembered by the index-side analysis; manuals repeat many sentences. */
const SENTENCE_CACHE_LIMIT = 50_000;
/** Reading runs end at these anyway (they are symbols), so sentences can be analysed one by one. */
const SENTENCE_END = /(?<=[。！？!?\n])/;

export class Analyzer {
  private readonly sentenceCache = new Map<string, AnalyzedText>();
  /**
   * Readings of the indexed vocabulary, kept up to date by the search indexes built on this
   * analyzer (one per process in the app) and read by the query side to cut kana input.
   */
  readonly lexicon = new ReadingLexicon();

  constructor(private readonly tokenizer: Tokenizer) {}

  tokenize(text: string): Morpheme[] {
    const tokenize = (part: string): Morpheme[] => this.tokenizer.tokenize(part);
    return joinCodes(tokenize(transliterateKanaLoanwords(dashesAsLongVowels(normalizeText(text)), tokenize)));
  }

  /** Index-side analysis of a title, alternate question or body (sentence by sentence, cached). */
  analyze(text: string): AnalyzedText {
    const sentences = text.split(SENTENCE_END).filter((sentence) => sentence.trim());
    if (sentences.length === 1) return this.analyzeSentence(sentences[0]);
    const words: string[] = [];
    const bigrams: string[] = [];
    const readings: string[] = [];
    const readingWords: string[] = [];
    for (const sentence of sentences) {
      const analyzed = this.analyzeSentence(sentence);
      words.push(...analyzed.words);
      bigrams.push(...analyzed.bigrams);
      if (analyzed.reading) {
        readings.push(analyzed.reading);
        readingWords.push(analyzed.readingWords);
      }
    }
    return { words, bigrams, reading: readings.join(RUN_SEPARATOR), readingWords: readingWords.join(RUN_SEPARATOR) };
  }

  private analyzeSentence(sentence: string): AnalyzedText {
    const cached = this.sentenceCache.get(sentence);
    if (cached) return cached;
    const analyzed = this.analyzeUncached(sentence);
    if (this.sentenceCache.size >= SENTENCE_CACHE_LIMIT) this.sentenceCache.clear();
    this.sentenceCache.set(sentence, analyzed);
    return analyzed;
  }

  private analyzeUncached(text: string): AnalyzedText {
    const words: string[] = [];
    const bigrams: string[] = [];
    const runs: string[] = [];
    const wordRuns: string[] = [];
    let run: string[] = [];
    let runWords: string[] = [];
    const flush = (): void => {
      const joined = run.join('');
      if (joined.length >= 2) bigrams.push(...prefixBigrams(joined));
      if (run.length) {
        runs.push(run.join(MORPHEME_SEPARATOR));
        wordRuns.push(runWords.join(MORPHEME_SEPARATOR));
      }
      run = [];
      runWords = [];
    };
    const pairs = new WordPairs();
    for (const morpheme of this.tokenize(text)) {
      if (isFunctionMorpheme(morpheme)) {
        pairs.skip(morpheme);
        flush();
        continue;
      }
      const word = wordTerm(morpheme);
      const content = word !== '' && !isStopword(word);
      if (content) {
        words.push(word);
        const skeleton = kanjiSkeleton(word);
        if (skeleton) words.push(skeleton);
        const pair = pairs.next(word);
        if (pair) words.push(pair);
      } else pairs.reset();
      run.push(morphemeReading(morpheme));
      runWords.push(content ? word.replace(/[·|]/g, '') : '');
    }
    flush();
    return { words, bigrams, reading: runs.join(RUN_SEPARATOR), readingWords: wordRuns.join(RUN_SEPARATOR) };
  }

  /** Reading key of a whole text (used to match synonym phrases typed in kana). */
  readingOf(text: string): string {
    return this.tokenize(text)
      .map((morpheme) => morphemeReading(morpheme))
      .join('');
  }

  /** Base forms of every morpheme, joined: matches 「分けてもらった」 against 「分けてもらう」. */
  baseFormsOf(text: string): string {
    return this.tokenize(text)
      .map((morpheme) => wordTerm(morpheme))
      .join('');
  }
}
