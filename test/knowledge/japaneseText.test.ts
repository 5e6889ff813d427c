import { containsWithOneEdit, normalizeText, readingKey, toHiragana } from '../../knowledge/japaneseText';

describe('japaneseText', () => {
  test.each([
    ['half-width katakana becomes full width', 'ｻﾃﾗｲﾄ型', 'サテライト型'],
    ['full-width latin and digits become ASCII, lower case', 'ＣＳＶ１０日', 'csv10日'],
  ])('normalizeText: %s', (_case, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('katakana readings compare in hiragana', () => {
    expect(toHiragana('ロットバンゴウ')).toBe('ろっとばんごう');
  });

  test.each([
    ['long vowel written or not', 'サーバー', 'サーバ'],
    ['kana typed in either script', 'ｻﾃﾗｲﾄ', 'さてらいと'],
    ['small kana in compounds (ジッセキ vs ジツセキ)', 'ジッセキ', 'ジツセキ'],
  ])('readingKey folds %s to the same key', (_case, a, b) => {
    expect(readingKey(a)).toBe(readingKey(b));
  });

  test.each([
    ['exact', 'せつしゆじつせき', 'じつせき', true],
    ['one substituted', 'さてらいとがた', 'さてらいど', true],
    ['one missing', 'ろつとばんごう', 'ろつとばごう', true],
    ['one extra', 'ろつとばんごう', 'ろつとばんんごう', true],
    ['two wrong', 'ろつとばんごう', 'ろつとまんこう', false],
    ['absent', 'せいきゆう', 'わくちん', false],
  ])('containsWithOneEdit: %s', (_case, text, pattern, expected) => {
    expect(containsWithOneEdit(text, pattern)).toBe(expected);
  });
});
