import { matchFacilities } from '../../../../dialogs/operations/shared/facilityMatch';

const FACILITIES = [
  { id: 'f1', name: '東町クリニック' },
  { id: 'f2', name: '東町中央病院' },
  { id: 'f3', name: '西町内科医院' },
  { id: 'f4', name: 'みなみ診療所' },
];

describe('matchFacilities', () => {
  const cases: Array<[string, string[]]> = [
    ['東町クリニック', ['f1']],
    ['昨日ロットAB1234を3バイアル東町クリニックへ移送しました', ['f1']],
    ['東町クリニック ', ['f1']],
    ['ミナミ診療所', ['f4']],
    ['ﾐﾅﾐ診療所', ['f4']],
    ['西町内科', ['f3']],
    ['西町', ['f3']],
    ['東町', ['f1', 'f2']],
    ['北町病院', []],
    ['', []],
  ];
  it.each(cases)('%s -> %j', (text, expected) => {
    expect(matchFacilities(text, FACILITIES).candidates.map((f) => f.id)).toEqual(expected);
  });
});
