/**
 * Reports R201-R310 as rows (JSON) and CSV, one row per facility (or reservation, or 住所地外接種
 * application for R300) with its
 * municipality. R2xx are the prefecture's (its own municipalities only), R3xx the municipality's
 * (its own facilities only); a
 * facility may read R305 予約者一覧 and R308 接種実績 for itself; the support desk reads all; a
 * メーカー・卸 reads R210 納入予定日一覧 of every prefecture (the deliveries it enters 納入予定日 for;
 * its rows carry `facilityId`, not a column, so the maker can address each delivery).
 */
import type { UserIdentity } from '../../../../dialogs/ports/identity';
import type { Report, ReportId } from '../../../../dialogs/ports/coreSystem';
import { type CoreContext, today } from '../context';
import { forbidden, notFound } from '../errors';
import { messages } from '../messages';
import type { FacilityDoc } from '../model';
import { outOfResidenceColumns, outOfResidenceRows } from './outOfResidence';
import { sumByMunicipality, vaccinationFigureColumns, vaccinationRows } from './vaccinationReport';

type Row = Record<string, string | number | null>;
type Column = { key: string; label: string };

interface ReportDefinition {
  title: string;
  columns: Column[];
  /** The rows one facility contributes (none, one, or several for R305/R308). */
  facilityRows(ctx: CoreContext, facility: FacilityDoc, coolId: string | undefined): Promise<Row[]>;
  /** Rows of the whole scope combined (R208 adds facilities up per municipality). */
  combine?(rows: Row[]): Row[];
}

const name: Column = { key: 'facilityName', label: '医療機関・接種会場名' };

async function allocationOf(ctx: CoreContext, facility: FacilityDoc, coolId: string | undefined) {
  return coolId ? ctx.store.allocations.get(`${facility.id}:${coolId}`) : undefined;
}

const allocated: ReportDefinition['facilityRows'] = async (ctx, f, coolId) => {
  const a = await allocationOf(ctx, f, coolId);
  return [{ facilityName: f.name, vials: a?.vials ?? 0 }];
};
const deliveryProgress: ReportDefinition['facilityRows'] = async (ctx, f, coolId) => {
  const a = await allocationOf(ctx, f, coolId);
  return a ? [{ facilityName: f.name, allocated: 1, deliveryDateRegistered: a.deliveryDate ? 1 : 0 }] : [];
};
const deliveryStatus: ReportDefinition['facilityRows'] = async (ctx, f, coolId) => {
  const a = await allocationOf(ctx, f, coolId);
  return a ? [{ facilityName: f.name, vials: a.vials, deliveryDate: a.deliveryDate ?? null, delivered: a.deliveryDate && a.deliveryDate <= today(ctx) ? 1 : 0 }] : [];
};
const demand: ReportDefinition['facilityRows'] = async (ctx, f, coolId) => {
  const d = coolId ? await ctx.store.demands.get(`${f.id}:${coolId}`) : undefined;
  return [{ facilityName: f.name, vials: d?.vials ?? 0 }];
};
const reservations: ReportDefinition['facilityRows'] = async (ctx, f) => {
  const docs = await ctx.store.reservations.find({ facilityId: f.id }, { sort: { date: 1, time: 1 } });
  return docs.map((r) => ({ facilityName: f.name, date: r.date, time: r.time, name: r.name, phone: r.phone }));
};

const vialsColumns = [name, { key: 'vials', label: 'バイアル数' }];
const progressColumns = [name, { key: 'allocated', label: '分配あり' }, { key: 'deliveryDateRegistered', label: '納入予定日登録済み' }];
const statusColumns = [name, { key: 'vials', label: '分配量（バイアル）' }, { key: 'deliveryDate', label: '納入予定日' }, { key: 'delivered', label: '納入済み' }];
const vaccineColumn: Column = { key: 'vaccineCode', label: 'ワクチン' };
const deliveryColumns = [name, { key: 'vials', label: '分配量（バイアル）' }, { key: 'deliveryDate', label: '納入予定日' }];
const deliveryList: ReportDefinition['facilityRows'] = async (ctx, f, coolId) => {
  const a = await allocationOf(ctx, f, coolId);
  return a ? [{ facilityId: f.id, facilityName: f.name, vials: a.vials, deliveryDate: a.deliveryDate ?? null }] : [];
};

