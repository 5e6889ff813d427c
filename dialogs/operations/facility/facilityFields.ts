/**
 * The items of 医療機関情報 a user may change in conversation: which ones apply at once and which
 * wait for the municipality's approval (the seed's list), how a reply is read and checked for each,
 * and how a value is shown back. The dialog picks one item per run; its value travels with the
 * item's key so a later 修正 of the item cannot leave a value of the wrong kind behind.
 */
import { FACILITY_CATEGORIES, type FacilityApprovalFields, type FacilityCategory, type FacilityImmediateFields, type FacilityInfo, type IsoDate, type Vaccine, type WeekendContact } from '../../ports/coreSystem';
import { compactText } from '../../japaneseText';
import { findJapaneseDate, formatJapaneseDate } from '../shared/japaneseDate';
import { findCountWithUnit, parseCount } from '../shared/japaneseNumber';
import { sharedMessages } from '../shared/messages';
import type { SlotParse } from '../shared/slotPrompt';
import { findPhone, findUrl, parseEmail, parsePhone, parseUrl } from './contactFormats';
import { facilityCategoryLabels, facilityCategoryNames, fieldMessages } from './fieldMessages';
import { facilityMessages as text } from './messages';
import { prefectureOf, prefectureWithoutSuffix, stripPostalCode } from './prefectures';

export type FacilityFieldKey = keyof FacilityImmediateFields | keyof FacilityApprovalFields;
export type FieldValue = string | number | boolean | string[] | WeekendContact[] | null;

/** A value read for one item, with how it is shown (vaccine names need the core's list). */
export interface FieldEntry {
  field: FacilityFieldKey;
  value: FieldValue;
  shown: string;
}

export interface FieldReadContext {
  today: IsoDate;
  /** The facility's current data (address for the example, current values). */
  current: FacilityInfo;
  vaccines(): Promise<Vaccine[]>;
}

interface FieldReader {
  approval: boolean;
  read(text: string, ctx: FieldReadContext): Promise<SlotParse<FieldValue>> | SlotParse<FieldValue>;
  /** The value's text inside a longer sentence, if it is recognisable there. */
  find?(sentence: string): string | undefined;
  show(value: FieldValue, vaccines: Vaccine[]): string;
  /** Buttons offered with the question, when the answer is one of a few values. */
  choices?: string[];
}

const showText = (value: FieldValue) => (typeof value === 'string' && value ? value : text.notSet);
const showDate = (value: FieldValue) => (typeof value === 'string' && value ? formatJapaneseDate(value) : text.notSet);
const showCount = (unit: string) => (value: FieldValue) => `${String(value)}${unit}`;
const isNone = (reply: string) => (text.noneWords as readonly string[]).map(compactText).includes(compactText(reply));

function readName(reply: string): SlotParse<FieldValue> {
  const name = reply.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  return name.length >= 2 && name.length <= 40 ? { ok: true, value: name } : { ok: false, message: text.nameTooShort };
}

/** `max`: the core's own limit, so an impossible figure is re-asked now, not refused at the end. */
function readCount(label: string, max: number) {
  return (reply: string): SlotParse<FieldValue> => {
    const parsed = parseCount(reply, { allowZero: true });
    if (!parsed.ok) return { ok: false, message: sharedMessages.countProblem(label, parsed.problem) };
    return parsed.value <= max ? { ok: true, value: parsed.value } : { ok: false, message: text.countTooLarge(label, max) };
  };
}

function readPhone(reply: string): SlotParse<FieldValue> {
  const parsed = parsePhone(reply);
  return parsed.ok ? parsed : { ok: false, message: text.phoneProblem(parsed.problem) };
}

function readAddress(reply: string, ctx: FieldReadContext): SlotParse<FieldValue> {
  const address = reply.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const prefecture = prefectureOf(address);
  if (!prefecture) {
    const guessed = prefectureWithoutSuffix(address);
    const example = guessed ? `${guessed}${stripPostalCode(address).slice(guessed.length - 1)}` : text.addressExample(prefectureOf(ctx.current.address) ?? '東京都');
    return { ok: false, message: text.addressNoPrefecture(example) };
  }
  if (stripPostalCode(address).length < prefecture.length + 4) return { ok: false, message: text.addressTooShort };
  if (address.length > 300) return { ok: false, message: text.addressTooLong };
  return { ok: true, value: address };
}

function readDate(reply: string, ctx: FieldReadContext, allowNone: boolean): SlotParse<FieldValue> {
  if (allowNone && isNone(reply)) return { ok: true, value: null };
  const found = findJapaneseDate(reply, ctx.today);
  return found ? { ok: true, value: found.date } : { ok: false, message: sharedMessages.dateMissing };
}

