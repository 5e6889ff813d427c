/**
 * A prompt that reads one slot value with the operation's own Japanese parser. When the answer is
 * not usable, the re-prompt first says what is wrong (「バイアル数は1以上の整数で入力してください」)
 * and then asks again; ヘルプ/キャンセル are handled before this prompt sees the text
 * (InterruptibleDialog).
 */
import { type Activity, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult } from 'botbuilder-dialogs';

export type SlotParse<V> = { ok: true; value: V } | { ok: false; message: string };

/** Reads the user's reply; `request` is what the dialog put in the prompt options' `validations`. */
export type SlotReader = (context: TurnContext, text: string, request: unknown) => Promise<SlotParse<unknown>>;

interface SlotPromptState {
  problem?: string;
}

export class SlotPrompt extends Prompt<unknown> {
  constructor(dialogId: string, private readonly reader: SlotReader) {
    super(dialogId);
  }

  protected async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const promptState = state as SlotPromptState;
    if (isRetry && promptState.problem) {
      await context.sendActivity(promptState.problem);
      delete promptState.problem;
    }
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity as Partial<Activity>);
  }

  protected async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<unknown>> {
    const text = context.activity.text ?? '';
    const parsed = await this.reader(context, text, options.validations);
    if (parsed.ok) return { succeeded: true, value: parsed.value };
    (state as SlotPromptState).problem = parsed.message;
    return { succeeded: false };
  }
}