export const REPORTS: Record<ReportId, ReportDefinition> = {
  R300: { title: '住所地外接種の申請状況一覧', columns: outOfResidenceColumns, facilityRows: outOfResidenceRows },
  R201: { title: '都道府県→市町村分配実績', columns: vialsColumns, facilityRows: allocated },
  R203: { title: '納入予定日登録進捗の確認', columns: progressColumns, facilityRows: deliveryProgress },
  R204: { title: '納入状況の進捗確認', columns: statusColumns, facilityRows: deliveryStatus },
  R206: { title: '市町村別希望量累計', columns: vialsColumns, facilityRows: demand },
  R208: { title: '市町村別接種実績累計', columns: [vaccineColumn, ...vaccinationFigureColumns], facilityRows: vaccinationRows, combine: sumByMunicipality },
  R210: { title: '納入予定日一覧', columns: deliveryColumns, facilityRows: deliveryList },
  R301: { title: '市町村→医療機関分配実績', columns: vialsColumns, facilityRows: allocated },
  R303: { title: '納入予定日登録進捗の確認', columns: progressColumns, facilityRows: deliveryProgress },
  R304: { title: '納入状況の進捗確認', columns: statusColumns, facilityRows: deliveryStatus },
  R305: { title: '予約者一覧', columns: [name, { key: 'date', label: '予約日' }, { key: 'time', label: '時間' }, { key: 'name', label: '氏名' }, { key: 'phone', label: '電話番号' }], facilityRows: reservations },
  R306: { title: '医療機関・接種会場別希望量累計', columns: vialsColumns, facilityRows: demand },
  R308: { title: '医療機関・接種会場別接種実績累計', columns: [name, vaccineColumn, ...vaccinationFigureColumns], facilityRows: vaccinationRows },
  R310: { title: '納入予定日一覧', columns: deliveryColumns, facilityRows: deliveryList },
};

const municipalityColumn: Column = { key: 'municipalityName', label: '市町村名' };

async function scope(ctx: CoreContext, user: UserIdentity, reportId: ReportId): Promise<FacilityDoc[]> {
  const prefectureReport = reportId.startsWith('R2');
  const refuse = () => forbidden('report-not-for-role', 'Report not available to this role', messages.reportNotForRole);
  switch (user.role) {
    case 'support':
      return ctx.store.facilities.find({}, { sort: { id: 1 } });
    case 'prefecture':
      if (!prefectureReport) throw refuse();
      return ctx.store.facilities.find({ prefectureId: user.organizationId }, { sort: { id: 1 } });
    case 'municipality':
      if (prefectureReport) throw refuse();
      return ctx.store.facilities.find({ municipalityId: user.organizationId }, { sort: { id: 1 } });
    case 'facility':
      if (reportId !== 'R305' && reportId !== 'R308') throw refuse();
      return ctx.store.facilities.find({ id: user.organizationId });
    case 'maker':
      if (reportId !== 'R210') throw refuse();
      return ctx.store.facilities.find({}, { sort: { id: 1 } });
    default:
      throw refuse();
  }
}

export async function buildReport(ctx: CoreContext, user: UserIdentity, reportId: string, coolId?: string): Promise<Report> {
  const definition = REPORTS[reportId as ReportId];
  if (!definition) throw notFound('report-not-found', 'Report not found', messages.reportNotFound);
  const facilities = await scope(ctx, user, reportId as ReportId);
  const cool = coolId ?? (await ctx.store.cools.find({}, { sort: { registrationStart: -1 }, limit: 1 }))[0]?.id;
  const municipalities = new Map((await ctx.store.organisations.find({ kind: 'municipality' })).map((m) => [m.id, m.name]));
  const rows: Row[] = [];
  for (const facility of facilities) {
    for (const row of await definition.facilityRows(ctx, facility, cool)) rows.push({ municipalityName: municipalities.get(facility.municipalityId) ?? '', ...row });
  }
  return { id: reportId as ReportId, title: definition.title, columns: [municipalityColumn, ...definition.columns], rows: definition.combine ? definition.combine(rows) : rows };
}

function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a BOM so Excel opens the Japanese correctly. */
export function toCsv(report: Report): string {
  const lines = [report.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of report.rows) lines.push(report.columns.map((c) => csvField(row[c.key] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
