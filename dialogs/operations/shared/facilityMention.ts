/**
 * Finds the facility a user names inside a whole sentence (「昨日B診療所から2本融通してもらった」),
 * not only the registered name: the name without its legal-entity prefix (医療法人社団…) or its
 * municipality (「A病院」 for 千代田区A病院), with another kind word (「B診療所」 for Bクリニック),
 * the distinctive part alone when it is long enough (「九段坂」), typed in kana or half-width
 * (「えーびょういん」「ﾋﾞｰｸﾘﾆｯｸ」) and with one typo in a longer name.
 *
 * Each way of naming a facility is an alias with a score; every alias found in the sentence is a
 * mention at a place. Better and longer mentions take their place first (千代田区A病院 covers the
 * 「A病院」 of 中央区A病院), so one sentence yields the facilities it names. Only one named
 * facility (besides the user's own, when given) is an answer; two or more are asked about.
 * A short distinctive part (「A」) must be typed exactly: 「近い病院」 is one edit from 「え病院」.
 */
import { compactText } from '../../japaneseText';
import type { NamedFacility } from './facilityMatch';
import { editDistanceWithin, keyText, type KeyedText, type ReadingOf } from './nameKeys';

export type FacilityMention<T> =
  | { kind: 'none' }
  /** `text` is the part of the sentence that named it. */
  | { kind: 'one'; facility: T; text: string }
  /** Several facilities (or equally good readings of one place): ask. */
  | { kind: 'several'; facilities: T[] }
  /** Only the user's own facility was named. */
  | { kind: 'own'; text: string };

export interface MentionOptions<T> {
  readingOf?: ReadingOf;
  /** The user's own facility: recognised (so its name does not count as another), never returned. */
  own?: NamedFacility & { area?: string };
  /** The municipality a facility is in (千代田区), which users leave out of its name. */
  areaOf?: (facility: T) => string | undefined;
}

/** Kind words: users swap them (Bクリニック / B診療所) or leave them out (九段坂). */
const KIND_SUFFIXES = ['総合病院', 'クリニック', '診療所', '医院', '病院', '内科', '小児科', '接種会場', '会場', 'センター'];
/** Kinds a user may say instead of the registered one (a 病院 called 医院 by its neighbours). */
const SWAPPABLE_KINDS = ['総合病院', 'クリニック', '診療所', '医院', '病院'];
const LEGAL_PREFIX = /^(社会医療法人|特定医療法人|医療法人社団|医療法人財団|医療法人|社会福祉法人|一般社団法人|一般財団法人|公益社団法人|公益財団法人|地方独立行政法人|独立行政法人|国立大学法人|学校法人|宗教法人)/u;

const SCORE = { full: 1, alias: 0.95, reading: 0.9, variant: 0.8, variantReading: 0.75, typo: 0.7 } as const;
/** Below this many key characters a name is not matched with a typo (too many near-misses). */
const TYPO_MIN_LENGTH = 5;

interface Alias {
  surface: string;
  reading: string;
  /** Reading of the distinctive part (alias minus kind word): must be typed exactly when short. */
  coreReading: string;
  exactScore: number;
  readingScore: number;
  typos: boolean;
}

interface Mention<T> {
  facility: T;
  start: number;
  end: number;
  score: number;
}

/**
 * Aliases by name and area, per reading function: a prefecture lists hundreds of facilities and
 * reading each alias with kuromoji on every sentence would cost more than the rest of the turn.
 * Bounded (names change rarely; a renamed facility simply gets new entries).
 */
const aliasCaches = new WeakMap<object, Map<string, Alias[]>>();
const NO_READING = {};
const ALIAS_CACHE_LIMIT = 20_000;

function aliasesOf(name: string, area: string | undefined, readingOf: ReadingOf | undefined): Alias[] {
  const owner = readingOf ?? NO_READING;
  let cache = aliasCaches.get(owner);
  if (!cache) aliasCaches.set(owner, (cache = new Map()));
  const key = `${area ?? ''}\u0000${name}`;
  let aliases = cache.get(key);
  if (!aliases) {
    if (cache.size >= ALIAS_CACHE_LIMIT) cache.clear();
    aliases = buildAliases(name, area, readingOf);
    cache.set(key, aliases);
  }
  return aliases;
}

