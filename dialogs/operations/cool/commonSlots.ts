/**
 * Slots the per-cool operations share: a past date, a lot number (held in stock, or just well
 * formed), a vial count (within the lot's stock when known) and the other facility of a
 * 移送・融通. Each reads both a reply and the sentence that started the operation.
 */
import type { FacilitySummary, LotStock } from '../../ports/coreSystem';
import type { OperationContext, SlotSpec, SlotValues } from '../shared/operationDialog';
import type { SlotParse } from '../shared/slotPrompt';
import { findJapaneseDate, formatJapaneseDate } from '../shared/japaneseDate';
import { findCountWithUnit, parseCount, VIAL_UNITS } from '../shared/japaneseNumber';
import { canonicalLotNumber, findLotNumber } from '../shared/lotNumber';
import { matchFacilities } from '../shared/facilityMatch';
import { findFacilityMention } from '../shared/facilityMention';
import { sharedMessages } from '../shared/messages';
import { coolMessages as text } from './messages';

type Spec<TSlots extends SlotValues> = SlotSpec<TSlots>;

/** The cool an operation is about, as the dialog keeps it in its slots. */
export interface CoolRef {
  id: string;
  name: string;
  registrationEnd: string;
}

/** The current cool: found by the dialog itself (never asked), shown on its card as `format` says. */
export function currentCoolSlot<TSlots extends SlotValues>(format: (cool: CoolRef) => string): Spec<TSlots> {
  return {
    name: 'cool',
    label: text.labelCool,
    auto: true,
    prompt: () => '',
    help: '',
    parse: async () => ({ ok: false, message: '' }),
    format: (cool) => format(cool as CoolRef),
  };
}

export interface FacilityRef {
  id: string;
  name: string;
}

// ---- date ------------------------------------------------------------------------------------

function readPastDate(said: string, ctx: OperationContext): (SlotParse<string> & { text?: string }) | undefined {
  const found = findJapaneseDate(said, ctx.today, { past: true });
  if (!found) return undefined;
  if (found.date > ctx.today) return { ok: false, message: sharedMessages.dateInFuture, text: found.text };
  return { ok: true, value: found.date, text: found.text };
}

/** A day that already happened (移送日, 接種日…): not in the future. */
export function pastDateSlot<TSlots extends SlotValues>(name: keyof TSlots & string, label: string): Spec<TSlots> {
  return {
    name,
    label,
    prompt: () => text.askDate(label),
    help: text.dateHelp(label),
    choices: () => [text.today, text.yesterday, text.dayBeforeYesterday],
    parse: async (reply, ctx) => (readPastDate(reply, ctx) ?? { ok: false, message: sharedMessages.dateMissing }) as SlotParse<never>,
    extract: async (utterance, ctx) => readPastDate(utterance, ctx) as (SlotParse<never> & { text?: string }) | undefined,
    format: (value) => formatJapaneseDate(value as string),
  };
}

// ---- lot -------------------------------------------------------------------------------------

export async function lotsInStock(ctx: OperationContext): Promise<LotStock[]> {
  return (await ctx.core.getStock(ctx.user, ctx.facility.id)).lots;
}

async function readHeldLot(said: string, ctx: OperationContext): Promise<(SlotParse<string> & { text?: string }) | undefined> {
  const found = findLotNumber(said);
  if (!found) return undefined;
  const lots = await lotsInStock(ctx);
  const held = lots.find((lot) => canonicalLotNumber(lot.lotNumber) === found.lotNumber);
  if (held) return { ok: true, value: held.lotNumber, text: found.text };
  const message = lots.length > 0 ? text.lotNotHeld(found.lotNumber, lots.map((l) => l.lotNumber).join('、')) : text.lotNoneHeld;
  return { ok: false, message, text: found.text };
}

/** A lot the acting facility holds now (移送・融通, 廃棄): buttons list the lots in stock. */
export function heldLotSlot<TSlots extends SlotValues>(name: keyof TSlots & string): Spec<TSlots> {
  return {
    name,
    label: text.labelLot,
    prompt: () => text.askLot,
    help: text.lotHelp,
    choices: async (ctx) => (await lotsInStock(ctx)).map((lot) => text.lotButton(lot.lotNumber, lot.vials)),
    parse: async (reply, ctx) => ((await readHeldLot(reply, ctx)) ?? { ok: false, message: text.lotMissing }) as SlotParse<never>,
    extract: async (utterance, ctx) => (await readHeldLot(utterance, ctx)) as (SlotParse<never> & { text?: string }) | undefined,
    format: (value) => value as string,
  };
}

/** A lot number that only has to be well formed (融通受入: the core matches it with the sender's record). */
export function typedLotSlot<TSlots extends SlotValues>(name: keyof TSlots & string, help: string): Spec<TSlots> {
  const read = (said: string) => {
    const found = findLotNumber(said);
    return found ? { ok: true as const, value: found.lotNumber, text: found.text } : undefined;
  };
  return {
    name,
    label: text.labelLot,
    prompt: () => text.askLotTyped,
    help,
    parse: async (reply) => (read(reply) ?? { ok: false, message: text.lotMissing }) as SlotParse<never>,
    extract: async (utterance) => read(utterance) as (SlotParse<never> & { text?: string }) | undefined,
    format: (value) => value as string,
  };
}

// ---- vials -----------------------------------------------------------------------------------

/** Stock of the chosen lot, when the operation takes vials out of it. */
export async function lotStock(ctx: OperationContext, lotNumber: unknown): Promise<number | undefined> {
  if (typeof lotNumber !== 'string') return undefined;
  return (await lotsInStock(ctx)).find((lot) => lot.lotNumber === lotNumber)?.vials;
}

