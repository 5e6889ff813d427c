/**
 * 接種実績 by priority group, as users type it: 「高齢者30人、医療従事者5人」 or just a total, and how
 * that becomes the complete cumulative figures of a dose. Groups the user does not name keep their
 * last cumulative figure (the figures are cumulative, so silence is no reason to drop them); a
 * plain total keeps the last breakdown and puts the rest into その他, and when it is below the named
 * groups' last figures the breakdown must be given (the bot cannot guess which group to lower).
 */
import { PRIORITY_GROUPS, type GroupCounts, type PriorityGroup } from '../../ports/coreSystem';
import { parseCount, type CountProblem } from '../shared/japaneseNumber';

/** Words for each group, longest first so 高齢者施設従事者 is never read as 高齢者. */
const GROUP_WORDS: Array<[string, PriorityGroup]> = [
  ['高齢者施設の従事者', 'elderlyCareWorkers'],
  ['高齢者施設従事者', 'elderlyCareWorkers'],
  ['施設従事者', 'elderlyCareWorkers'],
  ['介護従事者', 'elderlyCareWorkers'],
  ['基礎疾患保有者', 'underlyingConditions'],
  ['基礎疾患のある方', 'underlyingConditions'],
  ['基礎疾患', 'underlyingConditions'],
  ['医療従事者', 'healthcareWorkers'],
  ['医療者', 'healthcareWorkers'],
  ['高齢者', 'elderly'],
  ['その他', 'other'],
];

const BREAKDOWN = new RegExp(`(${GROUP_WORDS.map(([word]) => word).join('|')})\\s*(?:が|は|を|:)?\\s*((?:マイナス|-)?[0-9.〇一二三四五六七八九十百千万]+)\\s*(?:人|名)?`, 'gu');

export type Breakdown = { ok: true; groups: Partial<GroupCounts>; text: string } | { ok: false; problem: CountProblem };

/**
 * 「高齢者30人、医療従事者5人」 inside a sentence; undefined when no group is named with a number. A
 * sign or a decimal point is taken with the number so 「高齢者3.5人」 is refused, not read as 3.
 */
export function findBreakdown(said: string): Breakdown | undefined {
  const normalized = said.normalize('NFKC');
  const groups: Partial<GroupCounts> = {};
  let start = -1;
  let end = -1;
  for (const match of normalized.matchAll(BREAKDOWN)) {
    const group = GROUP_WORDS.find(([word]) => word === match[1])![1];
    const count = parseCount(match[2], { allowZero: true });
    if (!count.ok) return { ok: false, problem: count.problem };
    groups[group] = count.value;
    if (start < 0) start = match.index;
    end = match.index + match[0].length;
  }
  return start < 0 ? undefined : { ok: true, groups, text: normalized.slice(start, end) };
}

export const noGroups = (): GroupCounts => Object.fromEntries(PRIORITY_GROUPS.map((g) => [g, 0])) as GroupCounts;
export const sumOf = (groups: Partial<GroupCounts>): number => PRIORITY_GROUPS.reduce((total, g) => total + (groups[g] ?? 0), 0);

/** What the user said: a total, or figures for some groups. */
export interface CountsSaid {
  total?: number;
  groups?: Partial<GroupCounts>;
}

export type Combined =
  | { ok: true; total: number; groups: GroupCounts; kept: PriorityGroup[]; restIntoOther: boolean }
  | { ok: false; namedTotal: number };

/** The complete figures of a dose from what was said and the dose's last breakdown (if any). */
export function combineWithLast(said: CountsSaid, last: GroupCounts | undefined): Combined {
  const previous = last ?? noGroups();
  if (said.groups) {
    const groups = { ...previous, ...said.groups };
    const kept = PRIORITY_GROUPS.filter((g) => said.groups![g] === undefined && previous[g] > 0);
    return { ok: true, total: sumOf(groups), groups, kept, restIntoOther: false };
  }
  const total = said.total ?? 0;
  const named = { ...previous, other: 0 };
  const namedTotal = sumOf(named);
  if (namedTotal === 0) return { ok: true, total, groups: { ...noGroups(), other: total }, kept: [], restIntoOther: false };
  if (total < namedTotal) return { ok: false, namedTotal };
  const kept = PRIORITY_GROUPS.filter((g) => g !== 'other' && named[g] > 0);
  return { ok: true, total, groups: { ...named, other: total - namedTotal }, kept, restIntoOther: true };
}
