/**
 * Messages the bot cannot read (nothing typed, only emoji, a pasted novel, a photo) get a polite
 * reply instead of a search; they never reach a dialog, so a waiting step keeps waiting.
 */
import type { Activity } from 'botbuilder';
import { hasWords } from './japaneseText';
import * as text from './messages';

/** Longest question that is searched; longer input is almost always a paste by mistake. */
export const MAX_INPUT_CHARS = 1000;

export type InputProblem = 'empty' | 'no-words' | 'attachment-only' | 'too-long';

/** undefined when the message can go to the dialogs (text, or a card submit value). */
export function inputProblem(activity: Partial<Activity>): InputProblem | undefined {
  const typed = typeof activity.text === 'string' ? activity.text.trim() : '';
  if (typed.length === 0) {
    if (activity.value !== undefined && activity.value !== null) return undefined;
    return (activity.attachments?.length ?? 0) > 0 ? 'attachment-only' : 'empty';
  }
  if (typed.length > MAX_INPUT_CHARS) return 'too-long';
  if (!hasWords(typed)) return 'no-words';
  return undefined;
}

export function inputProblemReply(problem: InputProblem): string {
  switch (problem) {
    case 'empty':
      return text.EMPTY_INPUT;
    case 'no-words':
      return text.NO_WORDS_INPUT;
    case 'attachment-only':
      return text.ATTACHMENT_ONLY;
    case 'too-long':
      return text.TOO_LONG_INPUT(MAX_INPUT_CHARS);
  }
}
