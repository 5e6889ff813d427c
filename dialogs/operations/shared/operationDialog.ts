/**
 * The one shape every guided operation shares (STYLE.md, synthesis 3):
 *
 *   acting facility (a 市町村 user first chooses the facility: 代理入力)
 *   -> prepare (what the core says before anything is asked: open cool, last cumulative count…)
 *   -> fill slots from the first sentence, then prompt only for what is missing
 *      (each re-prompt says what was wrong)
 *   -> validate the whole record against the core's rules
 *   -> confirm: a card with every value; 登録する / 修正 (one value, nothing else is lost) / キャンセル
 *   -> submit with an idempotency key derived from the conversation, this operation instance and
 *      the confirmed content (idempotencyKey.ts): the same content always gets the same key
 *   -> result card.
 *
 * On a CoreSystemError the values stay; the user sees the core's Japanese `detail` and may 再試行
 * (same key: never a duplicate), 修正, or あとで. When the outcome is unknown (5xx, timeout, reset:
 * the core may have done the work) that key is kept for every later submission of the instance, so
 * a corrected submission either registers (the first attempt had not) or is refused as "key used"
 * (it had): the user is then shown what was registered and offered the operation's own way to
 * correct it (`registeredCorrection`) instead of a second record (unsettledSubmission.ts).
 * あとで (also accepted at the confirmation) ends
 * the operation and hands its whole state back in the result (`parked`); MainDialog keeps it in
 * conversation state (parkedOperations.ts) so questions are answered in between, and 「再開」 begins
 * the operation again with that state: validate -> confirmation -> the same key. A refusal
 * ('forbidden') is explained and ends the operation.
 *
 * A subclass declares its slots (typed), and implements `prepare`, `validate`, `submit`; the
 * steps below never change. Read-only operations (分配量の確認) set `confirmBeforeSubmit = false`.
 * Everything the dialog remembers is in the waterfall's options object (`OperationState`), which
 * `replaceDialog` carries from one loop to the next; nothing is kept in module variables.
 *
 * The types a subclass is written against are in operationTypes.ts (re-exported here); reading
 * the confirmation and retry answers is in operationAnswers.ts.
 */
import { randomUUID } from 'node:crypto';
import { MessageFactory, type TurnContext } from 'botbuilder';
import { WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CoreSystemError, type CoreSystem, type FacilitySummary, type IsoDate } from '../../ports/coreSystem';
import type { FacilityType, UserIdentity } from '../../ports/identity';
import { InterruptibleDialog, type OperationDialogResult } from '../../interruptibleDialog';
import { getUserIdentity } from '../../turnServices';
import type { ParkedOperation, ParkingResult } from '../../parkedOperations';
import { matchFacilities } from './facilityMatch';
import { findFacilityMention } from './facilityMention';
import type { ReadingOf } from './nameKeys';
import { operationIdempotencyKey } from './idempotencyKey';
import { todayInJapan } from './japaneseDate';
import { cardMessage, type CardContent, type Fact } from './operationCard';
import { sharedMessages as text } from './messages';
import { SlotPrompt, type SlotParse } from './slotPrompt';
import {
  readConfirmAnswer,
  readRegisterAgainAnswer,
  readRetryAnswer,
  readSlotLabel,
  type ConfirmAnswer,
  type RegisterAgainAnswer,
  type RetryAnswer,
} from './operationAnswers';
import type { ActingFacility, OperationContext, OperationDependencies, OperationState, RegisteredCorrection, SlotProblem, SlotSpec, SlotValues } from './operationTypes';
import { findRegisteredAttempt, isKeyAlreadyUsed, isUnknownOutcome, withUnknownAttempt } from './unsettledSubmission';

export type { ActingFacility, OperationContext, OperationDependencies, OperationState, RegisteredCorrection, SlotProblem, SlotSpec, SlotValues } from './operationTypes';

const WATERFALL = 'operation-steps';
const SLOT_PROMPT = 'operation-slot';
const FACILITY_PROMPT = 'operation-facility';
const CONFIRM_PROMPT = 'operation-confirm';
const WHICH_PROMPT = 'operation-which-slot';
const RETRY_PROMPT = 'operation-retry';
const REGISTER_AGAIN_PROMPT = 'operation-register-again';

