/**
 * The hard held-out set (test/fixtures/heldout-hard-questions.jsonl): written from the seed and
 * from how people really type, not from the content: indirect paraphrases (隣の病院にあげた for
 * 移送), giving and receiving verbs, the wrong term (配布量, 在庫の移動), one-character typos,
 * hiragana and mixed kana, half-width katakana, one-word and rambling questions, English
 * fragments, every role, and out-of-scope questions that use the domain's words (medical advice,
 * other systems, chit-chat). The first held-out set proved too easy; this one keeps the engine
 * honest on questions nobody tuned it to.
 */
import { describeHeldOutGate } from './questionSet';

describeHeldOutGate({
  name: 'hard held-out',
  file: 'heldout-hard-questions.jsonl',
  kinds: ['plain', 'kana', 'halfwidth', 'typo', 'paraphrase', 'colloquial', 'wrong-term', 'short', 'long', 'english', 'role-specific', 'oos'],
  everyKind: true,
  minQuestions: 120,
  minOutOfScopeQuestions: 20,
  distinctFrom: ['heldout-questions.jsonl'],
  minTop1: 0.85,
  minOutOfScope: 0.8,
  maxInScopeEscalated: 0.2,
});
