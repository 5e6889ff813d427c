/**
 * The fresh held-out set (test/fixtures/heldout-fresh-questions.jsonl): written from the seed
 * after the first two sets had been tuned against (the first 71 questions before their author
 * read the content, 42 more after the first round of fixes, still from the seed only), the way
 * medical staff, municipality and prefecture officers and makers type into the chat widget:
 * colloquial and paraphrased questions, wrong terms (納品予定日, 配分量, 累積), typos (受所, 実積),
 * hiragana and half-width katakana, report codes, English fragments, role questions, rambling
 * ones, and out-of-scope questions that use the domain's words. It keeps the tuning on the other
 * sets honest: a change that only fits them shows up here.
 */
import type { KnowledgeBase } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase } from '../../knowledge';
import { copiedFromContent, loadQuestionSet, scoreQuestionSet } from './questionSet';

const MIN_TOP1 = 0.95;
const MIN_OUT_OF_SCOPE = 0.85;
/** Answerable questions handed to a person anyway: the user gets an inquiry offer instead of help. */
const MAX_IN_SCOPE_ESCALATED = 0.15;
const KINDS = ['plain', 'kana', 'halfwidth', 'typo', 'paraphrase', 'colloquial', 'wrong-term', 'short', 'long', 'english', 'role-specific', 'oos'];

const questions = loadQuestionSet('heldout-fresh-questions.jsonl');

describe('fresh held-out questions fixture', () => {
  it('has well-formed questions of every kind, out-of-scope ones among them', () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    for (const question of questions) {
      expect(KINDS).toContain(question.kind);
      expect(question.oos === true).toBe(question.kind === 'oos');
      if (!question.oos) expect(question.all?.length).toBeGreaterThan(0);
    }
    expect(KINDS.filter((kind) => !questions.some((question) => question.kind === kind))).toEqual([]);
    expect(questions.filter((question) => question.oos).length).toBeGreaterThanOrEqual(6);
    expect(new Set(questions.map((question) => question.q)).size).toBe(questions.length);
  });

  it('does not copy a title or an alternate question of the content, nor a question of the other sets', async () => {
    expect(await copiedFromContent(questions)).toEqual([]);
    const others = new Set(
      [...loadQuestionSet('heldout-questions.jsonl'), ...loadQuestionSet('heldout-hard-questions.jsonl')].map((question) => question.q),
    );
    expect(questions.filter((question) => others.has(question.q)).map((question) => question.q)).toEqual([]);
  });
});

describe('the engine on fresh held-out questions', () => {
  let knowledgeBase: KnowledgeBase;

  beforeAll(async () => {
    knowledgeBase = await createKnowledgeBase();
  });

  it(`answers at least ${MIN_TOP1 * 100}% first time, escalates at least ${MIN_OUT_OF_SCOPE * 100}% of the out-of-scope ones and at most ${MAX_IN_SCOPE_ESCALATED * 100}% of the others`, async () => {
    const { top1, outOfScopeRate, inScopeEscalated, misses } = await scoreQuestionSet(knowledgeBase, questions);
    const enough = top1 >= MIN_TOP1 && outOfScopeRate >= MIN_OUT_OF_SCOPE && inScopeEscalated <= MAX_IN_SCOPE_ESCALATED;
    // toMatchObject prints the whole object on failure, so the misses are listed.
    expect({ top1, outOfScopeRate, inScopeEscalated, enough, misses }).toMatchObject({ enough: true });
  });
});
