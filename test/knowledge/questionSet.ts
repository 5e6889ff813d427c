/**
 * Question sets under test/fixtures/ (one JSON object a line: q, all keyword groups, kind, oos),
 * scored the way ../shared/eval/score.mjs scores the `ask` CLI: the first answer's title and the
 * start of its text must hold one word of every keyword group; an out-of-scope question must be
 * escalated.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../../dialogs/ports/knowledgeBase';
import { createKnowledgeBase, defaultContentDir, loadContent } from '../../knowledge';

export interface SetQuestion {
  q: string;
  /** Keyword groups: every group needs one of its words in the answer. */
  all?: string[][];
  kind: string;
  oos?: boolean;
}

export interface SetScore {
  top1: number;
  outOfScopeRate: number;
  /** Share of the answerable questions the engine handed to a person anyway. */
  inScopeEscalated: number;
  misses: string[];
}

/** score.mjs reads the title and this much of the answer text. */
const ANSWER_PREFIX = 600;

export const normalize = (text: string): string => text.normalize('NFKC').toLowerCase();

export function loadQuestionSet(fileName: string): SetQuestion[] {
  return fs
    .readFileSync(path.join(__dirname, '..', 'fixtures', fileName), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SetQuestion);
}

/** Questions that repeat a title or an alternate question of the content word for word. */
export async function copiedFromContent(questions: SetQuestion[]): Promise<string[]> {
  const { sections } = await loadContent(defaultContentDir());
  const phrasings = new Set(
    sections.flatMap((section) => [section.title, ...section.title.split(' > '), ...section.questions]).map(normalize),
  );
  return questions.filter((question) => phrasings.has(normalize(question.q))).map((question) => question.q);
}

export async function scoreQuestionSet(knowledgeBase: KnowledgeBase, questions: SetQuestion[]): Promise<SetScore> {
  const misses: string[] = [];
  let answered = 0;
  let escalated = 0;
  let wronglyEscalated = 0;
  const inScope = questions.filter((question) => !question.oos);
  const outOfScope = questions.filter((question) => question.oos);
  for (const question of inScope) {
    const result = await knowledgeBase.search(question.q);
    const top = result.hits[0]?.section;
    const haystack = top ? normalize(`${top.title} ${top.text.slice(0, ANSWER_PREFIX)}`) : '';
    const ok = !!top && (question.all ?? []).every((group) => group.some((word) => haystack.includes(normalize(word))));
    if (ok) answered++;
    else misses.push(`[${question.kind}] ${question.q} -> ${top?.title ?? 'nothing'}`);
    if (result.escalate) wronglyEscalated++;
  }
  for (const question of outOfScope) {
    const result = await knowledgeBase.search(question.q);
    if (result.escalate || !result.hits.length) escalated++;
    else misses.push(`[oos] ${question.q} -> ${result.hits[0].section.title} (${result.confidence})`);
  }
  return {
    top1: answered / inScope.length,
    outOfScopeRate: escalated / outOfScope.length,
    inScopeEscalated: wronglyEscalated / inScope.length,
    misses,
  };
}

/** A held-out question set as a quality gate: what the fixture must hold and what the engine must reach. */
export interface HeldOutGate {
  /** In the test names: 「hard held-out」. */
  name: string;
  file: string;
  kinds: string[];
  /** Every kind of `kinds` must be among the questions. */
  everyKind?: boolean;
  minQuestions: number;
  minOutOfScopeQuestions: number;
  /** Other sets whose questions this one must not repeat. */
  distinctFrom?: string[];
  minTop1: number;
  minOutOfScope: number;
  /** Most answerable questions handed to a person anyway (the user gets an inquiry offer instead of help). */
  maxInScopeEscalated?: number;
}

export function describeHeldOutGate(gate: HeldOutGate): void {
  const questions = loadQuestionSet(gate.file);

  describe(`${gate.name} questions fixture`, () => {
    it('has well-formed questions of its kinds, out-of-scope ones among them', () => {
      expect(questions.length).toBeGreaterThanOrEqual(gate.minQuestions);
      for (const question of questions) {
        expect(gate.kinds).toContain(question.kind);
        expect(question.oos === true).toBe(question.kind === 'oos');
        if (!question.oos) expect(question.all?.length).toBeGreaterThan(0);
      }
      if (gate.everyKind) expect(gate.kinds.filter((kind) => !questions.some((question) => question.kind === kind))).toEqual([]);
      expect(questions.filter((question) => question.oos).length).toBeGreaterThanOrEqual(gate.minOutOfScopeQuestions);
      expect(new Set(questions.map((question) => question.q)).size).toBe(questions.length);
    });

    it('does not copy a title or an alternate question of the content, nor a question of the other sets', async () => {
      expect(await copiedFromContent(questions)).toEqual([]);
      const others = new Set((gate.distinctFrom ?? []).flatMap(loadQuestionSet).map((question) => question.q));
      expect(questions.filter((question) => others.has(question.q)).map((question) => question.q)).toEqual([]);
    });
  });

  describe(`the engine on ${gate.name} questions`, () => {
    let knowledgeBase: KnowledgeBase;

    beforeAll(async () => {
      knowledgeBase = await createKnowledgeBase();
    });

    const maxEscalated = gate.maxInScopeEscalated ?? 1;
    it(`answers at least ${gate.minTop1 * 100}% first time, escalates at least ${gate.minOutOfScope * 100}% of the out-of-scope ones and at most ${maxEscalated * 100}% of the others`, async () => {
      const { top1, outOfScopeRate, inScopeEscalated, misses } = await scoreQuestionSet(knowledgeBase, questions);
      const enough = top1 >= gate.minTop1 && outOfScopeRate >= gate.minOutOfScope && inScopeEscalated <= maxEscalated;
      // toMatchObject prints the whole object on failure, so the misses are listed.
      expect({ top1, outOfScopeRate, inScopeEscalated, enough, misses }).toMatchObject({ enough: true });
    });
  });
}
