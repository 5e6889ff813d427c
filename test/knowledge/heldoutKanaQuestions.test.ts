/**
 * The kana held-out set (test/fixtures/heldout-kana-questions.jsonl): questions typed the way
 * medical staff type on a phone, whole or partly in hiragana (はいきしたばいあるのかず style:
 * no kanji, particles run into the words), and kanji compounds with one character mistyped
 * into another word (代行人力フラグ, 土日税日). Written from the seed before the reading lexicon
 * and the typo correction were built, with out-of-scope questions in kana among them.
 */
import type { KnowledgeBase } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase } from '../../knowledge';
import { copiedFromContent, loadQuestionSet, scoreQuestionSet } from './questionSet';

const MIN_TOP1 = 0.95;
const MIN_OUT_OF_SCOPE = 0.8;
const MAX_IN_SCOPE_ESCALATED = 0.15;

const questions = loadQuestionSet('heldout-kana-questions.jsonl');

describe('kana held-out questions fixture', () => {
  it('has kana and typo questions, out-of-scope ones among them, none copied from the content or the other sets', async () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const question of questions) {
      expect(['kana', 'typo', 'oos']).toContain(question.kind);
      expect(question.oos === true).toBe(question.kind === 'oos');
      if (!question.oos) expect(question.all?.length).toBeGreaterThan(0);
    }
    expect(questions.filter((question) => question.oos).length).toBeGreaterThanOrEqual(5);
    expect(await copiedFromContent(questions)).toEqual([]);
    const others = new Set(
      ['heldout-questions.jsonl', 'heldout-hard-questions.jsonl', 'heldout-fresh-questions.jsonl'].flatMap(loadQuestionSet).map((question) => question.q),
    );
    expect(questions.filter((question) => others.has(question.q)).map((question) => question.q)).toEqual([]);
  });
});

describe('the engine on kana held-out questions', () => {
  let knowledgeBase: KnowledgeBase;

  beforeAll(async () => {
    knowledgeBase = await createKnowledgeBase();
  });

  it(`answers at least ${MIN_TOP1 * 100}% first time, escalates at least ${MIN_OUT_OF_SCOPE * 100}% of the out-of-scope ones and at most ${MAX_IN_SCOPE_ESCALATED * 100}% of the others`, async () => {
    const { top1, outOfScopeRate, inScopeEscalated, misses } = await scoreQuestionSet(knowledgeBase, questions);
    const enough = top1 >= MIN_TOP1 && outOfScopeRate >= MIN_OUT_OF_SCOPE && inScopeEscalated <= MAX_IN_SCOPE_ESCALATED;
    expect({ top1, outOfScopeRate, inScopeEscalated, enough, misses }).toMatchObject({ enough: true });
  });
});
