import path from 'node:path';
import { createKnowledgeBase } from '../../knowledge';
import type { KnowledgeEngine } from '../../knowledge';
import type { KnowledgeBase, KnowledgeSection } from '../../dialogs/ports/knowledgeBase';

const fixtureDir = path.join(__dirname, '..', 'fixtures', 'knowledge', 'content');

let engine: KnowledgeBase & KnowledgeEngine;

beforeAll(async () => {
  engine = await createKnowledgeBase({ contentDir: fixtureDir });
});

async function topId(question: string): Promise<string | undefined> {
  return (await engine.search(question)).hits[0]?.section.id;
}

/** The top answer's id, or 'escalated' when the engine is not sure enough to answer. */
async function answerOf(question: string): Promise<string> {
  const result = await engine.search(question);
  return result.escalate ? 'escalated' : (result.hits[0]?.section.id ?? 'none');
}

describe('KnowledgeEngine finds the right section despite how the question is typed', () => {
  test.each([
    ['plain kanji', '融通を受けたときに登録する項目', 'fixture-manual-transfer#融通を受けたときの登録'],
    ['kana instead of kanji (ゆうずう)', 'ゆうずうをうけたときのとうろく', 'fixture-manual-transfer#融通を受けたときの登録'],
    ['kana instead of kanji (ろっとばんごう)', 'ろっとばんごう', 'fixture-faq-lot'],
    ['half-width katakana', 'ﾛｯﾄ番号の確認', 'fixture-faq-lot'],
    ['long vowel omitted (サーバ for サーバー)', 'サーバにつながらない', 'fixture-faq-server'],
    ['送り仮名 variant (申し込み for 申込み)', '集合契約の申し込み', 'fixture-faq-application'],
    ['one-character typo (実積 for 実績)', '接種実積の直し方', 'fixture-video-record#2'],
    ['synonym from the table (ワクチンナビ for コロナワクチンナビ)', 'ワクチンナビに載る情報', 'fixture-faq-navi'],
    ['everyday paraphrase (分けてもらった)', 'ワクチンを分けてもらったときの登録', 'fixture-manual-transfer#融通を受けたときの登録'],
    ['alternate question of a manual section', '他の病院からワクチンをもらった', 'fixture-manual-transfer#融通を受けたときの登録'],
  ])('%s: %s', async (_kind, question, expected) => {
    expect(await answerOf(question)).toBe(expected);
  });

  test('answerable questions are confident, out-of-scope ones escalate', async () => {
    const answerable = await engine.search('請求総括書の提出期限');
    expect(answerable.escalate).toBe(false);
    for (const question of ['今日の晩ごはん何にしよう', '新幹線の予約をしたい', 'asdfghjkl']) {
      const result = await engine.search(question);
      expect({ question, escalate: result.escalate }).toEqual({ question, escalate: true });
      expect(result.confidence).toBeLessThan(answerable.confidence);
    }
  });

  test.each([[''], ['   '], ['\u0000\u0001\ufffd\ufffd'], ['？？？'], ['x'.repeat(10_000)]])('junk input %# gets no answer and never throws', async (question) => {
    const result = await engine.search(question);
    expect(result.escalate).toBe(true);
  });
});

describe('role filter', () => {
  test('a section written for other roles is not offered', async () => {
    const forFacility = await engine.search('集合契約の申込み', { role: 'facility' });
    expect(forFacility.hits.map((hit) => hit.section.id)).not.toContain('fixture-faq-application');
    const forMunicipality = await engine.search('集合契約の申込み', { role: 'municipality' });
    expect(forMunicipality.hits[0]?.section.id).toBe('fixture-faq-application');
  });

  test('sections for everyone are offered to every role, support staff see everything', async () => {
    expect((await engine.search('ロット番号', { role: 'maker' })).hits[0]?.section.id).toBe('fixture-faq-lot');
    expect((await engine.search('集合契約の申込み', { role: 'support' })).hits[0]?.section.id).toBe('fixture-faq-application');
  });
});

describe('live upsert and remove', () => {
  const section: KnowledgeSection = {
    id: 'faq-live-freezer',
    documentId: 'faq-live-freezer',
    type: 'faq',
    title: 'ディープフリーザーの台数はどこで登録しますか？',
    text: '医療機関情報の「ディープフリーザーの台数」に入力します。',
    questions: ['冷凍庫の数', 'フリーザーの登録', '超低温冷凍庫'],
    roles: [],
    related: [],
    source: { type: 'faq', label: 'よくある質問', url: '/knowledge/faq-live-freezer' },
  };

  test('an added section is found at once, a replaced one shows its new text, a removed one is gone', async () => {
    const before = await engine.size();
    expect((await engine.search('ディープフリーザーの台数')).escalate).toBe(true);

    await engine.upsert(section);
    expect(engine.size()).toBe(before + 1);
    expect(await topId('ディープフリーザーの台数')).toBe('faq-live-freezer');
    expect(engine.get('faq-live-freezer')?.title).toBe(section.title);

    await engine.upsert({ ...section, text: '医療機関情報の編集画面で台数を入力してください。' });
    expect(engine.size()).toBe(before + 1);
    expect((await engine.search('ディープフリーザーの台数')).hits[0]?.section.text).toContain('編集画面');

    expect(await engine.remove('faq-live-freezer')).toBe(true);
    expect(await engine.remove('faq-live-freezer')).toBe(false);
    expect(engine.size()).toBe(before);
    expect(engine.get('faq-live-freezer')).toBeUndefined();
    expect((await engine.search('ディープフリーザーの台数')).hits.map((hit) => hit.section.id)).not.toContain('faq-live-freezer');
  });
});
