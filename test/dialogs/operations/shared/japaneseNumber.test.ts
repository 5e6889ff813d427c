import { findCountWithUnit, parseCount, VIAL_UNITS } from '../../../../dialogs/operations/shared/japaneseNumber';

describe('parseCount', () => {
  const cases: Array<[string, number | string, boolean]> = [
    ['3', 3, false],
    ['3バイアル', 3, false],
    ['３バイアル', 3, false],
    ['十二本', 12, false],
    ['１２本', 12, false],
    ['百二十三人', 123, false],
    ['二十', 20, false],
    ['1,200人', 1200, false],
    ['マイナス3', 'negative', false],
    ['-3', 'negative', false],
    ['－３本', 'negative', false],
    ['3.5本', 'fraction', false],
    ['0', 'zero', false],
    ['0', 0, true],
    ['ゼロ', 'zero', false],
    ['たくさん', 'missing', false],
    ['', 'missing', false],
    ['3本と4本', 'several', false],
  ];
  it.each(cases)('%s -> %s', (text, expected, allowZero) => {
    const parsed = parseCount(text, { allowZero });
    expect(parsed.ok ? parsed.value : parsed.problem).toBe(expected);
  });
});

describe('findCountWithUnit', () => {
  const cases: Array<[string, number | string | undefined]> = [
    ['昨日ロットAB1234を3バイアル東町クリニックへ移送しました', 3],
    ['十二本廃棄しました', 12],
    ['ロットAB1234を移送しました', undefined],
    ['マイナス2本', 'negative'],
    ['５Ｖ', 5],
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    const parsed = findCountWithUnit(text, VIAL_UNITS);
    expect(parsed === undefined ? undefined : parsed.ok ? parsed.value : parsed.problem).toBe(expected);
  });
});