function readFlag(reply: string, yes: string[], no: string[]): boolean | undefined {
  const said = compactText(reply);
  if (no.some((w) => said.includes(compactText(w)))) return false;
  if (yes.some((w) => said.includes(compactText(w)))) return true;
  return undefined;
}

function readContacts(reply: string): SlotParse<FieldValue> {
  if (isNone(reply)) return { ok: true, value: [] };
  const contacts: WeekendContact[] = [];
  for (const part of reply.normalize('NFKC').split(/[、,，;；\n]+/u).map((p) => p.trim()).filter(Boolean)) {
    const phoneText = findPhone(part);
    const phone = phoneText ? parsePhone(phoneText) : undefined;
    if (!phoneText || !phone?.ok) return { ok: false, message: text.phoneProblem('malformed') };
    const name = part.replace(phoneText, ' ').replace(/[（）()：:]/gu, ' ').replace(/\s+/gu, ' ').trim();
    if (name.length < 2) return { ok: false, message: text.nameTooShort };
    contacts.push({ name, phone: phone.value });
  }
  return contacts.length > 0 ? { ok: true, value: contacts } : { ok: false, message: text.nameTooShort };
}

/** 施設分類: a button label or a word for it (「クリニック」 -> 診療所); the longest name found wins. */
function findCategory(said: string): FacilityCategory | undefined {
  const form = compactText(said);
  const hits = FACILITY_CATEGORIES.flatMap((category) =>
    [facilityCategoryLabels[category], ...facilityCategoryNames[category]].filter((n) => form.includes(compactText(n))).map((n) => ({ category, length: compactText(n).length })),
  );
  return hits.sort((a, b) => b.length - a.length)[0]?.category;
}

function readCategory(reply: string): SlotParse<FieldValue> {
  const category = findCategory(reply);
  return category ? { ok: true, value: category } : { ok: false, message: text.categoryNotFound(Object.values(facilityCategoryLabels)) };
}

async function readVaccines(reply: string, ctx: FieldReadContext): Promise<SlotParse<FieldValue>> {
  const said = compactText(reply);
  const known = await ctx.vaccines();
  // 「ファイザー」「モデルナ」「pfizer」 name 'ファイザー社ワクチン' / '武田/モデルナ社ワクチン'.
  const aliases = (v: Vaccine) => [v.code, v.name, ...v.name.replace(/社?ワクチン$/u, '').split(/[/／]/u)].map(compactText).filter(Boolean);
  const chosen = known.filter((v) => aliases(v).some((alias) => said.includes(alias)));
  if (chosen.length === 0) return { ok: false, message: `${fieldMessages.vaccines.question}（選べるワクチン：${known.map((v) => v.name).join('、')}）` };
  return { ok: true, value: chosen.map((v) => v.code) };
}

