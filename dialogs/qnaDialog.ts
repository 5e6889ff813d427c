/**
 * Answers a question from the knowledge base: an answer card with its source, 「もしかして」 when the
 * best candidates are close, related questions as buttons, 「解決しましたか？」 feedback, and the
 * inquiry form when the bot cannot help. Anything the user types instead of answering a button
 * (a new question, 「担当者」…) ends this dialog with `reroute`, and MainDialog routes it afresh -
 * except a text MainDialog would route straight back here as a question (see answerNewQuestionsHere).
 */
import { MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  TextPrompt,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { KnowledgeBase, KnowledgeSection, SearchResult } from './ports/knowledgeBase';
import type { Role } from './ports/identity';
import { answerCard, shortTitle } from './answerCard';
import { ConversationRecords, type RecordContext, type UnansweredReason } from './conversationRecords';
import { parseYesNo } from './globalCommands';
import { compactText } from './japaneseText';
import { getTurnServices, getUserIdentity } from './turnServices';
import * as text from './qnaMessages';

export const QNA_DIALOG = 'qnaDialog';
const QNA_WATERFALL = 'qnaWaterfall';
const CHOICE_PROMPT = 'qnaChoicePrompt';
const FEEDBACK_PROMPT = 'qnaFeedbackPrompt';

const SEARCH_LIMIT = 5;
const MAX_CHOICES = 3;
const MAX_RELATED = 3;
/** Second candidate scoring at least this share of the first = the engine cannot tell them apart. */
const CLOSE_SCORE_RATIO = 0.95;

export interface QnaDialogOptions {
  question: string;
  /** Show this section directly (a related question button was pressed). */
  sectionId?: string;
}

export interface QnaDialogResult {
  /** Text the user typed instead of answering; MainDialog routes it as a new utterance. */
  reroute?: string;
}

export interface QnaDialogDependencies {
  knowledgeBase: KnowledgeBase;
  records: ConversationRecords;
  /** Base URL for site-relative links in cards. */
  linkBase?: string;
  now?: () => Date;
}

/** Waterfall values, persisted with the dialog state between turns. */
interface QnaValues {
  question: string;
  candidates?: string[];
  /** Other hits of the search, offered as related questions after the answer. */
  alternatives?: string[];
  sectionId?: string;
  related?: string[];
}

/** Whether MainDialog would route this text, typed while this dialog waits, to a new question. */
export type NewQuestionCheck = (context: TurnContext, utterance: string) => Promise<boolean>;

export class QnADialog extends ComponentDialog {
  private readonly now: () => Date;
  private isNewQuestion?: NewQuestionCheck;

  constructor(private readonly deps: QnaDialogDependencies) {
    super(QNA_DIALOG);
    this.now = deps.now ?? (() => new Date());
    this.addDialog(new TextPrompt(CHOICE_PROMPT))
      .addDialog(new TextPrompt(FEEDBACK_PROMPT))
      .addDialog(
        new WaterfallDialog(QNA_WATERFALL, [
          this.searchStep.bind(this),
          this.chooseStep.bind(this),
          this.answerStep.bind(this),
          this.feedbackStep.bind(this),
        ]),
      );
    this.initialDialogId = QNA_WATERFALL;
  }

  /**
   * Lets a new question typed at 「もしかして」 or 「解決しましたか？」 be answered by restarting this
   * dialog's own waterfall instead of ending it for MainDialog to route and begin it again: the user
   * sees and the records hold the same, with three dialog contexts, two waterfall steps and the
   * component end/begin fewer per such turn (the usual turn of someone asking one question after
   * another). MainDialog supplies the check, as the routing is its business.
   */
  answerNewQuestionsHere(check: NewQuestionCheck): void {
    this.isNewQuestion = check;
  }

  /** A typed reply that is not an answer to this dialog's prompt: answered here, or handed back. */
  private async leaveWith(step: WaterfallStepContext, reply: string): Promise<DialogTurnResult> {
    const question = reply.trim();
    if (this.isNewQuestion && (await this.isNewQuestion(step.context, question))) {
      return step.replaceDialog(QNA_WATERFALL, { question } satisfies QnaDialogOptions);
    }
    return step.endDialog({ reroute: reply } satisfies QnaDialogResult);
  }

  /** Searches; sure -> next step with the section, close candidates -> もしかして, nothing -> escalation. */
  private async searchStep(step: WaterfallStepContext<QnaDialogOptions>): Promise<DialogTurnResult> {
    const options = step.options;
    const values = step.values as QnaValues;
    values.question = options.question;
    if (options.sectionId && this.deps.knowledgeBase.get(options.sectionId)) return step.next(options.sectionId);

    const result = await this.deps.knowledgeBase.search(options.question, { role: searchRole(step.context), limit: SEARCH_LIMIT });
    if (result.escalate || result.hits.length === 0) {
      await this.unanswered(step.context, values.question, result.hits.length === 0 ? 'out-of-scope' : 'low-confidence', result);
      return step.endDialog({} satisfies QnaDialogResult);
    }
    const candidates = closeCandidates(result);
    values.alternatives = result.hits.map((hit) => hit.section.id);
    if (candidates.length < 2) return step.next(result.hits[0].section.id);

    values.candidates = candidates.map((section) => section.id);
    const list = candidates.map((section, index) => `${index + 1}. ${section.title}`).join('\n');
    const buttons = [...candidates.map(shortTitle), text.DID_YOU_MEAN_NONE];
    return step.prompt(CHOICE_PROMPT, { prompt: MessageFactory.suggestedActions(buttons, `${text.DID_YOU_MEAN}\n\n${list}`) });
  }

  /** Maps the もしかして reply to a section; a new question leaves this dialog. */
  private async chooseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as QnaValues;
    if (!values.candidates) return step.next(step.result);
    const reply = String(step.result ?? '');
    const candidates = values.candidates.map((id) => this.deps.knowledgeBase.get(id)).filter(isSection);
    if (compactText(reply) === compactText(text.DID_YOU_MEAN_NONE)) {
      await this.unanswered(step.context, values.question, 'not-solved');
      return step.endDialog({} satisfies QnaDialogResult);
    }
    const chosen = pickCandidate(reply, candidates);
    if (!chosen) return this.leaveWith(step, reply);
    return step.next(chosen.id);
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as QnaValues;
    const section = this.deps.knowledgeBase.get(String(step.result));
    if (!section) {
      await this.unanswered(step.context, values.question, 'low-confidence');
      return step.endDialog({} satisfies QnaDialogResult);
    }
    values.sectionId = section.id;
    const related = this.relatedSections(section, values.alternatives ?? []);
    values.related = related.map((other) => other.id);
    const question = related.length > 0 ? `${text.SOLVED_QUESTION}\n\n${text.RELATED_HINT}` : text.SOLVED_QUESTION;
    const buttons = [text.SOLVED_YES, text.SOLVED_NO, ...related.map(shortTitle)];
    // One message: the answer card ends with the question, its buttons right under it.
    const answer = MessageFactory.attachment(answerCard(section, this.deps.linkBase, question));
    answer.suggestedActions = MessageFactory.suggestedActions(buttons).suggestedActions;
    return step.prompt(FEEDBACK_PROMPT, { prompt: answer });
  }

  private async feedbackStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const values = step.values as QnaValues;
    const reply = String(step.result ?? '');
    const related = (values.related ?? []).map((id) => this.deps.knowledgeBase.get(id)).filter(isSection);
    const relatedChosen = related.find((section) => compactText(shortTitle(section)) === compactText(reply));
    if (relatedChosen) {
      return step.replaceDialog(QNA_DIALOG, { question: reply, sectionId: relatedChosen.id } satisfies QnaDialogOptions);
    }
    const solved = parseYesNo(reply);
    if (solved === undefined) return this.leaveWith(step, reply);

    await this.deps.records.feedback(values.sectionId ?? '', values.question, solved, this.recordContext(step.context));
    if (solved) {
      await step.context.sendActivity(text.FEEDBACK_THANKS);
    } else {
      await this.unanswered(step.context, values.question, 'not-solved', undefined, values.sectionId);
    }
    return step.endDialog({} satisfies QnaDialogResult);
  }

  /** The section's own related links first, then the search's runners-up; never the answer itself. */
  private relatedSections(section: KnowledgeSection, alternatives: string[]): KnowledgeSection[] {
    const seen = new Set([section.id]);
    const related: KnowledgeSection[] = [];
    for (const id of [...section.related, ...alternatives]) {
      const other = this.deps.knowledgeBase.get(id);
      if (!other || seen.has(other.id) || related.some((r) => shortTitle(r) === shortTitle(other))) continue;
      seen.add(other.id);
      related.push(other);
      if (related.length === MAX_RELATED) break;
    }
    return related;
  }

  /** Records the question for the support team and offers the inquiry form. */
  private async unanswered(
    context: TurnContext,
    question: string,
    reason: UnansweredReason,
    result?: SearchResult,
    sectionId?: string,
  ): Promise<void> {
    await this.deps.records.unanswered(question, reason, {
      ...this.recordContext(context),
      confidence: result?.confidence,
      topSectionId: sectionId ?? result?.hits[0]?.section.id,
    });
    await getTurnServices(context)?.offerEscalation(reason, question);
  }

  private recordContext(context: TurnContext): RecordContext {
    const user = getUserIdentity(context);
    return { role: user?.role, userId: user?.id, conversationId: context.activity.conversation?.id, at: this.now() };
  }
}

