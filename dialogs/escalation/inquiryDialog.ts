/**
 * Collects an inquiry to the support desk inside the chat, as an alternative to the /inquiry form:
 * the question carried over from the conversation, category (buttons), the question confirmed or
 * rewritten, contact email, optional phone, a confirmation card with 修正, then the same storage as
 * the form (InquiryIntake port) and the reference number with the status page link. Replies from
 * /support come back into this chat like those to form inquiries (the conversation is stored).
 */
import { MessageFactory } from 'botbuilder';
import {
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { InterruptibleDialog, type OperationDialogOptions, type OperationDialogResult } from '../interruptibleDialog';
import { parseYesNo } from '../globalCommands';
import { compactText } from '../japaneseText';
import { cardMessage } from '../operations/shared/operationCard';
import type { EscalationRequest } from '../ports/escalation';
import type { InquiryDraft, InquiryField, InquiryIntake } from '../ports/inquiryIntake';
import { getTurnServices, getUserIdentity } from '../turnServices';
import * as text from './messages';

export const CHAT_INQUIRY_ID = 'chat-inquiry';

const WATERFALL = 'chatInquiryWaterfall';
const CATEGORY_PROMPT = 'chatInquiryCategory';
const QUESTION_CONFIRM_PROMPT = 'chatInquiryQuestionConfirm';
const QUESTION_PROMPT = 'chatInquiryQuestion';
const EMAIL_PROMPT = 'chatInquiryEmail';
const PHONE_PROMPT = 'chatInquiryPhone';
const CONFIRM_PROMPT = 'chatInquiryConfirm';
const EDIT_PROMPT = 'chatInquiryEdit';

const EDITABLE: InquiryField[] = ['category', 'question', 'email', 'phone'];

/** What a replaced waterfall (after 修正) starts from. */
export interface InquiryDialogOptions extends OperationDialogOptions {
  draft?: Partial<InquiryDraft> & { phoneAsked?: boolean; questionConfirmed?: boolean };
  /** The field to ask again although it is filled. */
  editing?: InquiryField;
  /** The escalation context captured when the dialog started (question, transcript, reason). */
  request?: EscalationRequest;
}

interface InquiryValues {
  draft: NonNullable<InquiryDialogOptions['draft']>;
  editing?: InquiryField;
  request: EscalationRequest;
}

export class InquiryDialog extends InterruptibleDialog {
  constructor(private readonly intake: InquiryIntake) {
    super(CHAT_INQUIRY_ID, text.CHAT_INQUIRY_LABEL);
    this.addDialog(new TextPrompt(CATEGORY_PROMPT, (prompt) => this.validateCategory(prompt)))
      .addDialog(new TextPrompt(QUESTION_CONFIRM_PROMPT))
      .addDialog(new TextPrompt(QUESTION_PROMPT, (prompt) => this.validateField('question', prompt)))
      .addDialog(new TextPrompt(EMAIL_PROMPT, (prompt) => this.validateField('email', prompt)))
      .addDialog(new TextPrompt(PHONE_PROMPT, (prompt) => this.validatePhone(prompt)))
      .addDialog(new TextPrompt(CONFIRM_PROMPT, async (prompt) => this.confirmChoice(prompt.recognized.value) !== undefined))
      .addDialog(new TextPrompt(EDIT_PROMPT, async (prompt) => editedField(prompt.recognized.value) !== undefined))
      .addDialog(
        new WaterfallDialog(WATERFALL, [
          this.startStep.bind(this),
          this.categoryStep.bind(this),
          this.questionConfirmStep.bind(this),
          this.questionStep.bind(this),
          this.emailStep.bind(this),
          this.phoneStep.bind(this),
          this.confirmStep.bind(this),
          this.submitStep.bind(this),
          this.editStep.bind(this),
        ]),
      );
    this.initialDialogId = WATERFALL;
  }

  private async startStep(step: WaterfallStepContext<InquiryDialogOptions>): Promise<DialogTurnResult> {
    if (!getUserIdentity(step.context)) {
      await step.context.sendActivity(text.SIGN_IN_NEEDED);
      return step.endDialog({ outcome: 'failed' } satisfies OperationDialogResult);
    }
    const values = step.values as InquiryValues;
    const options = step.options ?? {};
    values.editing = options.editing;
    if (options.request) {
      values.request = options.request;
      values.draft = options.draft ?? {};
    } else {
      // First start: capture what the conversation carries over, once.
      values.request = (await getTurnServices(step.context)?.escalationRequest?.()) ?? { reason: 'user-request', transcript: [] };
      values.draft = values.request.question ? { question: values.request.question } : {};
      await step.context.sendActivity(text.INTRO);
    }
    return step.next();
  }

  private async categoryStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    if (values.draft.category && !this.asking(values, 'category')) return step.next(values.draft.category);
    this.setStepHelp(step, text.CATEGORY_HELP);
    const buttons = this.intake.categories.map((category) => category.label);
    const formMessage = this.intake.check('category', '');
    return step.prompt(CATEGORY_PROMPT, {
      prompt: MessageFactory.suggestedActions(buttons, text.CATEGORY_PROMPT),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.categoryRetry(formMessage.ok ? '' : formMessage.message)),
    });
  }

  /** A question carried over from the chat is shown for confirmation; it may be kept or rewritten. */
  private async questionConfirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    values.draft.category = this.categoryId(String(step.result)) ?? values.draft.category;
    const question = values.draft.question;
    if (!question || this.asking(values, 'question')) return step.next();
    if (values.draft.questionConfirmed) return step.next(text.QUESTION_KEEP);
    this.setStepHelp(step, text.QUESTION_HELP);
    const prompt = MessageFactory.suggestedActions([text.QUESTION_KEEP, text.QUESTION_REWRITE], text.questionConfirmPrompt(question));
    return step.prompt(QUESTION_CONFIRM_PROMPT, { prompt });
  }

  private async questionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    const reply = step.result === undefined ? undefined : String(step.result);
    if (reply !== undefined && values.draft.question) {
      const form = compactText(reply);
      if (form === compactText(text.QUESTION_KEEP) || parseYesNo(reply) === true) return step.next(values.draft.question);
      if (form !== compactText(text.QUESTION_REWRITE) && parseYesNo(reply) !== false) {
        // Anything else typed here is the rewritten question itself.
        const check = this.intake.check('question', reply);
        if (check.ok) return step.next(check.value);
        await step.context.sendActivity(check.message);
      }
    }
    this.setStepHelp(step, text.QUESTION_HELP);
    return step.prompt(QUESTION_PROMPT, { prompt: text.QUESTION_PROMPT });
  }

  private async emailStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    values.draft.question = this.cleaned('question', String(step.result));
    values.draft.questionConfirmed = true;
    if (values.draft.email && !this.asking(values, 'email')) return step.next(values.draft.email);
    this.setStepHelp(step, text.EMAIL_HELP);
    return step.prompt(EMAIL_PROMPT, { prompt: text.EMAIL_PROMPT });
  }

  private async phoneStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    values.draft.email = this.cleaned('email', String(step.result));
    if (values.draft.phoneAsked && !this.asking(values, 'phone')) return step.next(values.draft.phone ?? '');
    this.setStepHelp(step, text.PHONE_HELP);
    return step.prompt(PHONE_PROMPT, { prompt: MessageFactory.suggestedActions([text.PHONE_NONE], text.PHONE_PROMPT) });
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    const phone = isNoPhone(String(step.result)) ? undefined : this.cleaned('phone', String(step.result));
    values.draft.phoneAsked = true;
    if (phone) values.draft.phone = phone;
    else delete values.draft.phone;
    values.editing = undefined;
    this.setStepHelp(step, text.CONFIRM_HELP);
    const draft = values.draft;
    const category = this.intake.categories.find((option) => option.id === draft.category)?.label ?? '';
    const card = {
      title: text.CARD_TITLE,
      facts: [
        { label: text.FACT_CATEGORY, value: category },
        { label: text.FACT_QUESTION, value: draft.question ?? '' },
        { label: text.FACT_EMAIL, value: draft.email ?? '' },
        { label: text.FACT_PHONE, value: draft.phone ?? text.PHONE_NOT_GIVEN },
      ],
    };
    const buttons = [text.SUBMIT, text.EDIT];
    return step.prompt(CONFIRM_PROMPT, {
      prompt: cardMessage(text.CONFIRM_TEXT, card, buttons),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.CONFIRM_RETRY),
    });
  }

  private async submitStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    if (this.confirmChoice(String(step.result)) === 'edit') {
      this.setStepHelp(step, text.EDIT_HELP);
      const buttons = EDITABLE.map((field) => text.EDIT_FIELDS[field]);
      return step.prompt(EDIT_PROMPT, {
        prompt: MessageFactory.suggestedActions(buttons, text.EDIT_PROMPT),
        retryPrompt: MessageFactory.suggestedActions(buttons, text.EDIT_PROMPT),
      });
    }
    const draft = values.draft;
    let submission;
    try {
      submission = await this.intake.submit(
        { category: draft.category ?? '', question: draft.question ?? '', email: draft.email ?? '', ...(draft.phone ? { phone: draft.phone } : {}) },
        values.request,
      );
    } catch {
      // Nothing typed is lost: the confirmation comes again and 送信する retries.
      await step.context.sendActivity(text.SUBMIT_FAILED);
      return this.restart(step, undefined);
    }
    if (!submission.ok) {
      const field = EDITABLE.find((name) => submission.errors[name]) ?? 'question';
      await step.context.sendActivity(`${text.STALE_FIELD}${submission.errors[field] ?? ''}`);
      return this.restart(step, field);
    }
    await step.context.sendActivity(text.receipt(submission.receipt.number, submission.receipt.statusUrl));
    return step.endDialog({ outcome: 'completed', summary: submission.receipt.number } satisfies OperationDialogResult);
  }

  private async editStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.restart(step, editedField(String(step.result)));
  }

  private restart(step: WaterfallStepContext, editing: InquiryField | undefined): Promise<DialogTurnResult> {
    const values = step.values as InquiryValues;
    const draft = { ...values.draft, ...(editing === 'question' ? { questionConfirmed: false } : {}) };
    return step.replaceDialog(WATERFALL, { draft, editing, request: values.request } satisfies InquiryDialogOptions);
  }

  private asking(values: InquiryValues, field: InquiryField): boolean {
    return values.editing === field;
  }

  private categoryId(reply: string): string | undefined {
    const form = compactText(reply);
    if (!form) return undefined;
    const categories = this.intake.categories;
    const index = /^\d+$/.test(form) ? Number(form) - 1 : -1;
    if (index >= 0 && index < categories.length) return categories[index].id;
    const exact = categories.find((option) => compactText(option.label) === form || option.id === form);
    if (exact) return exact.id;
    // 「操作方法」「請求」: a unique part of one label is enough.
    const partial = categories.filter((option) => form.length >= 2 && compactText(option.label).includes(form));
    return partial.length === 1 ? partial[0].id : undefined;
  }

  private async validateCategory(prompt: PromptValidatorContext<string>): Promise<boolean> {
    return prompt.recognized.succeeded && this.categoryId(prompt.recognized.value ?? '') !== undefined;
  }

  /** Re-prompts with the form's own message for the field (「メールアドレスの形式が正しくありません…」). */
  private async validateField(field: InquiryField, prompt: PromptValidatorContext<string>): Promise<boolean> {
    const check = this.intake.check(field, prompt.recognized.value ?? '');
    if (check.ok) return true;
    await prompt.context.sendActivity(check.message);
    return false;
  }

  private async validatePhone(prompt: PromptValidatorContext<string>): Promise<boolean> {
    if (isNoPhone(prompt.recognized.value ?? '')) return true;
    const check = this.intake.check('phone', prompt.recognized.value ?? '');
    if (check.ok) return true;
    await prompt.context.sendActivity(
      MessageFactory.suggestedActions([text.PHONE_NONE], check.message),
    );
    return false;
  }

  private cleaned(field: InquiryField, input: string): string | undefined {
    const check = this.intake.check(field, input);
    return check.ok ? check.value : input;
  }

  private confirmChoice(reply: string | undefined): 'submit' | 'edit' | undefined {
    const form = compactText(reply ?? '');
    if (form === compactText(text.SUBMIT) || form === compactText('送信') || parseYesNo(reply) === true) return 'submit';
    if (form === compactText(text.EDIT) || form === compactText('修正') || form === compactText('直す')) return 'edit';
    return undefined;
  }
}

function editedField(reply: string | undefined): InquiryField | undefined {
  const form = compactText(reply ?? '');
  if (!form) return undefined;
  const aliases: Record<InquiryField, string[]> = {
    category: [text.EDIT_FIELDS.category, 'お問い合わせの種類', 'カテゴリ'],
    question: [text.EDIT_FIELDS.question, 'お問い合わせ内容', '質問'],
    email: [text.EDIT_FIELDS.email, 'メール', 'email'],
    phone: [text.EDIT_FIELDS.phone, '電話'],
  };
  return EDITABLE.find((field) => aliases[field].some((alias) => compactText(alias) === form));
}

function isNoPhone(reply: string): boolean {
  const form = compactText(reply);
  return form === '' || text.PHONE_NONE_WORDS.some((word) => compactText(word) === form);
}
