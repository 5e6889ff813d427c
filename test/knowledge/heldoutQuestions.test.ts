/**
 * The held-out question set (test/fixtures/heldout-questions.jsonl): questions medical staff and
 * municipal clerks would type, written from the seed without looking at the content's wording,
 * scored the way ../shared/eval/score.mjs scores the `ask` CLI: the first answer's title and the
 * start of its text must hold one word of every keyword group; an out-of-scope question must be
 * escalated. It guards the engine against tuning to the dev set only.
 */
import { describeHeldOutGate } from './questionSet';

describeHeldOutGate({
  name: 'held-out',
  file: 'heldout-questions.jsonl',
  kinds: ['plain', 'kana', 'halfwidth', 'typo', 'longvowel', 'okurigana', 'paraphrase', 'colloquial', 'abbreviation', 'role-specific', 'oos'],
  everyKind: true,
  minQuestions: 150,
  minOutOfScopeQuestions: 20,
  minTop1: 0.9,
  minOutOfScope: 0.8,
});