const READERS: Record<FacilityFieldKey, FieldReader> = {
  facilityCategory: {
    approval: false,
    read: readCategory,
    // 「施設分類を診療所に変更」: only the words between the item's name and に/へ/で, so the
    // facility's own name (「千代田区A病院の施設分類…」) is never read as a category.
    find: (s) => {
      const value = /(?:分類|区分|種類|種別)(?:を|は)?(.{1,12}?)(?:に|へ|で)/u.exec(s.normalize('NFKC'))?.[1];
      return value && findCategory(value) ? value : undefined;
    },
    show: (value) => (typeof value === 'string' && value in facilityCategoryLabels ? facilityCategoryLabels[value as FacilityCategory] : text.notSet),
    choices: Object.values(facilityCategoryLabels),
  },
  address: { approval: false, read: readAddress, show: showText },
  phone: { approval: false, read: readPhone, find: findPhone, show: showText },
  reservationPhone: { approval: false, read: readPhone, find: findPhone, show: showText },
  reservationUrl: {
    approval: false,
    read: (reply) => {
      if (isNone(reply)) return { ok: true, value: '' };
      const parsed = parseUrl(reply);
      return parsed.ok ? parsed : { ok: false, message: text.urlProblem(parsed.problem) };
    },
    find: findUrl,
    show: showText,
  },
  parkingSpaces: { approval: false, read: readCount(fieldMessages.parkingSpaces.label, 100_000), find: (s) => countText(s), show: showCount('台') },
  deepFreezers: { approval: false, read: readCount(fieldMessages.deepFreezers.label, 1000), find: (s) => countText(s), show: showCount('台') },
  storageManager: { approval: false, read: readName, show: showText },
  weekendContacts: {
    approval: false,
    read: readContacts,
    show: (value) => (Array.isArray(value) && value.length > 0 ? (value as WeekendContact[]).map((c) => `${c.name}（${c.phone}）`).join('、') : text.none),
  },
  representativeName: { approval: true, read: readName, show: showText },
  collectiveContractJoinDate: { approval: true, read: (reply, ctx) => readDate(reply, ctx, false), show: showDate },
  collectiveContractLeaveDate: { approval: true, read: (reply, ctx) => readDate(reply, ctx, true), show: showDate },
  proxyInputRequired: {
    approval: true,
    read: (reply) => {
      const flag = readFlag(reply, ['要', '必要', 'はい', 'する', 'お願い', 'オン'], ['不要', '要らない', 'いらない', 'いいえ', 'しない', 'オフ', '解除']);
      return flag === undefined ? { ok: false, message: fieldMessages.proxyInputRequired.question } : { ok: true, value: flag };
    },
    find: (s) => (/不要|ふよう/u.test(s) ? '不要' : /要に|「要」|要へ|を要|予約受付支援|予約受付を市町村|市町村に予約/u.test(s) ? '要' : undefined),
    show: (value) => (value ? '要' : '不要'),
  },
  vaccines: { approval: true, read: readVaccines, show: (value, vaccines) => (value as string[]).map((c) => vaccines.find((v) => v.code === c)?.name ?? c).join('、') || text.none },
  acceptsGeneralPublic: {
    approval: true,
    read: (reply) => {
      const flag = readFlag(reply, ['可', 'はい', '受け入れる', '受入れる', '受入する', 'できる', 'する'], ['否', '不可', 'いいえ', '受け入れない', 'しない', 'できない']);
      return flag === undefined ? { ok: false, message: fieldMessages.acceptsGeneralPublic.question } : { ok: true, value: flag };
    },
    show: (value) => (value ? '可' : '否'),
  },
};

function countText(sentence: string): string | undefined {
  const found = findCountWithUnit(sentence, ['台']);
  return found?.ok ? found.text : found ? sentence : undefined;
}

/** Items in the order the chooser shows them: the immediate ones first. */
export const FACILITY_FIELDS = Object.keys(READERS) as FacilityFieldKey[];

export function isApprovalField(field: FacilityFieldKey): boolean {
  return READERS[field].approval;
}

export function fieldLabel(field: FacilityFieldKey): string {
  return fieldMessages[field].label;
}

/** The item a reply or a sentence names (label first, then the other names; longest wins). */
export function findField(sentence: string): FacilityFieldKey | undefined {
  const said = compactText(sentence);
  const hits = FACILITY_FIELDS.flatMap((field) =>
    [fieldMessages[field].label, ...fieldMessages[field].names].filter((n) => said.includes(compactText(n))).map((n) => ({ field, length: compactText(n).length })),
  );
  return hits.sort((a, b) => b.length - a.length)[0]?.field;
}

export async function readFieldValue(field: FacilityFieldKey, reply: string, ctx: FieldReadContext): Promise<SlotParse<FieldEntry>> {
  const parsed = await READERS[field].read(reply, ctx);
  if (!parsed.ok) return parsed;
  const vaccines = field === 'vaccines' ? await ctx.vaccines() : [];
  return { ok: true, value: { field, value: parsed.value, shown: READERS[field].show(parsed.value, vaccines) } };
}

/** Buttons for the item's question (施設分類), none for free-form items. */
export function fieldChoices(field: FacilityFieldKey): string[] {
  return READERS[field].choices ?? [];
}

/** The value's text in the sentence that started the operation, if recognisable. */
export function findFieldValueText(field: FacilityFieldKey, sentence: string): string | undefined {
  return READERS[field].find?.(sentence);
}

export function showCurrentValue(field: FacilityFieldKey, facility: FacilityInfo, vaccines: Vaccine[]): string {
  return READERS[field].show(facility[field] as FieldValue, vaccines);
}

/** A value as filed in an application (the municipality sees it before deciding). */
export function showFieldValue(field: FacilityFieldKey, value: unknown, vaccines: Vaccine[]): string {
  return READERS[field].show(value as FieldValue, vaccines);
}

/** Values compared as stored (arrays by content, order ignored for vaccines). */
export function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = (v: unknown) => JSON.stringify(v);
    return a.length === b.length && a.map(key).sort().join('|') === b.map(key).sort().join('|');
  }
  return (a ?? '') === (b ?? '');
}
