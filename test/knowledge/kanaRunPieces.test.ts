import { kanaRunPieces, kanaRunWords } from '../../knowledge/kanaRunPieces';
import { ReadingLexicon } from '../../knowledge/readingLexicon';

describe('a kana run typed instead of kanji is cut into the words it stands for', () => {
  test.each([
    ['question ending stripped', 'せいきゅうしょのしめきりはいつ', false, ['せいきゅうしょ', 'しめきり']],
    ['を always cuts, wishes stripped', 'よやくしゃいちらんをみたい', false, ['よやくしゃいちらん']],
    ['no cut before a small kana (に of にゅう)', 'だいりにゅうりょくとは', false, ['だいりにゅうりょく']],
    ['no cut after a small tsu (っと)', 'ろっとばんごう', false, ['ろっとばんごう']],
    ['と starts words (とき, とうろく)', 'ゆうずうをうけたときのとうろく', false, ['ゆうずう', 'うけ', 'とうろく']],
    ['endings stripped from the whole run first', 'ゆうずうしてもらった', false, ['ゆうずう']],
    ['a particle at the start belongs to the words before', 'をみなおす', true, ['みなおす']],
    ['a first kana that looks like a particle is kept at the start', 'よやくじょうきょう', false, ['よやくじょうきょう']],
  ])('%s: %s', (_case, run, followsWords, expected) => {
    expect(kanaRunPieces(run, followsWords)).toEqual(expected);
  });
});

describe('a kana run is cut where the content has words of that reading', () => {
  const lexicon = new ReadingLexicon();
  // 廃棄·した|バイアル·の·数, 請求·総括·書, 基本·型 as the index side analyses them.
  lexicon.update('はいき|ばいある|かず|せいきゆう·そうかつ·しよ|きほん·かた|まん', '廃棄|バイアル|数|請求·総括·書|基本·型|万', 1);
  const cut = (run: string): string[] => kanaRunWords(run, false, lexicon).map((piece) => (piece.entry ? piece.entry.words.join('+') : piece.text));

  test.each([
    ['words between function kana', 'はいきしたばいあるのかず', ['廃棄', 'バイアル', 'かず']],
    ['a compound of the content as one piece', 'せいきゅうそうかつしょをだす', ['請求+総括+書', 'だす']],
    ['a voiced compound (きほんがた is 基本·型)', 'きほんがたのへんこう', ['基本+型', 'へんこう']],
    ['no word inside a syllable (いし|ゃ)', 'はいしゃのよやく', ['はいしゃ', 'よやく']],
    ['an unknown word keeps its function kana (ます|く)', 'はいきのますく', ['廃棄', 'ますく']],
    ['two kana are not a word when nothing else fits (まん|しゃ)', 'まんしゃです', ['まんしゃ']],
  ])('%s: %s', (_case, run, expected) => {
    expect(cut(run)).toEqual(expected);
  });

  it('forgets the words of a removed text and corrects a mistyped kanji compound only to a known one', () => {
    const other = new ReadingLexicon();
    other.update('だいり·にゆうりよく', '代理·入力', 1);
    expect(other.kanjiOneOff('代理人力')).toEqual(['代理入力']);
    other.update('だいり·にゆうりよく', '代理·入力', -1);
    expect(other.kanjiOneOff('代理人力')).toEqual([]);
    expect(other.lookup('だいり')).toBeUndefined();
  });
});
