/**
 * The kuromoji tokenizer, loaded once per process. Loading the dictionary takes about a second,
 * so every caller shares one memoised promise (concurrent callers wait on the same load). The
 * dictionary is loaded compactly (kuromojiDictionary.ts: ~190 MB less resident memory).
 *
 * Short texts are remembered (a small LRU): one user turn analyses its sentence several times
 * (operation routing, the knowledge search, kana loanword checks), and kuromoji's lattice is the
 * expensive part of each analysis.
 */
import path from 'node:path';
import { loadKuromojiTokenizer } from './kuromojiDictionary';

/** One morpheme as kuromoji reports it (IPADIC fields). */
export interface Morpheme {
  /** 表層形: the characters as written in the text. */
  surfaceForm: string;
  /** 品詞: 名詞, 動詞, 助詞, ... */
  partOfSpeech: string;
  /** 品詞細分類1: 一般, サ変接続, 非自立, 接尾, ... */
  partOfSpeechDetail: string;
  /** 基本形: dictionary form (「登録し」 -> 「登録する」); the surface form for unknown words. */
  baseForm: string;
  /** 読み in katakana; absent for unknown words. */
  reading?: string;
  /** False for words not in the dictionary (kuromoji's UNKNOWN). */
  known: boolean;
}

export interface Tokenizer {
  tokenize(text: string): Morpheme[];
}

let loading: Promise<Tokenizer> | undefined;

/** The dictionary shipped with the installed kuromoji package. */
export function defaultDictionaryPath(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** Texts up to this length are remembered (questions are cut to 200 characters by the engine). */
const MAX_REMEMBERED_TEXT = 200;
const MAX_REMEMBERED_TEXTS = 1000;

/** A small least-recently-used memory of tokenized texts; morphemes are frozen, lists copied out. */
export class TokenizationMemory {
  private readonly remembered = new Map<string, readonly Morpheme[]>();

  constructor(private readonly capacity = MAX_REMEMBERED_TEXTS) {}

  tokenize(text: string, tokenize: (text: string) => Morpheme[]): Morpheme[] {
    if (text.length > MAX_REMEMBERED_TEXT) return tokenize(text);
    let morphemes = this.remembered.get(text);
    if (morphemes) {
      this.remembered.delete(text); // most recently used last
    } else {
      morphemes = tokenize(text).map((morpheme) => Object.freeze(morpheme));
      if (this.remembered.size >= this.capacity) this.remembered.delete(this.remembered.keys().next().value as string);
    }
    this.remembered.set(text, morphemes);
    return [...morphemes];
  }
}

/** Loads kuromoji once; later calls return the same promise. */
export function getTokenizer(dictionaryPath = defaultDictionaryPath()): Promise<Tokenizer> {
  loading ??= loadKuromojiTokenizer(dictionaryPath).then(
    (tokenizer) => {
      const memory = new TokenizationMemory();
      const tokenize = (text: string): Morpheme[] =>
        tokenizer.tokenize(text).map((token) => ({
          surfaceForm: token.surface_form,
          partOfSpeech: token.pos,
          partOfSpeechDetail: token.pos_detail_1,
          baseForm: token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form,
          reading: token.reading && token.reading !== '*' ? token.reading : undefined,
          known: token.word_type === 'KNOWN',
        }));
      return { tokenize: (text: string): Morpheme[] => memory.tokenize(text, tokenize) };
    },
    (error: unknown) => {
      loading = undefined; // let a later call retry (e.g. after the dictionary is restored)
      throw new Error(`kuromoji dictionary could not be loaded from ${dictionaryPath}: ${String(error)}`);
    },
  );
  return loading;
}
