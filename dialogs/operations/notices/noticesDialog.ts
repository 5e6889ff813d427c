/**
 * お知らせ in conversation: 「お知らせ」 shows the latest 10 (as on the V-SYS home screen),
 * 「過去のお知らせ」 every valid notice newest first, 10 a page with 次へ/前へ. A number shows that
 * notice's text. Anything else ends the list and is routed afresh (a new question or operation).
 */
import { MessageFactory } from 'botbuilder';
import { TextPrompt, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { InterruptibleDialog, type OperationDialogOptions, type OperationDialogResult } from '../../interruptibleDialog';
import { compactText } from '../../japaneseText';
import type { OperationDefinition } from '../../operationRegistry';
import { CoreSystemError, type CoreSystem, type Notice } from '../../ports/coreSystem';
import { ROLES } from '../../ports/identity';
import { getUserIdentity } from '../../turnServices';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { noticeMessages as text } from './messages';

export const LATEST_NOTICES_ID = 'notices-latest';
export const BACK_NUMBERS_ID = 'notices-back-numbers';
export const NOTICE_PAGE_SIZE = 10;
const WATERFALL = 'notices-steps';
const ANSWER_PROMPT = 'notices-answer';

interface NoticesState extends OperationDialogOptions {
  mode: 'latest' | 'back-numbers';
  page: number;
  /** What is on screen (numbers refer to it). */
  shown?: { number: number; notice: Notice }[];
  hasNext?: boolean;
}

const NEXT_WORDS = ['次へ', '次', 'つぎ', '次のページ', '続き', 'もっと', '次を見る'].map(compactText);
const PREVIOUS_WORDS = ['前へ', '前', 'まえ', '前のページ', '戻る'].map(compactText);
const END_WORDS = ['終了', '終わり', 'おわり', '閉じる', 'ありがとう', 'もういい', '大丈夫'].map(compactText);
const BACK_NUMBER_WORDS = ['過去のお知らせ', '過去のお知らせ一覧', 'バックナンバー', '以前のお知らせ', 'もっと前のお知らせ'].map(compactText);

export class NoticesDialog extends InterruptibleDialog {
  constructor(id: string, private readonly mode: NoticesState['mode'], private readonly core: CoreSystem) {
    super(id, mode === 'latest' ? text.latestLabel : text.backNumbersLabel);
    this.addDialog(new TextPrompt(ANSWER_PROMPT));
    this.addDialog(new WaterfallDialog(WATERFALL, [this.listStep.bind(this), this.answerStep.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private stateOf(step: WaterfallStepContext): NoticesState {
    const state = step.options as NoticesState;
    state.mode ??= this.mode;
    state.page ??= 1;
    return state;
  }

  private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    const user = getUserIdentity(step.context);
    if (!user) return this.finish(step, 'failed', text.signInRequired);
    let lines: string[];
    let buttons: string[];
    let question: string;
    try {
      if (state.mode === 'latest') {
        const notices = await this.core.latestNotices(user);
        state.shown = notices.map((notice, index) => ({ number: index + 1, notice }));
        state.hasNext = false;
        lines = [text.latestHeading(notices.length)];
        buttons = [text.backNumbersLabel, text.endButton];
        question = text.latestPrompt;
      } else {
        const page = await this.core.listNotices(user, state.page, NOTICE_PAGE_SIZE);
        const first = (page.page - 1) * page.pageSize + 1;
        state.shown = page.items.map((notice, index) => ({ number: first + index, notice }));
        state.hasNext = first - 1 + page.items.length < page.total;
        lines = page.items.length > 0 ? [text.backNumbersHeading(page.total, first, first + page.items.length - 1)] : [];
        buttons = [...(state.hasNext ? [text.nextButton] : []), ...(state.page > 1 ? [text.previousButton] : []), text.endButton];
        question = text.pagePrompt(state.hasNext, state.page > 1);
      }
    } catch (error) {
      if (!(error instanceof CoreSystemError)) throw error;
      return this.finish(step, 'failed', text.failed(error.detail));
    }
    if (state.shown.length === 0) return this.finish(step, 'completed', text.none);
    lines.push(...state.shown.map(({ number, notice }) => text.line(number, formatJapaneseDate(notice.publishedOn), notice.title)));
    await step.context.sendActivity(lines.join('\n'));
    this.setStepHelp(step, text.help);
    return step.prompt(ANSWER_PROMPT, { prompt: MessageFactory.suggestedActions(buttons, question) });
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    const reply = String(step.result ?? '');
    const said = compactText(reply);
    const number = /^\d+$/.test(said) ? Number(said) : undefined;
    if (number !== undefined) {
      const found = state.shown?.find((item) => item.number === number);
      if (!found) {
        await step.context.sendActivity(text.notOnPage(number));
        return step.replaceDialog(WATERFALL, state);
      }
      const { notice } = found;
      return this.finish(step, 'completed', text.body(notice.title, formatJapaneseDate(notice.publishedOn), notice.body));
    }
    if (BACK_NUMBER_WORDS.includes(said) || (state.mode === 'back-numbers' && NEXT_WORDS.includes(said))) {
      if (state.mode === 'back-numbers' && !state.hasNext) await step.context.sendActivity(text.lastPage);
      const page = state.mode === 'latest' ? 1 : state.hasNext ? state.page + 1 : state.page;
      return step.replaceDialog(WATERFALL, { ...state, mode: 'back-numbers', page, shown: undefined } satisfies NoticesState);
    }
    if (state.mode === 'back-numbers' && PREVIOUS_WORDS.includes(said)) {
      if (state.page <= 1) await step.context.sendActivity(text.firstPage);
      return step.replaceDialog(WATERFALL, { ...state, page: Math.max(1, state.page - 1), shown: undefined } satisfies NoticesState);
    }
    if (END_WORDS.includes(said)) return this.finish(step, 'completed', text.done);
    // Something else: a new question or request; MainDialog routes it afresh.
    return step.endDialog({ outcome: 'completed', summary: this.menuLabel, reroute: reply } satisfies OperationDialogResult & { reroute: string });
  }

  private async finish(step: WaterfallStepContext, outcome: OperationDialogResult['outcome'], message: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(message);
    return step.endDialog({ outcome, summary: this.menuLabel } satisfies OperationDialogResult);
  }
}

/** Two entries, so 「お知らせ」 and 「過去のお知らせ」 each start at once (both are exact menu labels). */
export function noticeOperations(core: CoreSystem): OperationDefinition[] {
  return [
    {
      id: LATEST_NOTICES_ID,
      dialog: new NoticesDialog(LATEST_NOTICES_ID, 'latest', core),
      menuLabel: text.latestLabel,
      triggers: ['お知らせを見せて', '最新のお知らせ', 'お知らせを確認したい', 'ホーム画面のお知らせ'],
      roles: [...ROLES],
    },
    {
      id: BACK_NUMBERS_ID,
      dialog: new NoticesDialog(BACK_NUMBERS_ID, 'back-numbers', core),
      menuLabel: text.backNumbersLabel,
      triggers: ['過去のお知らせを見せて', 'お知らせのバックナンバー', '過去のお知らせ一覧', '以前のお知らせ'],
      roles: [...ROLES],
    },
  ];
}
