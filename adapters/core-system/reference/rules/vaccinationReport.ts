/**
 * R208 市町村別接種実績累計 / R308 医療機関・接種会場別接種実績累計 as V-SYS shows them: for each
 * vaccine, the latest cumulative figures of the 1回目 and the 2回目 by priority group (その他,
 * 医療従事者, 基礎疾患保有者, 高齢者, 高齢者施設従事者), a 小計 per dose and the 総計. R308 has one row per
 * facility and vaccine; R208 adds its facilities up per municipality.
 */
import { DOSES, PRIORITY_GROUPS, type Dose, type PriorityGroup } from '../../../../dialogs/ports/coreSystem';
import type { CoreContext } from '../context';
import type { FacilityDoc } from '../model';
import { groupsOf, latestRecord } from './vaccinations';

type Row = Record<string, string | number | null>;

const GROUP_LABELS: Record<PriorityGroup, string> = {
  other: 'その他',
  healthcareWorkers: '医療従事者',
  underlyingConditions: '基礎疾患保有者',
  elderly: '高齢者',
  elderlyCareWorkers: '高齢者施設従事者',
};

const capitalised = (group: PriorityGroup) => group[0].toUpperCase() + group.slice(1);
export const groupKey = (dose: Dose, group: PriorityGroup) => `dose${dose}${capitalised(group)}`;
export const subtotalKey = (dose: Dose) => `dose${dose}Subtotal`;
export const TOTAL_KEY = 'total';

/** The figure columns: 1回目 by group + 小計, 2回目 by group + 小計, 総計. */
export const vaccinationFigureColumns = [
  ...DOSES.flatMap((dose) => [
    ...PRIORITY_GROUPS.map((group) => ({ key: groupKey(dose, group), label: `${dose}回目 ${GROUP_LABELS[group]}` })),
    { key: subtotalKey(dose), label: `${dose}回目 小計` },
  ]),
  { key: TOTAL_KEY, label: '総計' },
];
const FIGURE_KEYS = vaccinationFigureColumns.map((c) => c.key);

/** One row per vaccine the facility handles, with its latest figures of each dose. */
export async function vaccinationRows(ctx: CoreContext, facility: FacilityDoc): Promise<Row[]> {
  const rows: Row[] = [];
  for (const vaccineCode of facility.vaccines) {
    const row: Row = { facilityName: facility.name, vaccineCode };
    let total = 0;
    for (const dose of DOSES) {
      const last = await latestRecord(ctx, facility.id, vaccineCode, dose);
      const groups = last ? groupsOf(last) : undefined;
      for (const group of PRIORITY_GROUPS) row[groupKey(dose, group)] = groups?.[group] ?? 0;
      row[subtotalKey(dose)] = last?.cumulativeCount ?? 0;
      total += last?.cumulativeCount ?? 0;
    }
    row[TOTAL_KEY] = total;
    rows.push(row);
  }
  return rows;
}

/** R208: the facilities' rows added up per municipality and vaccine (in first-seen order). */
export function sumByMunicipality(rows: Row[]): Row[] {
  const merged = new Map<string, Row>();
  for (const row of rows) {
    const key = `${row.municipalityName}\u0000${row.vaccineCode}`;
    const into = merged.get(key);
    if (!into) {
      const { facilityName: _facility, ...rest } = row;
      merged.set(key, rest);
      continue;
    }
    for (const figure of FIGURE_KEYS) into[figure] = Number(into[figure] ?? 0) + Number(row[figure] ?? 0);
  }
  return [...merged.values()];
}
