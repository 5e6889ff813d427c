/**
 * The types an operation dialog is written against (see operationDialog.ts for the shape):
 * what it is built with, the facility it acts for, the per-turn context its slot readers see,
 * the slot declarations and the state persisted between turns.
 */
import type { TurnContext } from 'botbuilder';
import type { CoreSystem, IsoDate } from '../../ports/coreSystem';
import type { FacilityType, UserIdentity } from '../../ports/identity';
import type { OperationDialogOptions } from '../../interruptibleDialog';
import type { SlotParse } from './slotPrompt';
import type { UnsettledSubmission } from './unsettledSubmission';
import type { ReadingOf } from './nameKeys';

/** What every operation dialog is built with (from the composition root). */
export interface OperationDependencies {
  core: CoreSystem;
  /** "Now" for today's date in Japan; injectable so tests can stand inside a cool. */
  now?: () => Date;
  /**
   * Reading (hiragana) of a run of kanji, so facility names typed in kana are found in a sentence
   * (the knowledge engine's analyzer); without it only the kind words of names are read.
   */
  readingOf?: ReadingOf;
}

/** The facility the operation acts for (the user's own, or the one a 市町村 user chose). */
export interface ActingFacility {
  id: string;
  name: string;
  facilityType: FacilityType;
  /** A 市町村 user entering on the facility's behalf (代理入力). */
  proxy: boolean;
}

/** What slot readers and hooks see on each turn (rebuilt every turn, never persisted). */
export interface OperationContext {
  turn: TurnContext;
  user: UserIdentity;
  facility: ActingFacility;
  today: IsoDate;
  core: CoreSystem;
  /** See OperationDependencies.readingOf. */
  readingOf?: ReadingOf;
}

export type SlotValues = Record<string, unknown>;

export interface SlotSpec<TSlots extends SlotValues, K extends keyof TSlots & string = keyof TSlots & string> {
  name: K;
  /** Label on the confirmation card and the 修正 buttons (「日付」). */
  label: string;
  /** Set by `prepare`, never asked (e.g. the cool of a 希望量). */
  auto?: boolean;
  /** The question; may depend on what is known. */
  prompt(ctx: OperationContext, slots: Partial<TSlots>): Promise<string> | string;
  /** What ヘルプ says while this slot is asked. */
  help: string;
  /** Buttons offered with the question (e.g. the lots in stock). */
  choices?(ctx: OperationContext, slots: Partial<TSlots>): Promise<string[]> | string[];
  /** Reads a reply to the question. */
  parse(text: string, ctx: OperationContext, slots: Partial<TSlots>): Promise<SlotParse<TSlots[K]>>;
  /**
   * Reads the value from the sentence that started the operation. `ok: false` = the user said
   * something unusable (the message is shown, then the slot is asked); undefined = not mentioned.
   */
  extract?(utterance: string, ctx: OperationContext, slots: Partial<TSlots>): Promise<(SlotParse<TSlots[K]> & { text?: string }) | undefined>;
  format(value: TSlots[K], slots: Partial<TSlots>): string;
}

export interface SlotProblem<TSlots> {
  slot: keyof TSlots & string;
  message: string;
}

/** Persisted between turns (JSON only). */
export interface OperationState<TSlots extends SlotValues> extends OperationDialogOptions {
  facility?: ActingFacility;
  prepared?: boolean;
  slots: Partial<TSlots>;
  /** The slot being asked right now. */
  asking?: keyof TSlots & string;
  /** The slot the user chose to correct (its question mentions the current value). */
  correcting?: keyof TSlots & string;
  /** The value being corrected, as shown (so its question can mention it). */
  previousValue?: string;
  /** Created when the operation begins; with the content it determines the idempotency key. */
  instanceId?: string;
  /**
   * A submission whose outcome is unknown (5xx, timeout, reset): every later submission of this
   * instance reuses its key, so a corrected one cannot add a second record (unsettledSubmission.ts).
   */
  unsettled?: UnsettledSubmission<TSlots>;
  /**
   * How many registrations of this instance turned out to be in the core already (after an unknown
   * outcome); part of the key, so registering corrected values again gets a key of its own.
   */
  correctionRound?: number;
  stage: 'collect' | 'submit';
}

/**
 * How an operation corrects a registration already in the core, when an earlier attempt whose
 * answer was lost turns out to be registered and the user has since changed values.
 */
export type RegisteredCorrection =
  /** Registering the new values replaces the registered ones (希望量, 累計, facility fields); `note` says so and it is offered. */
  | { kind: 'register-again'; note: string }
  /** Registering again would add a second record (移送, 廃棄…): `message` explains how to correct instead. */
  | { kind: 'explain'; message: string };
