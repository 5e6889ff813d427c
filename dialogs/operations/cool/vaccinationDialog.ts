/**
 * 接種実績の登録: the cumulative number of people vaccinated up to a day, per vaccine and dose
 * (1回目/2回目), optionally by priority group (「高齢者30人、医療従事者5人」) - or just a total, which
 * keeps the last breakdown and counts the rest as その他. The question shows the last registered
 * figures of that dose and explains that a mistake is corrected by entering the right cumulative
 * figure; a figure lower than the last one is allowed (that is how a correction is made) but the
 * confirmation card warns about it. Only vaccine the facility has received can be reported (the
 * core refuses otherwise, with its reason). 「昨日の1回目、累計120人」 fills everything at once.
 */
import { PRIORITY_GROUPS, type Dose, type GroupCounts, type VaccinationRecord, type Vaccine } from '../../ports/coreSystem';
import { compactText } from '../../japaneseText';
import { OperationDialog, type OperationContext, type OperationDependencies, type RegisteredCorrection, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { findCountWithUnit, parseCount, PEOPLE_UNITS } from '../shared/japaneseNumber';
import { sharedMessages } from '../shared/messages';
import type { SlotParse } from '../shared/slotPrompt';
import { pastDateSlot } from './commonSlots';
import { combineWithLast, findBreakdown, type CountsSaid } from './priorityGroups';
import { coolMessages as text } from './messages';

export interface VaccineRef {
  code: string;
  name: string;
}

/** What the user said, and the complete figures of the dose once validate has combined them with the last record. */
export interface VaccinationCounts extends CountsSaid {
  resolved?: { total: number; groups: GroupCounts; note?: string };
}

export type VaccinationSlots = {
  date: string;
  vaccine: VaccineRef;
  dose: Dose;
  counts: VaccinationCounts;
};

/** 「高齢者60人、医療従事者10人」: the groups with people, in V-SYS order. */
function describeGroups(groups: Partial<GroupCounts>): string {
  return PRIORITY_GROUPS.filter((g) => (groups[g] ?? 0) > 0).map((g) => text.groupPart(text.groupNames[g], groups[g]!)).join('、');
}

function describeCounts(counts: VaccinationCounts): string {
  if (counts.resolved) return text.countsValue(counts.resolved.total, describeGroups(counts.resolved.groups));
  if (counts.groups) return describeGroups(counts.groups);
  return text.peopleValue(counts.total ?? 0);
}

function readDose(said: string): (SlotParse<Dose> & { text?: string }) | undefined {
  const normalized = said.normalize('NFKC');
  const match = /([12一二])\s*回目|初回/u.exec(normalized);
  if (!match) return undefined;
  return { ok: true, value: match[1] === '2' || match[1] === '二' ? 2 : 1, text: match[0] };
}

/** A reply or sentence: figures by group, or a total. */
function readCounts(said: string, inSentence: boolean): (SlotParse<VaccinationCounts> & { text?: string }) | undefined {
  const breakdown = findBreakdown(said);
  if (breakdown) {
    return breakdown.ok ? { ok: true, value: { groups: breakdown.groups }, text: breakdown.text } : { ok: false, message: sharedMessages.countProblem(text.cumulativeWhat, breakdown.problem) };
  }
  const parsed = inSentence ? findCountWithUnit(said, PEOPLE_UNITS, { allowZero: true }) : parseCount(said, { allowZero: true });
  if (!parsed) return undefined;
  return parsed.ok ? { ok: true, value: { total: parsed.value }, text: parsed.text } : { ok: false, message: sharedMessages.countProblem(text.cumulativeWhat, parsed.problem) };
}

async function handledVaccines(ctx: OperationContext): Promise<Vaccine[]> {
  const facility = await ctx.core.getFacility(ctx.user, ctx.facility.id);
  return (await ctx.core.listVaccines(ctx.user)).filter((v) => facility.vaccines.includes(v.code));
}

/** ファイザー / pfizer / モデルナ… against the handled vaccines' names and codes. */
function findVaccine(said: string, vaccines: Vaccine[]): Vaccine | undefined {
  const form = compactText(said);
  return vaccines.find((v) => form.includes(compactText(v.code)) || form.includes(compactText(v.name)) || compactText(v.name).includes(form) && form.length >= 2)
    ?? vaccines.find((v) => compactText(v.name).split(/[社/]/u).some((part) => part.length >= 2 && form.includes(part)));
}

async function lastRecord(ctx: OperationContext, vaccine: VaccineRef | undefined, dose: Dose | undefined): Promise<VaccinationRecord | undefined> {
  return vaccine && dose ? ctx.core.lastVaccinationRecord(ctx.user, ctx.facility.id, vaccine.code, dose) : undefined;
}

export class VaccinationDialog extends OperationDialog<VaccinationSlots> {
  static readonly id = 'vaccination-record';

  protected readonly slots: ReadonlyArray<SlotSpec<VaccinationSlots>> = [
    pastDateSlot<VaccinationSlots>('date', text.labelVaccinationDate),
    {
      name: 'vaccine',
      label: text.labelVaccine,
      prompt: () => text.askVaccine,
      help: text.vaccineHelp,
      choices: async (ctx) => (await handledVaccines(ctx)).map((v) => v.name),
      parse: async (reply, ctx) => {
        const vaccines = await handledVaccines(ctx);
        const found = findVaccine(reply, vaccines);
        return (found ? { ok: true, value: { code: found.code, name: found.name } } : { ok: false, message: text.vaccineNotHandled(vaccines.map((v) => v.name)) }) as SlotParse<never>;
      },
      extract: async (utterance, ctx) => {
        const found = findVaccine(utterance, await handledVaccines(ctx));
        return found ? ({ ok: true, value: { code: found.code, name: found.name } } as SlotParse<never>) : undefined;
      },
      format: (vaccine) => (vaccine as VaccineRef).name,
    },
    {
      name: 'dose',
      label: text.labelDose,
      prompt: () => text.askDose,
      help: text.doseHelp,
      choices: () => [text.doseValue(1), text.doseValue(2)],
      parse: async (reply) => {
        const bare = reply.normalize('NFKC').trim();
        if (bare === '1' || bare === '2') return { ok: true, value: Number(bare) as Dose } as SlotParse<never>;
        return (readDose(reply) ?? { ok: false, message: text.doseMissing }) as SlotParse<never>;
      },
      extract: async (utterance) => readDose(utterance) as (SlotParse<never> & { text?: string }) | undefined,
      format: (dose) => text.doseValue(dose as Dose),
    },
    {
      name: 'counts',
      label: text.labelCumulative,
      prompt: async (ctx, slots) => {
        const last = await lastRecord(ctx, slots.vaccine, slots.dose);
        return text.askCumulative(slots.dose ?? 1, last && { date: last.date, count: last.cumulativeCount, breakdown: describeGroups(last.groups) });
      },
      help: text.countsHelp,
      parse: async (reply) => (readCounts(reply, false) ?? { ok: false, message: sharedMessages.countProblem(text.cumulativeWhat, 'missing') }) as SlotParse<never>,
      extract: async (utterance) => readCounts(utterance, true) as (SlotParse<never> & { text?: string }) | undefined,
      format: (counts) => describeCounts(counts as VaccinationCounts),
    },
  ];

  constructor(dependencies: OperationDependencies) {
    super(VaccinationDialog.id, text.vaccinationLabel, dependencies);
  }

  protected override async prepare(ctx: OperationContext, slots: Partial<VaccinationSlots>): Promise<{ stop?: string } | void> {
    const vaccines = await handledVaccines(ctx);
    if (vaccines.length === 1) slots.vaccine = { code: vaccines[0].code, name: vaccines[0].name };
    await ctx.turn.sendActivity(text.cumulativeHelp);
  }

  /**
   * Combines what was said with the dose's last breakdown, every time (a 修正 of the dose or the
   * vaccine changes the basis), so the card shows exactly the figures that will be registered.
   */
  protected async validate(ctx: OperationContext, slots: VaccinationSlots): Promise<SlotProblem<VaccinationSlots>[]> {
    const last = await lastRecord(ctx, slots.vaccine, slots.dose);
    const combined = combineWithLast(slots.counts, last?.groups);
    if (!combined.ok) return [{ slot: 'counts', message: text.countsBelowBreakdown(combined.namedTotal) }];
    const keptParts = describeGroups(Object.fromEntries(combined.kept.map((g) => [g, combined.groups[g]])));
    const note = combined.restIntoOther ? text.countsRestIntoOther(keptParts) : combined.kept.length > 0 ? text.countsKept(keptParts) : undefined;
    slots.counts = { total: slots.counts.total, groups: slots.counts.groups, resolved: { total: combined.total, groups: combined.groups, ...(note ? { note } : {}) } };
    return [];
  }

  protected override async confirmationNote(ctx: OperationContext, slots: VaccinationSlots): Promise<string | undefined> {
    const last = await lastRecord(ctx, slots.vaccine, slots.dose);
    const total = slots.counts.resolved?.total ?? 0;
    const lines = last ? [text.lastRecord(last.date, last.cumulativeCount)] : [];
    if (slots.counts.resolved?.note) lines.push(slots.counts.resolved.note);
    if (last && total < last.cumulativeCount) lines.push(text.cumulativeLower(last.cumulativeCount));
    return lines.length > 0 ? lines.join('\n') : undefined;
  }

  /** 接種実績 is corrected by entering the right cumulative figure (the seed's own rule). */
  protected override registeredCorrection(): RegisteredCorrection {
    return { kind: 'register-again', note: text.vaccinationRegisterAgain };
  }

  protected async submit(ctx: OperationContext, slots: VaccinationSlots, idempotencyKey: string): Promise<CardContent> {
    const resolved = slots.counts.resolved!;
    const record = await ctx.core.registerVaccinations(
      ctx.user,
      { facilityId: ctx.facility.id, vaccineCode: slots.vaccine.code, date: slots.date, dose: slots.dose, cumulativeCount: resolved.total, groups: resolved.groups },
      idempotencyKey,
    );
    return {
      title: sharedMessages.resultTitle(text.vaccinationLabel),
      facts: [
        ...(ctx.facility.proxy ? [{ label: sharedMessages.labelFacility, value: `${ctx.facility.name}（代理入力）` }] : []),
        { label: text.labelVaccinationDate, value: formatJapaneseDate(record.date) },
        { label: text.labelVaccine, value: slots.vaccine.name },
        { label: text.labelDose, value: text.doseValue(record.dose) },
        { label: text.labelCumulative, value: text.countsValue(record.cumulativeCount, describeGroups(record.groups)) },
      ],
      note: text.vaccinationDone(record.dailyCount),
    };
  }
}