/** Ways of naming `name`, with the score an exact find of each gets. */
function buildAliases(name: string, area: string | undefined, readingOf: ReadingOf | undefined): Alias[] {
  const tidy = name.normalize('NFKC').trim();
  const bases = new Map<string, number>([[tidy, SCORE.full]]);
  const add = (text: string, score: number) => {
    const trimmed = text.trim();
    if (trimmed && !bases.has(trimmed)) bases.set(trimmed, score);
  };
  // 「医療法人社団桜会 さくらクリニック」 -> 「さくらクリニック」; 「医療法人さくら」 -> 「さくら」.
  const spaced = tidy.match(/^(\S+)\s+(.+)$/u);
  if (spaced && LEGAL_PREFIX.test(spaced[1])) add(spaced[2], SCORE.alias);
  if (LEGAL_PREFIX.test(tidy)) add(tidy.replace(LEGAL_PREFIX, ''), SCORE.alias);
  if (area) {
    const areaName = area.normalize('NFKC');
    for (const [base] of [...bases]) {
      if (base.startsWith(areaName)) add(base.slice(areaName.length), SCORE.alias);
      const town = areaName.replace(/[都道府県市区町村]$/u, '');
      if (town.length >= 2 && town !== areaName && base.startsWith(town)) add(base.slice(town.length), SCORE.alias);
    }
  }
  const aliases: Alias[] = [];
  const push = (text: string, core: string, exactScore: number, readingScore: number, typos: boolean) => {
    const keys = keyText(text, readingOf);
    if (compactText(text).length < 2 || aliases.some((a) => a.surface === keys.surface)) return;
    aliases.push({ surface: keys.surface, reading: keys.reading, coreReading: keyText(core, readingOf).reading, exactScore, readingScore, typos });
  };
  for (const [base, score] of bases) {
    const compact = base.replace(/\s+/gu, '');
    const kind = KIND_SUFFIXES.find((suffix) => compact.length > suffix.length && compact.endsWith(suffix));
    const core = kind ? compact.slice(0, -kind.length) : compact;
    push(compact, core, score, SCORE.reading, true);
    if (!kind) continue;
    if (SWAPPABLE_KINDS.includes(kind)) {
      for (const other of SWAPPABLE_KINDS) if (other !== kind) push(core + other, core, SCORE.variant, SCORE.variantReading, false);
    }
    // The distinctive part alone only when it cannot be a common word: three characters or more.
    if (compactText(core).length >= 3) push(core, core, SCORE.variant, SCORE.variantReading, false);
  }
  return aliases;
}

function occurrences(key: string, alias: string): number[] {
  const found: number[] = [];
  for (let at = key.indexOf(alias); at >= 0; at = key.indexOf(alias, at + 1)) found.push(at);
  return found;
}

/** Spans [start, end) of `key` within one edit of `alias` whose text still has the core exactly when it is short. */
function nearOccurrences(key: string, alias: Alias): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const length = alias.reading.length;
  for (let start = 0; start < key.length; start++) {
    for (const size of [length, length - 1, length + 1]) {
      const end = start + size;
      if (end > key.length || size < 1) continue;
      const part = key.slice(start, end);
      if (part[0] !== alias.reading[0] && part[part.length - 1] !== alias.reading[length - 1]) continue;
      if (alias.coreReading.length <= 2 && !part.includes(alias.coreReading)) continue;
      if (editDistanceWithin(part, alias.reading, 1)) found.push([start, end]);
    }
  }
  return found;
}

