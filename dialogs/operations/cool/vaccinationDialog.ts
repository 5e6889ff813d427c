/**
 * 接種実績の登録: the cumulative number of people vaccinated up to a day, per vaccine. The question
 * shows the last registered cumulative figure and explains that a mistake is corrected by entering
 * the right cumulative figure; a figure lower than the last one is allowed (that is how a
 * correction is made) but the confirmation card warns about it. Only vaccine the facility has
 * received can be reported (the core refuses otherwise, with its reason).
 */
import type { VaccinationRecord, Vaccine } from '../../ports/coreSystem';
import { compactText } from '../../japaneseText';
import { OperationDialog, type OperationContext, type OperationDependencies, type SlotProblem, type SlotSpec } from '../shared/operationDialog';
import type { CardContent } from '../shared/operationCard';
import { formatJapaneseDate } from '../shared/japaneseDate';
import { findCountWithUnit, parseCount, PEOPLE_UNITS } from '../shared/japaneseNumber';
import { sharedMessages } from '../shared/messages';
import type { SlotParse } from '../shared/slotPrompt';
import { pastDateSlot } from './commonSlots';
import { coolMessages as text } from './messages';

export interface VaccineRef {
  code: string;
  name: string;
}

export type VaccinationSlots = {
  date: string;
  vaccine: VaccineRef;
  cumulativeCount: number;
};

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

async function lastRecord(ctx: OperationContext, vaccine: VaccineRef | undefined): Promise<VaccinationRecord | undefined> {
  return vaccine ? ctx.core.lastVaccinationRecord(ctx.user, ctx.facility.id, vaccine.code) : undefined;
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
      name: 'cumulativeCount',
      label: text.labelCumulative,
      prompt: async (ctx, slots) => {
        const last = await lastRecord(ctx, slots.vaccine);
        return text.askCumulative(last && { date: last.date, count: last.cumulativeCount });
      },
      help: text.cumulativeHelp,
      parse: async (reply) => {
        const parsed = parseCount(reply, { allowZero: true });
        return (parsed.ok ? { ok: true, value: parsed.value } : { ok: false, message: sharedMessages.countProblem(text.cumulativeWhat, parsed.problem) }) as SlotParse<never>;
      },
      extract: async (utterance) => {
        const parsed = findCountWithUnit(utterance, PEOPLE_UNITS, { allowZero: true });
        if (!parsed) return undefined;
        return (parsed.ok ? { ok: true, value: parsed.value, text: parsed.text } : { ok: false, message: sharedMessages.countProblem(text.cumulativeWhat, parsed.problem) }) as SlotParse<never>;
      },
      format: (count) => text.peopleValue(count as number),
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

  protected async validate(): Promise<SlotProblem<VaccinationSlots>[]> {
    return [];
  }

  protected override async confirmationNote(ctx: OperationContext, slots: VaccinationSlots): Promise<string | undefined> {
    const last = await lastRecord(ctx, slots.vaccine);
    const lines = last ? [text.lastRecord(last.date, last.cumulativeCount)] : [];
    if (last && slots.cumulativeCount < last.cumulativeCount) lines.push(text.cumulativeLower(last.cumulativeCount));
    return lines.length > 0 ? lines.join('\n') : undefined;
  }

  protected async submit(ctx: OperationContext, slots: VaccinationSlots, idempotencyKey: string): Promise<CardContent> {
    const record = await ctx.core.registerVaccinations(
      ctx.user,
      { facilityId: ctx.facility.id, vaccineCode: slots.vaccine.code, date: slots.date, cumulativeCount: slots.cumulativeCount },
      idempotencyKey,
    );
    return {
      title: sharedMessages.resultTitle(text.vaccinationLabel),
      facts: [
        ...(ctx.facility.proxy ? [{ label: sharedMessages.labelFacility, value: `${ctx.facility.name}（代理入力）` }] : []),
        { label: text.labelVaccinationDate, value: formatJapaneseDate(record.date) },
        { label: text.labelVaccine, value: slots.vaccine.name },
        { label: text.labelCumulative, value: text.peopleValue(record.cumulativeCount) },
      ],
      note: text.vaccinationDone(record.dailyCount),
    };
  }
}