export function vialsSlot<TSlots extends SlotValues>(
  name: keyof TSlots & string,
  options: { label?: string; prompt?: string; help?: string; lotSlot?: keyof TSlots & string } = {},
): Spec<TSlots> {
  const limit = async (value: number, ctx: OperationContext, slots: Partial<TSlots>): Promise<SlotParse<number>> => {
    if (!options.lotSlot) return { ok: true, value };
    const max = await lotStock(ctx, slots[options.lotSlot]);
    if (max !== undefined && value > max) return { ok: false, message: text.vialsOverStock(String(slots[options.lotSlot]), max) };
    return { ok: true, value };
  };
  return {
    name,
    label: options.label ?? text.labelVials,
    prompt: async (ctx, slots) => options.prompt ?? text.askVials(options.lotSlot ? await lotStock(ctx, slots[options.lotSlot]) : undefined),
    help: options.help ?? text.vialsHelp,
    parse: async (reply, ctx, slots) => {
      const parsed = parseCount(reply);
      if (!parsed.ok) return { ok: false, message: sharedMessages.countProblem(text.vialsWhat, parsed.problem) } as SlotParse<never>;
      return (await limit(parsed.value, ctx, slots)) as SlotParse<never>;
    },
    extract: async (utterance) => {
      const parsed = findCountWithUnit(utterance, VIAL_UNITS);
      if (!parsed) return undefined;
      // Stock limits are checked in validate, once the lot is known for sure.
      return (parsed.ok ? { ok: true, value: parsed.value, text: parsed.text } : { ok: false, message: sharedMessages.countProblem(text.vialsWhat, parsed.problem) }) as SlotParse<never>;
    },
    format: (value) => text.vialsValue(value as number),
  };
}

// ---- the other facility ----------------------------------------------------------------------

/**
 * Facilities the acting one exchanges vaccine with (融通 goes between facilities, also across
 * municipalities): every other facility of its prefecture, its own municipality's first so the
 * buttons show the nearest ones. The core lets a facility list the facilities of its prefecture.
 */
export async function neighbourFacilities(ctx: OperationContext): Promise<FacilitySummary[]> {
  return (await neighbourhood(ctx)).facilities;
}

interface Neighbourhood {
  facilities: FacilitySummary[];
  /** Municipality names by id: users leave them out of facility names (「A病院」 for 千代田区A病院). */
  areas: Map<string, string>;
  ownArea?: string;
}

async function neighbourhood(ctx: OperationContext): Promise<Neighbourhood> {
  const own = await ctx.core.getFacility(ctx.user, ctx.facility.id);
  const municipalities = await ctx.core.listMunicipalities(ctx.user, own.prefectureId);
  const ordered = [own.municipalityId, ...municipalities.map((m) => m.id).filter((id) => id !== own.municipalityId)];
  const lists = await Promise.all(ordered.map((id) => ctx.core.listFacilities(ctx.user, id)));
  const areas = new Map(municipalities.map((m) => [m.id, m.name]));
  return { facilities: lists.flat().filter((f) => f.id !== ctx.facility.id), areas, ownArea: areas.get(own.municipalityId) };
}

/**
 * The other facility of a 移送・融通, from the first sentence (`sentence`) or as the answer to its
 * question. In a sentence it is found the way users name it (facilityMention.ts); the user's own
 * facility is never taken (「A病院からBクリニックへ」 names the receiver), and a sentence naming two
 * others is asked about. An answer is matched as typed first (a fragment lists candidates).
 */
async function readCounterpart(said: string, ctx: OperationContext, sentence: boolean): Promise<(SlotParse<FacilityRef> & { text?: string }) | undefined> {
  const { facilities, areas, ownArea } = await neighbourhood(ctx);
  const toRef = (f: FacilitySummary): FacilityRef => ({ id: f.id, name: f.name });
  const own = { id: ctx.facility.id, name: ctx.facility.name, area: ownArea };
  if (!sentence) {
    const { candidates } = matchFacilities(said, facilities);
    if (candidates.length === 1) return { ok: true, value: toRef(candidates[0]) };
    if (candidates.length > 1) return { ok: false, message: text.counterpartAmbiguous(candidates.map((c) => c.name)) };
  }
  const mention = findFacilityMention(said, facilities, { readingOf: ctx.readingOf, own, areaOf: (f) => areas.get(f.municipalityId) });
  switch (mention.kind) {
    case 'one':
      return { ok: true, value: toRef(mention.facility), text: mention.text };
    case 'several':
      return { ok: false, message: sentence ? text.counterpartSeveralInSentence(mention.facilities.map((f) => f.name)) : text.counterpartAmbiguous(mention.facilities.map((f) => f.name)) };
    case 'own':
      return { ok: false, message: sentence ? text.counterpartSelfInSentence(mention.text) : text.counterpartSelf, text: mention.text };
    default:
      return sentence ? undefined : { ok: false, message: text.counterpartNotFound(said.trim()) };
  }
}

export function counterpartSlot<TSlots extends SlotValues>(name: keyof TSlots & string, label: string, question: string): Spec<TSlots> {
  return {
    name,
    label,
    prompt: () => question,
    help: text.counterpartHelp,
    choices: async (ctx) => (await neighbourFacilities(ctx)).slice(0, 10).map((f) => f.name),
    parse: async (reply, ctx) => (await readCounterpart(reply, ctx, false)) as SlotParse<never>,
    extract: async (utterance, ctx) => (await readCounterpart(utterance, ctx, true)) as (SlotParse<never> & { text?: string }) | undefined,
    format: (value) => (value as FacilityRef).name,
  };
}
