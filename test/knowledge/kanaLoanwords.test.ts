import { transliterateKanaLoanwords } from '../../knowledge/kanaLoanwords';
import { getTokenizer, type Tokenizer } from '../../knowledge/tokenizer';

let tokenizer: Tokenizer;

beforeAll(async () => {
  tokenizer = await getTokenizer();
});

const transliterate = (text: string): string => transliterateKanaLoanwords(text, (part) => tokenizer.tokenize(part));

describe('hiragana loanwords with a long-vowel mark are read in katakana', () => {
  test.each([
    ['known words in a row', 'でーたろっく', 'データロック'],
    ['a word the dictionary does not know', 'えくすぽーと', 'エクスポート'],
    ['before a verb', 'えくすぽーとしたい', 'エクスポートしたい'],
    ['before a particle and kana', 'ふぃーどをけしたい', 'フィードをけしたい'],
    ['a particle before it stays', 'がでーたろっく', 'がデータロック'],
    ['a particle after it stays', 'さーばーがおもい', 'サーバーがおもい'],
    ['two loanwords joined by の', 'めーるのふぉるだー', 'メールのフォルダー'],
    ['only the loanword at the end of a kana run', 'ほけんいりょうきかんこーど', 'ほけんいりょうきかんコード'],
    ['a small kana right after a particle-like first kana', 'でぃーぷふりーざー', 'ディープフリーザー'],
    ['a suffix typed in kana stays', 'くーるごとの作業', 'クールごとの作業'],
  ])('%s: %s', (_case, input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  test.each([['接種実績の登録'], ['サーバーにつながらない'], ['ゆうずうしたとき'], ['']])('text without a hiragana long vowel is unchanged: %s', (text) => {
    expect(transliterate(text)).toBe(text);
  });
});
