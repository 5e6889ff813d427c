/**
 * How questions are typed, on a small corpus written for the purpose: the dash typed for the
 * long-vowel mark and a kana question kuromoji cannot split into words. (Suffixes such as ごと and
 * the user's own figures are checked on the real content by the fresh held-out set.)
 */
import type { KnowledgeEngine } from '../../knowledge';
import { answerOf, engineWith, section } from './smallCorpus';
import { dashesAsLongVowels } from '../../knowledge/analyzer';

const SECTIONS = [
  section('reports', 'レポートの一覧を表示する', '「レポート」タブから一覧を表示します。'),
  section('navi', 'コロナワクチンナビに載せる情報', '予約受付の電話番号、URL、駐車場の台数を登録します。'),
];

let engine: KnowledgeEngine;

beforeAll(async () => {
  engine = await engineWith(SECTIONS);
});

const answer = (question: string): string => answerOf(engine, question);

describe('questions as people type them', () => {
  test.each([
    ['a full-width dash for the long-vowel mark (レポ－ト)', 'レポ－ト一覧', 'reports'],
    ['a half-width hyphen for the long-vowel mark (レポ-ト)', 'レポ-トの一覧', 'reports'],
    ['a kana question kuromoji misreads (ちゅうし|ゃじょう...)', 'ちゅうしゃじょうのだいすう', 'navi'],
  ])('%s: %s', (_case, question, expected) => {
    expect(answer(question)).toBe(expected);
  });

  test('only a dash after katakana is read as the long-vowel mark', () => {
    expect(dashesAsLongVowels('レポ-ト')).toBe('レポート');
    expect(dashesAsLongVowels('ディープフリーザ−の台数')).toBe('ディープフリーザーの台数');
    expect(dashesAsLongVowels('v-sys')).toBe('v-sys');
    expect(dashesAsLongVowels('コード-2021')).toBe('コード-2021');
    expect(dashesAsLongVowels('r3-01')).toBe('r3-01');
  });
});
