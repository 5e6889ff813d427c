import { findJapaneseDate, formatJapaneseDate, todayInJapan } from '../../../../dialogs/operations/shared/japaneseDate';

// Monday 2024-05-20 in Japan.
const TODAY = '2024-05-20';

describe('findJapaneseDate', () => {
  const cases: Array<[string, string | undefined, boolean]> = [
    ['今日', '2024-05-20', true],
    ['本日', '2024-05-20', true],
    ['明日', '2024-05-21', true],
    ['昨日', '2024-05-19', true],
    ['きのう', '2024-05-19', true],
    ['一昨日', '2024-05-18', true],
    ['おととい', '2024-05-18', true],
    ['3日前', '2024-05-17', true],
    ['３日前', '2024-05-17', true],
    ['三日前', '2024-05-17', true],
    ['十日前', '2024-05-10', true],
    ['先週の金曜日', '2024-05-17', true],
    ['先週金曜', '2024-05-17', true],
    ['今週の月曜日', '2024-05-20', true],
    ['来週の月曜日', '2024-05-27', true],
    ['2021年5月10日', '2021-05-10', true],
    ['令和3年5月10日', '2021-05-10', true],
    ['2024/5/1', '2024-05-01', true],
    ['11/20', '2023-11-20', true],
    ['5月10日', '2024-05-10', true],
    ['５月１０日', '2024-05-10', true],
    ['12月1日', '2023-12-01', true],
    ['昨日ロットAB1234を3バイアル東町クリニックへ移送しました', '2024-05-19', true],
    ['ロットAB1234', undefined, true],
    ['3バイアル', undefined, true],
    ['2月30日', undefined, true],
  ];
  it.each(cases)('%s -> %s', (text, expected, past) => {
    expect(findJapaneseDate(text, TODAY, { past })?.date).toBe(expected);
  });

  it('reports the text it read so the caller can remove it', () => {
    expect(findJapaneseDate('一昨日に3バイアル', TODAY)?.text).toBe('一昨日');
  });
});

describe('todayInJapan / formatJapaneseDate', () => {
  it('uses Japan time whatever the host zone (23:30 UTC is the next day in Tokyo)', () => {
    expect(todayInJapan(new Date('2024-05-19T23:30:00Z'))).toBe('2024-05-20');
  });
  it('formats for people', () => {
    expect(formatJapaneseDate('2024-05-09')).toBe('2024年5月9日');
  });
});
