import { findFacilityMention, type FacilityMention } from '../../../../dialogs/operations/shared/facilityMention';

interface Place {
  id: string;
  name: string;
  area: string;
}

const FACILITIES: Place[] = [
  { id: 'a', name: '千代田区A病院', area: '千代田区' },
  { id: 'b', name: '千代田区Bクリニック', area: '千代田区' },
  { id: 'c', name: '中央区C病院', area: '中央区' },
  { id: 'ca', name: '中央区A病院', area: '中央区' },
  { id: 's', name: '医療法人社団桜会 さくらクリニック', area: '千代田区' },
  { id: 'h', name: '東町総合病院', area: '千代田区' },
];

/** Without a reading dictionary (no readingOf): kana, half-width, kind words and letters still work. */
function find(sentence: string, own?: Place): string {
  const found: FacilityMention<Place> = findFacilityMention(sentence, FACILITIES, { own, areaOf: (f) => f.area });
  if (found.kind === 'one') return `${found.facility.id}:${found.text}`;
  if (found.kind === 'several') return `several:${found.facilities.map((f) => f.id).sort().join(',')}`;
  return found.kind === 'own' ? `own:${found.text}` : 'none';
}

describe('findFacilityMention', () => {
  const cases: Array<[string, string]> = [
    ['昨日Bクリニックへ3本', 'b:Bクリニック'],
    ['ﾋﾞｰｸﾘﾆｯｸへ3本', 'b:ﾋﾞｰｸﾘﾆｯｸ'],
    ['Ｂくりにっく様に', 'b:Ｂくりにっく'],
    ['B医院さんに', 'b:B医院'],
    ['Bクリニクに', 'b:Bクリニク'],
    ['さくらクリニックへ', 's:さくらクリニック'],
    ['医療法人社団桜会さくらクリニックへ', 's:医療法人社団桜会さくらクリニック'],
    // A distinctive part of two characters alone is too often an ordinary word: not taken.
    ['東町に2本', 'none'],
    ['東町病院に2本', 'h:東町病院'],
    ['C病院に', 'c:C病院'],
    ['しーびょういんに', 'c:しーびょういん'],
    // The longer, registered name covers the short form of another facility.
    ['千代田区A病院へ', 'a:千代田区A病院'],
    ['中央区A病院へ', 'ca:中央区A病院'],
    // Ambiguous, absent or only looking like a name.
    ['A病院へ', 'several:a,ca'],
    ['BクリニックとC病院に', 'several:b,c'],
    ['近い病院に', 'none'],
    ['クリニックに3本', 'none'],
    ['FB5678を3本', 'none'],
    ['', 'none'],
  ];
  it.each(cases)('%s -> %s', (sentence, expected) => {
    expect(find(sentence)).toBe(expected);
  });

  it('never returns the user\'s own facility, and names the other one when both are said', () => {
    const own = FACILITIES[0];
    const others = FACILITIES.filter((f) => f.id !== 'a' && f.id !== 'ca');
    const search = (sentence: string) => {
      const found = findFacilityMention(sentence, others, { own, areaOf: (f) => f.area });
      return found.kind === 'one' ? found.facility.id : found.kind;
    };
    expect(search('A病院に3本')).toBe('own');
    expect(search('えーびょういんに3本')).toBe('own');
    expect(search('A病院からBクリニックへ3本')).toBe('b');
  });
});
