/**
 * The kuromoji tokenizer, loaded once per process. Loading the dictionary takes about a second,
 * so every caller shares one memoised promise (concurrent callers wait on the same load).
 */
import path from 'node:path';
import kuromoji from 'kuromoji';

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

/** Loads kuromoji once; later calls return the same promise. */
export function getTokenizer(dictionaryPath = defaultDictionaryPath()): Promise<Tokenizer> {
  loading ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath }).build((error, tokenizer) => {
      if (error) {
        loading = undefined; // let a later call retry (e.g. after the dictionary is restored)
        reject(new Error(`kuromoji dictionary could not be loaded from ${dictionaryPath}: ${String(error)}`));
        return;
      }
      resolve({
        tokenize(text: string): Morpheme[] {
          return tokenizer.tokenize(text).map((token) => ({
            surfaceForm: token.surface_form,
            partOfSpeech: token.pos,
            partOfSpeechDetail: token.pos_detail_1,
            baseForm: token.basic_form && token.basic_form !== '*' ? token.basic_form : token.surface_form,
            reading: token.reading && token.reading !== '*' ? token.reading : undefined,
            known: token.word_type === 'KNOWN',
          }));
        },
      });
    });
  });
  return loading;
}
