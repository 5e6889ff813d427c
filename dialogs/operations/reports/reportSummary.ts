/**
 * A report in a few lines for the chat: how many rows, the count of each status (R300), the totals
 * of its numeric columns (per vaccine where there is a vaccine column; a topic may name the few
 * that matter, e.g. 小計 and 総計 of R308), and the top rows. The figures are the core's rows added
 * up, nothing else, so the chat and the CSV always agree.
 */
import type { Report } from '../../ports/coreSystem';
import type { CardContent, Fact } from '../shared/operationCard';
import type { ReportTopic } from './reportCatalog';
import { reportMessages as text } from './messages';

export const TOP_ROWS = 5;

type Row = Report['rows'][number];
const NAME_KEYS = new Set(['municipalityName', 'facilityName']);
const VACCINE_KEY = 'vaccineCode';

function numericKeys(report: Report): string[] {
  return report.columns
    .map((column) => column.key)
    .filter((key) => !NAME_KEYS.has(key) && report.rows.some((row) => typeof row[key] === 'number') && report.rows.every((row) => row[key] === null || typeof row[key] === 'number'));
}

function sum(rows: Row[], key: string): number {
  return rows.reduce((total, row) => total + (typeof row[key] === 'number' ? (row[key] as number) : 0), 0);
}

function number(value: number): string {
  return value.toLocaleString('ja-JP');
}

function cell(row: Row, key: string, vaccineNames: Map<string, string>): string {
  const value = row[key];
  if (value === null || value === undefined || value === '') return text.empty;
  if (key === VACCINE_KEY) return vaccineNames.get(String(value)) ?? String(value);
  return typeof value === 'number' ? number(value) : String(value);
}

function rowName(row: Row): string {
  const facility = row.facilityName ? String(row.facilityName) : '';
  const municipality = row.municipalityName ? String(row.municipalityName) : '';
  return facility && municipality ? `${facility}（${municipality}）` : facility || municipality;
}

export interface SummaryOptions {
  coolName?: string;
  vaccineNames: Map<string, string>;
}

export function summarizeReport(report: Report, topic: ReportTopic, options: SummaryOptions): CardContent {
  const facts: Fact[] = [];
  if (options.coolName) facts.push({ label: text.coolFact, value: options.coolName });
  facts.push({ label: text.rowsFact, value: text.rows(report.rows.length) });
  if (report.rows.length === 0) return { title: `${report.id} ${report.title}`, facts, note: text.noRows };

  const labels = new Map(report.columns.map((column) => [column.key, column.label]));
  if (topic.countBy) {
    const counts = new Map<string, number>();
    for (const row of report.rows) counts.set(cell(row, topic.countBy, options.vaccineNames), (counts.get(cell(row, topic.countBy, options.vaccineNames)) ?? 0) + 1);
    for (const [value, count] of counts) facts.push({ label: text.countFact(value), value: text.rows(count) });
  }
  const byVaccine = report.columns.some((column) => column.key === VACCINE_KEY);
  const totalled = topic.totals ?? numericKeys(report);
  for (const key of totalled) {
    const label = labels.get(key) ?? key;
    facts.push({ label: text.totalFact(label), value: number(sum(report.rows, key)) });
    if (!byVaccine) continue;
    const vaccines = [...new Set(report.rows.map((row) => String(row[VACCINE_KEY])))];
    for (const vaccine of vaccines) {
      const rows = report.rows.filter((row) => String(row[VACCINE_KEY]) === vaccine);
      facts.push({ label: text.vaccineFact(options.vaccineNames.get(vaccine) ?? vaccine, label), value: number(sum(rows, key)) });
    }
  }

  const ranked = topic.rankBy ? [...report.rows].sort((a, b) => Number(b[topic.rankBy!] ?? 0) - Number(a[topic.rankBy!] ?? 0)) : report.rows;
  const shown = ranked.slice(0, TOP_ROWS);
  const detailKeys = topic.details ?? report.columns.map((column) => column.key).filter((key) => !NAME_KEYS.has(key));
  shown.forEach((row, index) => {
    const heading = topic.rankBy ? text.topHeading(shown.length) : text.firstHeading(shown.length);
    facts.push({
      label: `${index === 0 ? `${heading} ` : ''}${index + 1}. ${rowName(row)}`,
      value: detailKeys.map((key) => `${labels.get(key)}：${cell(row, key, options.vaccineNames)}`).join('、'),
    });
  });
  const rest = report.rows.length - shown.length;
  return { title: `${report.id} ${report.title}`, facts, ...(rest > 0 ? { note: text.moreRows(rest) } : {}) };
}
