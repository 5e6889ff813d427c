import { canonicalLotNumber, findLotNumber } from '../../../../dialogs/operations/shared/lotNumber';

describe('findLotNumber', () => {
  const cases: Array<[string, string | undefined]> = [
    ['AB1234', 'AB1234'],
    ['ab1234', 'AB1234'],
    ['ＡＢ１２３４', 'AB1234'],
    ['ロットAB1234を3バイアル', 'AB1234'],
    ['ロット番号はFF-3622です', 'FF3622'],
    ['EY 5678', 'EY5678'],
    ['A123', 'A123'],
    ['ABCD1234', undefined],
    ['AB12', undefined],
    ['1234', undefined],
    ['3バイアル', undefined],
  ];
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(findLotNumber(text)?.lotNumber).toBe(expected);
  });
  it('canonical form ignores width, case and separators', () => {
    expect(canonicalLotNumber('ａｂ－１２３４')).toBe('AB1234');
  });
});
