/**
 * The held-out question set (test/fixtures/heldout-questions.jsonl): questions medical staff and
 * municipal clerks would type, written from the seed without looking at the content's wording,
 * scored the way ../shared/eval/score.mjs scores the `ask` CLI: the first answer's title and the
 * start of its text must hold one word of every keyword group; an out-of-scope question must be
 * escalated. It guards the engine against tuning to the dev set only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase, defaultContentDir, loadContent } from '../../knowledge';

interface HeldOutQuestion {
  q: string;
  /** Keyword groups: every group needs one of its words in the answer. */
  all?: string[][];
  kind: string;
  oos?: boolean;
}

const MIN_TOP1 = 0.9;
const MIN_OUT_OF_SCOPE = 0.8;
/** score.mjs reads the title and this much of the answer text. */
const ANSWER_PREFIX = 600;
const KINDS = ['plain', 'kana', 'halfwidth', 'typo', 'longvowel', 'okurigana', 'paraphrase', 'colloquial', 'abbreviation', 'role-specific', 'oos'];

const questions: HeldOutQuestion[] = fs
  .readFileSync(path.join(__dirname, '..', 'fixtures', 'heldout-questions.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as HeldOutQuestion);

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

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
    const { sections } = await loadContent(defaultContentDir());
    const phrasings = new Set(
      sections.flatMap((section) => [section.title, ...section.title.split(' > '), ...section.questions]).map(normalize),
    );
    expect(questions.filter((question) => phrasings.has(normalize(question.q))).map((question) => question.q)).toEqual([]);
  });
});

describe('the engine on held-out questions', () => {
  let knowledgeBase: KnowledgeBase;

  beforeAll(async () => {
    knowledgeBase = await createKnowledgeBase();
  });

  it(`answers at least ${MIN_TOP1 * 100}% first time and escalates at least ${MIN_OUT_OF_SCOPE * 100}% of the out-of-scope ones`, async () => {
    const misses: string[] = [];
    let answered = 0;
    let escalated = 0;
    const inScope = questions.filter((question) => !question.oos);
    const outOfScope = questions.filter((question) => question.oos);
    for (const question of inScope) {
      const result = await knowledgeBase.search(question.q);
      const top = result.hits[0]?.section;
      const haystack = top ? normalize(`${top.title} ${top.text.slice(0, ANSWER_PREFIX)}`) : '';
      const ok = !!top && (question.all ?? []).every((group) => group.some((word) => haystack.includes(normalize(word))));
      if (ok) answered++;
      else misses.push(`[${question.kind}] ${question.q} -> ${top?.title ?? 'nothing'}`);
    }
    for (const question of outOfScope) {
      const result = await knowledgeBase.search(question.q);
      if (result.escalate || !result.hits.length) escalated++;
      else misses.push(`[oos] ${question.q} -> ${result.hits[0].section.title} (${result.confidence})`);
    }
    const top1 = answered / inScope.length;
    const outOfScopeRate = escalated / outOfScope.length;
    // toMatchObject prints the whole object on failure, so the misses are listed.
    expect({ top1, outOfScopeRate, enough: top1 >= MIN_TOP1 && outOfScopeRate >= MIN_OUT_OF_SCOPE, misses }).toMatchObject({
      enough: true,
    });
  });
});
