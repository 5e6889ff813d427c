/**
 * Questions that use the content's words for something the content does not do are handed to a
 * person, and the same words asked about what the content does are still answered.
 */
import type { KnowledgeEngine } from '../../knowledge';
import { answerOf, engineWith, section } from './smallCorpus';

describe('out-of-scope questions in the content’s words', () => {
  let engine: KnowledgeEngine;

  beforeAll(async () => {
    engine = await engineWith([
      section('navi', 'コロナワクチンナビに掲載する情報', '予約受付の電話番号、URL、駐車場台数を医療機関情報に登録します。'),
      section('stock', 'ワクチンの在庫があるときの型の変更', 'ワクチンの在庫がない場合に、基本型からサテライト型へ変更できます。'),
      section('request', '希望量の登録', 'ワクチンの注文は、クールごとに希望量として登録します。登録の締め切りはクールごとに決まっています。'),
      section('residents', '住民からの予約の問い合わせ', '住民から予約受付状況について問い合わせがあったら、医療機関に更新を依頼します。'),
      section('gloves', '手袋の在庫の報告', '手袋の在庫は月末に報告します。'),
    ]);
  });

  it.each([
    ['a thing of an out-of-scope category the answer does not mention', 'マスクの在庫を注文したい'],
    ['a state of the subject that no section knows', '病院の駐車場が満車です'],
    ['the same typed in kana', 'ちゅうしゃじょうがまんしゃです'],
    ['an asker who says they are a resident', 'ワクチン接種の予約を取りたいのですが住民です'],
    ['an asker who wants a shot', '自分もワクチンを打ちたい'],
  ])('escalates %s (%s)', (_why, question) => {
    expect(answerOf(engine, question)).toMatch(/^escalated/);
  });

  it.each([
    ['the content’s own use of the words', '駐車場台数はどこに入れますか', 'navi'],
    ['a stock question about vaccine', 'ワクチンの在庫があると型は変えられない？', 'stock'],
    ['residents mentioned, not speaking', '住民から予約の問い合わせがありました', 'residents'],
    ['a category word the answer holds too', '手袋の在庫の報告はいつ', 'gloves'],
    ['a noun of time after the copula', '希望量の登録の締め切りが明日です', 'request'],
  ])('answers %s (%s)', (_why, question, id) => {
    expect(answerOf(engine, question)).toBe(id);
  });
});