export abstract class OperationDialog<TSlots extends SlotValues> extends InterruptibleDialog {
  /** In the order they are asked. */
  protected abstract readonly slots: ReadonlyArray<SlotSpec<TSlots>>;
  /** For role 'facility' and proxy choice: facility types this operation is for (undefined = all). */
  protected readonly facilityTypes?: FacilityType[];
  /** Whether a 市町村 user may act for a facility (代理入力); transfers are the facility's own. */
  protected readonly allowsProxy: boolean = true;
  /** False for read-only operations: no confirmation card, no idempotency key. */
  protected readonly confirmBeforeSubmit: boolean = true;

  protected readonly core: CoreSystem;
  private readonly now: () => Date;
  private readonly readingOf?: ReadingOf;

  protected constructor(id: string, menuLabel: string, dependencies: OperationDependencies) {
    super(id, menuLabel);
    this.core = dependencies.core;
    this.now = dependencies.now ?? (() => new Date());
    this.readingOf = dependencies.readingOf;
    this.addDialog(new SlotPrompt(SLOT_PROMPT, (context, reply, request) => this.readSlot(context, reply, request)));
    this.addDialog(new SlotPrompt(FACILITY_PROMPT, (context, reply) => this.readFacility(context, reply)));
    this.addDialog(new SlotPrompt(CONFIRM_PROMPT, async (_context, reply) => readConfirmAnswer(reply, this.promptableLabels())));
    this.addDialog(new SlotPrompt(WHICH_PROMPT, async (_context, reply) => readSlotLabel(reply, this.promptableLabels())));
    this.addDialog(new SlotPrompt(RETRY_PROMPT, async (_context, reply) => readRetryAnswer(reply)));
    this.addDialog(new SlotPrompt(REGISTER_AGAIN_PROMPT, async (_context, reply) => readRegisterAgainAnswer(reply)));
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.actingFacilityStep.bind(this),
        this.prepareStep.bind(this),
        this.fillSlotStep.bind(this),
        this.slotFilledStep.bind(this),
        this.validateStep.bind(this),
        this.confirmStep.bind(this),
        this.confirmAnswerStep.bind(this),
        this.correctionStep.bind(this),
        this.submitStep.bind(this),
        this.retryAnswerStep.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  // ---- hooks for each operation --------------------------------------------------------------

  /**
   * Runs once, after the facility is known and before any slot is read: load what the questions
   * need, set `auto` slots, tell the user what matters (「前回登録した累計は…」). Return a message to
   * end the operation instead (e.g. no cool open for 希望量).
   */
  protected async prepare(_ctx: OperationContext, _slots: Partial<TSlots>): Promise<{ stop?: string } | void> {
    return undefined;
  }

  /** Whole-record checks against the core's rules, before the confirmation. */
  protected abstract validate(ctx: OperationContext, slots: TSlots): Promise<SlotProblem<TSlots>[]>;

  /** The CoreSystem call; returns the result card. */
  protected abstract submit(ctx: OperationContext, slots: TSlots, idempotencyKey: string): Promise<CardContent>;

  /**
   * How a registration of this operation already in the core is corrected, when an earlier attempt
   * whose answer was lost turns out to be registered (`registered`, undefined when it could not be
   * read back) and the user has since confirmed other values (`wanted`). The default explains that it
   * cannot be changed here: registering again would add a second record. Operations whose
   * registration is replaced by registering again (希望量, 累計の接種実績, facility fields) say so.
   */
  protected registeredCorrection(_ctx: OperationContext, _registered: Partial<TSlots> | undefined, _wanted: TSlots): RegisteredCorrection {
    return { kind: 'explain', message: text.correctionNotHere(this.menuLabel) };
  }

  /** A warning shown on the confirmation card (e.g. a cumulative count lower than the last one). */
  protected async confirmationNote(_ctx: OperationContext, _slots: TSlots): Promise<string | undefined> {
    return undefined;
  }

  // ---- steps ---------------------------------------------------------------------------------

  private async actingFacilityStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    if (state.facility) return step.next();
    const user = getUserIdentity(step.context);
    if (!user) return this.stop(step, text.signInRequired(this.menuLabel));
    if (user.role === 'facility') {
      const facilityType = user.facilityType ?? (await this.ownFacilityType(user));
      state.facility = { id: user.organizationId, name: user.organizationName, facilityType, proxy: false };
      return step.next();
    }
    if (user.role !== 'municipality' || !this.allowsProxy) return this.stop(step, text.roleNotOffered(this.menuLabel));
    const eligible = await this.proxyCandidates(user);
    if (eligible.length === 0) return this.stop(step, text.noEligibleFacility(this.menuLabel));
    // 「A病院の接種実績を…」: a facility named in the sentence, as users name it (facilityMention.ts).
    // Only the user's own municipality's facilities are eligible; one named elsewhere is not found.
    const said = state.utterance
      ? findFacilityMention(state.utterance, eligible, { readingOf: this.readingOf, areaOf: () => user.organizationName })
      : { kind: 'none' as const };
    if (said.kind === 'one') {
      state.facility = toActingFacility(said.facility);
      await step.context.sendActivity(text.actingFor(said.facility.name));
      return step.next();
    }
    this.setStepHelp(step, text.chooseFacilityHelp);
    // Several named: say so, and offer those first.
    const named = said.kind === 'several' ? said.facilities : [];
    if (named.length > 0) await step.context.sendActivity(text.facilityAmbiguous(named.length));
    const buttons = [...named, ...eligible.filter((f) => !named.includes(f))].slice(0, 10).map((f) => f.name);
    return step.prompt(FACILITY_PROMPT, {
      prompt: MessageFactory.suggestedActions(buttons, text.chooseFacility),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.chooseFacility),
    });
  }

  private async prepareStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    if (!state.facility) {
      const chosen = step.result as FacilitySummary;
      state.facility = toActingFacility(chosen);
      await step.context.sendActivity(text.actingFor(chosen.name));
    }
    if (state.prepared) return step.next();
    const ctx = this.contextOf(step, state);
    const outcome = await this.guard(step, () => this.prepare(ctx, state.slots));
    if (outcome.failed) return outcome.failed;
    if (outcome.value?.stop) return this.stop(step, outcome.value.stop, 'completed');
    state.prepared = true;
    if (state.utterance) {
      const extracted = await this.guard(step, () => this.extractAll(ctx, state));
      if (extracted.failed) return extracted.failed;
    }
    return step.next();
  }

  private async fillSlotStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    const slot = this.slots.find((s) => !s.auto && state.slots[s.name] === undefined);
    if (!slot) return step.next();
    const ctx = this.contextOf(step, state);
    const loaded = await this.guard(step, async () => {
      let question = await slot.prompt(ctx, state.slots);
      if (state.correcting === slot.name) {
        if (state.previousValue) question = `${text.correctingSlot(slot.label, state.previousValue)}\n${question}`;
      }
      return { question, buttons: slot.choices ? await slot.choices(ctx, state.slots) : [] };
    });
    if (loaded.failed) return loaded.failed;
    const { question, buttons } = loaded.value;
    state.asking = slot.name;
    this.setStepHelp(step, slot.help);
    const activity = buttons.length > 0 ? MessageFactory.suggestedActions(buttons, question) : MessageFactory.text(question);
    return step.prompt(SLOT_PROMPT, { prompt: activity, retryPrompt: activity, validations: { slot: slot.name, slots: state.slots, facility: state.facility } });
  }

  private async slotFilledStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    if (state.asking !== undefined && step.result !== undefined) {
      (state.slots as SlotValues)[state.asking] = step.result;
      state.asking = undefined;
      state.correcting = undefined;
      state.previousValue = undefined;
      return step.replaceDialog(WATERFALL, state);
    }
    return step.next();
  }

  private async validateStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    if (state.stage !== 'collect') return step.next();
    const ctx = this.contextOf(step, state);
    const checked = await this.guard(step, () => this.validate(ctx, state.slots as TSlots));
    if (checked.failed) return checked.failed;
    if (checked.value.length === 0) return step.next();
    for (const problem of checked.value) {
      await step.context.sendActivity(problem.message);
      delete state.slots[problem.slot];
    }
    return step.replaceDialog(WATERFALL, state);
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    if (state.stage !== 'collect' || !this.confirmBeforeSubmit) return step.next({ action: 'submit' } satisfies ConfirmAnswer);
    const ctx = this.contextOf(step, state);
    const noted = await this.guard(step, () => this.confirmationNote(ctx, state.slots as TSlots));
    if (noted.failed) return noted.failed;
    const facility = state.facility!;
    const question = facility.proxy ? text.confirmQuestionProxy(this.menuLabel, facility.name) : text.confirmQuestion(this.menuLabel);
    const card: CardContent = { title: this.menuLabel, facts: this.facts(state), note: noted.value };
    const buttons = [text.submitLabel, text.correctLabel, text.cancelLabel];
    this.setStepHelp(step, text.confirmHelp);
    return step.prompt(CONFIRM_PROMPT, {
      prompt: cardMessage(question, card, buttons),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.confirmRetry),
    });
  }

  private async confirmAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as ConfirmAnswer;
    if (answer.action === 'later') return this.park(step, this.stateOf(step));
    if (answer.action === 'submit') return step.next(answer);
    if (answer.slot) return step.next(answer);
    const labels = this.promptableLabels();
    this.setStepHelp(step, text.whichSlotHelp);
    return step.prompt(WHICH_PROMPT, {
      prompt: MessageFactory.suggestedActions(labels, text.whichSlot),
      retryPrompt: MessageFactory.suggestedActions(labels, text.whichSlotRetry),
    });
  }

  private async correctionStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    const answer = (typeof step.result === 'string' ? { action: 'correct', slot: step.result } : step.result) as ConfirmAnswer;
    if (answer.action !== 'correct') return step.next();
    const slot = this.slots.find((s) => s.label === answer.slot);
    if (slot) {
      state.correcting = slot.name;
      state.previousValue = slot.format(state.slots[slot.name] as TSlots[typeof slot.name], state.slots);
      delete state.slots[slot.name];
    }
    state.stage = 'collect';
    return step.replaceDialog(WATERFALL, state);
  }

  private async submitStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    const buttons = [text.retryLabel, text.correctLabel, text.laterLabel];
    state.stage = 'submit';
    const ctx = this.contextOf(step, state);
    const key = this.idempotencyKeyOf(step, state);
    try {
      const result = await this.submit(ctx, state.slots as TSlots, key);
      await step.context.sendActivity(cardMessage(result.title, result));
      const done: OperationDialogResult = { outcome: 'completed', summary: this.menuLabel };
      return step.endDialog(done);
    } catch (error) {
      const problem = asCoreError(error);
      if (state.unsettled && isKeyAlreadyUsed(problem)) return this.earlierAttemptRegistered(step, state, ctx);
      if (problem.kind === 'forbidden' || problem.kind === 'unauthorized') return this.stop(step, text.failedForbidden(problem.detail));
      const unreachable = isUnknownOutcome(problem);
      // The core may have done the work: this key stays for every later submission of the instance.
      if (unreachable) state.unsettled = withUnknownAttempt(state.unsettled, key, state.slots);
      await step.context.sendActivity(unreachable ? text.failedUnavailable : text.failed(problem.detail));
      this.setStepHelp(step, text.retryHelp);
      return step.prompt(RETRY_PROMPT, {
        prompt: MessageFactory.suggestedActions(buttons, text.retryQuestion),
        retryPrompt: MessageFactory.suggestedActions(buttons, text.retryRetry),
      });
    }
  }

  /**
   * A corrected submission was refused because the kept key already holds a registration: the
   * earlier attempt did take effect. Shows what was registered (the core's stored result, replayed)
   * and, when registering again is how this operation corrects, offers it with a key of its own;
   * otherwise explains how to correct and ends (a registration exists: 'completed').
   */
  private async earlierAttemptRegistered(step: WaterfallStepContext, state: OperationState<TSlots>, ctx: OperationContext): Promise<DialogTurnResult> {
    const unsettled = state.unsettled!;
    const registered = await findRegisteredAttempt(unsettled, (slots) => this.submit(ctx, slots as TSlots, unsettled.key));
    state.unsettled = undefined;
    state.correctionRound = (state.correctionRound ?? 0) + 1;
    await step.context.sendActivity(text.earlierRegistered(this.menuLabel));
    const facts = !registered.found ? undefined : (registered.result?.facts ?? this.facts({ ...state, slots: registered.slots }));
    if (facts) await step.context.sendActivity(cardMessage(text.registeredTitle, { title: text.registeredTitle, facts }));
    else await step.context.sendActivity(text.registeredContentUnknown);
    const correction = this.registeredCorrection(ctx, registered.found ? registered.slots : undefined, state.slots as TSlots);
    if (correction.kind === 'explain') return this.stop(step, correction.message, 'completed');
    const buttons = [text.registerAgainLabel, text.keepRegisteredLabel];
    this.setStepHelp(step, text.registerAgainHelp);
    return step.prompt(REGISTER_AGAIN_PROMPT, {
      prompt: cardMessage(text.registerAgainQuestion(correction.note), { title: text.correctedTitle, facts: this.facts(state) }, buttons),
      retryPrompt: MessageFactory.suggestedActions(buttons, text.registerAgainRetry),
    });
  }

  private async retryAnswerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.stateOf(step);
    const answer = step.result as RetryAnswer | RegisterAgainAnswer;
    if (answer === 'later') return this.park(step, state);
    if (answer === 'keep-registered') return this.stop(step, text.keptRegistered(this.menuLabel), 'completed');
    state.stage = answer === 'retry' || answer === 'register-again' ? 'submit' : 'collect';
    return step.replaceDialog(WATERFALL, state);
  }

  /** あとで: end now, handing back everything needed to resume at the confirmation with the same key. */
  private async park(step: WaterfallStepContext, state: OperationState<TSlots>): Promise<DialogTurnResult> {
    await step.context.sendActivity(text.parked(this.menuLabel));
    const options = { ...state, stage: 'collect', asking: undefined, correcting: undefined, previousValue: undefined } as OperationState<TSlots>;
    const parked: ParkedOperation = { operationId: this.id, menuLabel: this.menuLabel, options: JSON.parse(JSON.stringify(options)), parkedAt: new Date().toISOString() };
    const result: ParkingResult = { outcome: 'cancelled', summary: this.menuLabel, parked };
    return step.endDialog(result);
  }

  /** キャンセル after a lost answer must not claim that nothing was registered. */
  protected override mayHaveRegistered(innerDc: DialogContext): boolean {
    const waterfall = innerDc.stack.find((instance) => instance.id === WATERFALL);
    return Boolean((waterfall?.state as { options?: OperationState<TSlots> } | undefined)?.options?.unsettled);
  }

  // ---- readers -------------------------------------------------------------------------------

  private async readSlot(context: TurnContext, reply: string, request: unknown): Promise<SlotParse<unknown>> {
    const { slot: name, slots, facility } = request as { slot: string; slots: Partial<TSlots>; facility: ActingFacility };
    const slot = this.slots.find((s) => s.name === name);
    const user = getUserIdentity(context);
    if (!slot || !user) return { ok: false, message: text.signInRequired(this.menuLabel) };
    try {
      return await slot.parse(reply, { turn: context, user, facility, today: this.today(), core: this.core, readingOf: this.readingOf }, slots);
    } catch (error) {
      return { ok: false, message: error instanceof CoreSystemError ? error.detail : text.lookupFailed };
    }
  }

  private async readFacility(context: TurnContext, reply: string): Promise<SlotParse<FacilitySummary>> {
    const user = getUserIdentity(context);
    if (!user) return { ok: false, message: text.signInRequired(this.menuLabel) };
    try {
      const eligible = await this.proxyCandidates(user);
      const { candidates } = matchFacilities(reply, eligible);
      if (candidates.length === 1) return { ok: true, value: candidates[0] };
      if (candidates.length === 0) {
        // Kana, another kind word or a typo (「えーびょういん」「A医院」) as the answer.
        const mention = findFacilityMention(reply, eligible, { readingOf: this.readingOf, areaOf: () => user.organizationName });
        if (mention.kind === 'one') return { ok: true, value: mention.facility };
        if (mention.kind === 'several') return { ok: false, message: text.facilityAmbiguous(mention.facilities.length) };
      }
      if (candidates.length === 0) return { ok: false, message: text.facilityNotFound(reply.trim()) };
      return { ok: false, message: text.facilityAmbiguous(candidates.length) };
    } catch (error) {
      return { ok: false, message: error instanceof CoreSystemError ? error.detail : text.lookupFailed };
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  protected today(): IsoDate {
    return todayInJapan(this.now());
  }

  private stateOf(step: WaterfallStepContext): OperationState<TSlots> {
    const options = step.options as OperationState<TSlots>;
    options.slots ??= {};
    options.stage ??= 'collect';
    options.instanceId ??= randomUUID();
    return options;
  }

  /** The kept key after an unknown outcome; otherwise derived from the instance and its content. */
  private idempotencyKeyOf(step: WaterfallStepContext, state: OperationState<TSlots>): string {
    if (state.unsettled) return state.unsettled.key;
    return operationIdempotencyKey({
      conversationId: step.context.activity.conversation?.id ?? '',
      instanceId: state.instanceId!,
      operationId: this.id,
      facilityId: state.facility!.id,
      slots: state.slots,
      correctionRound: state.correctionRound || undefined,
    });
  }

  private contextOf(step: WaterfallStepContext, state: OperationState<TSlots>): OperationContext {
    const user = getUserIdentity(step.context);
    if (!user) throw new CoreSystemError('unauthorized', 'urn:vsys-assistant:problem:unauthenticated', text.signInRequired(this.menuLabel));
    return { turn: step.context, user, facility: state.facility!, today: this.today(), core: this.core, readingOf: this.readingOf };
  }

  private async extractAll(ctx: OperationContext, state: OperationState<TSlots>): Promise<void> {
    let rest = state.utterance ?? '';
    for (const slot of this.slots) {
      if (slot.auto || !slot.extract || state.slots[slot.name] !== undefined) continue;
      const found = await slot.extract(rest, ctx, state.slots);
      if (!found) continue;
      if (found.text) rest = rest.replace(found.text, ' ');
      if (found.ok) (state.slots as SlotValues)[slot.name] = found.value;
      else await ctx.turn.sendActivity(found.message);
    }
  }

  private facts(state: OperationState<TSlots>): Fact[] {
    const facts: Fact[] = [];
    if (state.facility?.proxy) facts.push({ label: text.labelFacility, value: `${state.facility.name}（代理入力）` });
    for (const slot of this.slots) {
      const value = state.slots[slot.name];
      if (value !== undefined) facts.push({ label: slot.label, value: slot.format(value as TSlots[typeof slot.name], state.slots) });
    }
    return facts;
  }

  private promptableLabels(): string[] {
    return this.slots.filter((s) => !s.auto).map((s) => s.label);
  }

  private async ownFacilityType(user: UserIdentity): Promise<FacilityType> {
    try {
      return (await this.core.getFacility(user, user.organizationId)).facilityType;
    } catch {
      return 'basic';
    }
  }

  private async proxyCandidates(user: UserIdentity): Promise<FacilitySummary[]> {
    const facilities = await this.core.listFacilities(user, user.organizationId);
    return facilities.filter((f) => !this.facilityTypes || this.facilityTypes.includes(f.facilityType));
  }

  /** Runs a hook; a CoreSystemError becomes a message and the end of the operation. */
  private async guard<T>(step: WaterfallStepContext, run: () => Promise<T>): Promise<{ value: T; failed?: undefined } | { failed: DialogTurnResult; value?: undefined }> {
    try {
      return { value: await run() };
    } catch (error) {
      const problem = asCoreError(error);
      const message = problem.kind === 'forbidden' || problem.kind === 'unauthorized' ? text.failedForbidden(problem.detail) : problem.detail;
      return { failed: await this.stop(step, message) };
    }
  }

  private async stop(step: WaterfallStepContext, message: string, outcome: OperationDialogResult['outcome'] = 'failed'): Promise<DialogTurnResult> {
    await step.context.sendActivity(message);
    const result: OperationDialogResult = { outcome, summary: this.menuLabel };
    return step.endDialog(result);
  }
}

function toActingFacility(facility: FacilitySummary): ActingFacility {
  return { id: facility.id, name: facility.name, facilityType: facility.facilityType, proxy: true };
}

function asCoreError(error: unknown): CoreSystemError {
  if (error instanceof CoreSystemError) return error;
  return new CoreSystemError('unavailable', 'urn:vsys-assistant:problem:unexpected', text.lookupFailed);
}
