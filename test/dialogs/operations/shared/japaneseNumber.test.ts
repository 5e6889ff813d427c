import { findCountWithUnit, parseCount, VIAL_UNITS } from '../../../../dialogs/operations/shared/japaneseNumber';

describe('parseCount', () => {
  const cases: Array<[string, number | string, boolean?]> = [
    ['3', 3],
    ['3バイアル', 3],
    ['３バイアル', 3],
    ['十二本', 12],
    ['１２本', 12],
    ['百二十三人', 123],
    ['二十', 20],
    ['1,200人', 1200],
    ['マイナス3', 'negative'],
    ['-3', 'negative'],
    ['－３本', 'negative'],
    ['3.5本', 'fraction'],
    ['0', 'zero'],
    ['0', 0, true],
    ['ゼロ', 'zero'],
    ['たくさん', 'missing'],
    ['', 'missing'],
    ['3本と4本', 'several'],
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