/** Original [start, end) of key characters [from, to), narrowed inside a kanji run read as a whole. */
function originalSpan(keyed: KeyedText, key: 'surface' | 'reading', from: number, to: number, text: string, readingOf?: ReadingOf): [number, number] {
  const at = key === 'surface' ? keyed.surfaceAt : keyed.readingAt;
  let [start] = at[from];
  let [, end] = at[to - 1];
  if (key === 'surface') return [start, end];
  // 「昨日九段坂病院」 is one kanji run read as a whole: when the match covers only the end (or the
  // start) of its reading, cut the run where the rest reads as the matched part (「昨日」 stays).
  const sameUnit = (i: number, unit: [number, number]) => at[i][0] === unit[0] && at[i][1] === unit[1];
  const first = at[from];
  let firstOfRun = from;
  while (firstOfRun > 0 && sameUnit(firstOfRun - 1, first)) firstOfRun--;
  if (firstOfRun < from) {
    let lastOfRun = from;
    while (lastOfRun + 1 < at.length && sameUnit(lastOfRun + 1, first)) lastOfRun++;
    const wanted = keyed.reading.slice(from, lastOfRun + 1);
    for (let cut = first[0] + 1; cut < first[1]; cut++) {
      if (keyText(text.slice(cut, first[1]), readingOf).reading === wanted) {
        start = cut;
        break;
      }
    }
  }
  const last = at[to - 1];
  let lastOfRun = to - 1;
  while (lastOfRun + 1 < at.length && sameUnit(lastOfRun + 1, last)) lastOfRun++;
  if (lastOfRun > to - 1) {
    let firstOfLast = to - 1;
    while (firstOfLast > 0 && sameUnit(firstOfLast - 1, last)) firstOfLast--;
    const wanted = keyed.reading.slice(firstOfLast, to);
    for (let cut = last[1] - 1; cut > last[0]; cut--) {
      if (keyText(text.slice(last[0], cut), readingOf).reading === wanted) {
        end = cut;
        break;
      }
    }
  }
  return [start, end];
}

/** The facilities `sentence` names, among `facilities` (and the user's own, which is never returned). */
export function findFacilityMention<T extends NamedFacility>(sentence: string, facilities: readonly T[], options: MentionOptions<T> = {}): FacilityMention<T> {
  const keyed = keyText(sentence, options.readingOf);
  if (!keyed.surface) return { kind: 'none' };
  const own = options.own;
  const everyone: Array<{ facility: T | undefined; area?: string; name: string }> = facilities
    .filter((f) => f.id !== own?.id)
    .map((f) => ({ facility: f, area: options.areaOf?.(f), name: f.name }));
  if (own) everyone.push({ facility: undefined, name: own.name, area: own.area });
  const mentions: Array<Mention<T | undefined>> = [];
  for (const candidate of everyone) {
    for (const alias of aliasesOf(candidate.name, candidate.area, options.readingOf)) {
      const found = (key: 'surface' | 'reading', from: number, to: number, score: number) => {
        const [start, end] = originalSpan(keyed, key, from, to, sentence, options.readingOf);
        mentions.push({ facility: candidate.facility, start, end, score });
      };
      for (const at of occurrences(keyed.surface, alias.surface)) found('surface', at, at + alias.surface.length, alias.exactScore);
      const exactReadings = occurrences(keyed.reading, alias.reading);
      for (const at of exactReadings) found('reading', at, at + alias.reading.length, alias.readingScore);
      if (alias.typos && exactReadings.length === 0 && alias.reading.length >= TYPO_MIN_LENGTH) {
        for (const [from, to] of nearOccurrences(keyed.reading, alias)) found('reading', from, to, SCORE.typo);
      }
    }
  }
  // Best first, then the longest: each place of the sentence names at most one facility.
  mentions.sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start));
  const taken: Array<Mention<T | undefined>> = [];
  for (const mention of mentions) {
    const overlapping = taken.filter((t) => mention.start < t.end && t.start < mention.end);
    // The same place read equally well as two facilities: both stay (asked about).
    const tie = overlapping.length > 0 && overlapping.every((t) => t.start === mention.start && t.end === mention.end && t.score === mention.score);
    if (overlapping.length === 0 || tie) taken.push(mention);
  }
  const named = [...new Set(taken.filter((m) => m.facility !== undefined).map((m) => m.facility as T))];
  if (named.length === 1) {
    const place = taken.find((m) => m.facility === named[0])!;
    return { kind: 'one', facility: named[0], text: sentence.slice(place.start, place.end) };
  }
  if (named.length > 1) return { kind: 'several', facilities: named };
  const ownPlace = taken.find((m) => m.facility === undefined);
  return ownPlace ? { kind: 'own', text: sentence.slice(ownPlace.start, ownPlace.end) } : { kind: 'none' };
}