/** Support staff see every role's content; other roles get their own first (the engine filters). */
function searchRole(context: TurnContext): Role | undefined {
  const role = getUserIdentity(context)?.role;
  return role === 'support' ? undefined : role;
}

/**
 * Candidates the engine cannot tell apart. A runner-up the best answer itself links to (a FAQ and
 * the manual chapter it points to) says the same thing: no need to ask.
 */
function closeCandidates(result: SearchResult): KnowledgeSection[] {
  const [best, ...rest] = result.hits;
  if (!best || best.score <= 0) return best ? [best.section] : [];
  const close = rest
    .filter((hit) => hit.score >= best.score * CLOSE_SCORE_RATIO)
    .filter((hit) => !linked(best.section, hit.section));
  return [best, ...close].slice(0, MAX_CHOICES).map((hit) => hit.section);
}

function linked(a: KnowledgeSection, b: KnowledgeSection): boolean {
  const points = (from: KnowledgeSection, to: KnowledgeSection) =>
    from.related.some((id) => id === to.id || id === to.documentId) || from.documentId === to.documentId;
  return points(a, b) || points(b, a);
}

function pickCandidate(reply: string, candidates: KnowledgeSection[]): KnowledgeSection | undefined {
  const form = compactText(reply);
  const index = /^\d+$/.test(form) ? Number(form) - 1 : -1;
  if (index >= 0 && index < candidates.length) return candidates[index];
  return candidates.find((section) => compactText(shortTitle(section)) === form || compactText(section.title) === form);
}

function isSection(section: KnowledgeSection | undefined): section is KnowledgeSection {
  return section !== undefined;
}
