/**
 * The held-out question set (test/fixtures/heldout-questions.jsonl): questions medical staff and
 * municipal clerks would type, written from the seed without looking at the content's wording,
 * scored the way ../shared/eval/score.mjs scores the `ask` CLI: the first answer's title and the
 * start of its text must hold one word of every keyword group; an out-of-scope question must be
 * escalated. It guards the engine against tuning to the dev set only.
 */
import type { KnowledgeBase } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase } from '../../knowledge';
import { copiedFromContent, loadQuestionSet, scoreQuestionSet } from './questionSet';

const MIN_TOP1 = 0.9;
const MIN_OUT_OF_SCOPE = 0.8;
const KINDS = ['plain', 'kana', 'halfwidth', 'typo', 'longvowel', 'okurigana', 'paraphrase', 'colloquial', 'abbreviation', 'role-specific', 'oos'];

const questions = loadQuestionSet('heldout-questions.jsonl');

describe('held-out questions fixture', () => {
  it('has well-formed questions of every kind, out-of-scope ones among them', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    for (const question of questions) {
      expect(KINDS).toContain(question.kind);
      expect(question.oos === true).toBe(question.kind === 'oos');
      if (!question.oos) expect(question.all?.length).toBeGreaterThan(0);
    }
    expect(new Set(KINDS.filter((kind) => questions.some((question) => question.kind === kind))).size).toBe(KINDS.length);
    expect(questions.filter((question) => question.oos).length).toBeGreaterThanOrEqual(20);
    expect(new Set(questions.map((question) => question.q)).size).toBe(questions.length);
  });

  it('does not copy a title or an alternate question of the content', async () => {
    expect(await copiedFromContent(questions)).toEqual([]);
  });
});

describe('the engine on held-out questions', () => {
  let knowledgeBase: KnowledgeBase;

  beforeAll(async () => {
    knowledgeBase = await createKnowledgeBase();
  });

  it(`answers at least ${MIN_TOP1 * 100}% first time and escalates at least ${MIN_OUT_OF_SCOPE * 100}% of the out-of-scope ones`, async () => {
    const { top1, outOfScopeRate, misses } = await scoreQuestionSet(knowledgeBase, questions);
    // toMatchObject prints the whole object on failure, so the misses are listed.
    expect({ top1, outOfScopeRate, enough: top1 >= MIN_TOP1 && outOfScopeRate >= MIN_OUT_OF_SCOPE, misses }).toMatchObject({
      enough: true,
    });
  });
});
