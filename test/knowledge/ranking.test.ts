/**
 * Ranking and confidence on a small corpus written for the purpose: words beat homophones,
 * 送り仮名 variants meet, phrases (病院の情報) meet compounds (医療機関情報), and hiragana
 * loanwords (でーたろっく) find their katakana.
 */
import type { KnowledgeEngine } from '../../knowledge';
import { answerOf, engineWith, section } from './smallCorpus';

const SECTIONS = [
  section('doctor', '接種する医師が替わったときの手続き', '医師情報を更新してください。医師は1名以上の登録が必要です。', ['先生が交代した']),
  section('staff', '担当者が変わったときの手続き', '連絡担当者の氏名と電話番号を更新してください。'),
  section('info', '医療機関情報を変更する', '「この医療機関の情報を見る」から「編集」を押して変更します。'),
  section('lock', '分配量はいつ見られますか', '都道府県がデータロックをすると、分配量が確認できます。'),
  section('export', 'レポートをCSVでエクスポートする', '「詳細のエクスポート」を押して「カンマ区切り形式（csv）」を選びます。'),
  section('reception', '予約受付状況の更新', '予約受付状況は随時更新してください。コロナワクチンナビに反映されます。'),
  section('inquiry', '問い合わせフォームの使い方', '解決しない場合は、問い合わせフォームから問い合わせてください。'),
];

let engine: KnowledgeEngine;

beforeAll(async () => {
  engine = await engineWith(SECTIONS);
});

const answer = (question: string): string => answerOf(engine, question);

describe('ranking', () => {
  test.each([
    ['the word beats a homophone (変わった, not 替わった)', '変わったときの手続き', 'staff'],
    ['a phrase meets the compound (病院の情報 ~ 医療機関情報)', '病院の情報を変えたい', 'info'],
    ['a hiragana loanword with a long vowel (でーたろっく)', 'でーたろっくのあと', 'lock'],
    ['a hiragana loanword the dictionary does not know (えくすぽーと)', 'えくすぽーとのやりかた', 'export'],
    ['送り仮名 variant of a compound (受け付け for 受付)', '予約受け付け状況', 'reception'],
    ['送り仮名 variant split into words (問合わせ for 問い合わせ)', '問合わせフォーム', 'inquiry'],
  ])('%s: %s', (_case, question, expected) => {
    expect(answer(question)).toBe(expected);
  });

  test('a homophone alone does not make an answer confident', () => {
    // 替わる is another word than 変わる: only the reading is shared.
    const homophone = engine.searchNow('医師が変わった');
    const word = engine.searchNow('医師が替わった');
    expect(homophone.hits[0]?.section.id).toBe('doctor');
    expect(homophone.confidence).toBeLessThan(word.confidence);
  });
});
