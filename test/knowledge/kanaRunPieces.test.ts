import { kanaRunPieces } from '../../knowledge/kanaRunPieces';

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
