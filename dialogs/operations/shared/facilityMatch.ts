/**
 * Finds the facility a user means among the core's facility list, tolerant of how names are typed:
 * full/half width, katakana/hiragana, spaces, and the name with or without its kind (「東町」 for
 * 東町クリニック). Kanji typed as its reading (ひがしまち) is not matched here: facilityMention.ts
 * (names inside a sentence, readings, other kind words, typos) is the fallback for that.
 * Several candidates -> the dialog asks with buttons.
 */
import { compactText } from '../../japaneseText';

export interface NamedFacility {
  id: string;
  name: string;
}

/** Words that say what kind of place it is; a user often leaves them out (「東町」 for 東町クリニック). */
const KIND_SUFFIXES = ['クリニック', '診療所', '医院', '病院', '総合病院', '内科', '小児科', '接種会場', '会場', 'センター'].map(compactText);

function coreName(name: string): string {
  let core = compactText(name);
  for (const suffix of KIND_SUFFIXES.sort((a, b) => b.length - a.length)) {
    if (core.length > suffix.length + 1 && core.endsWith(suffix)) {
      core = core.slice(0, -suffix.length);
      break;
    }
  }
  return core;
}

export interface FacilityMatch<T extends NamedFacility> {
  /** Best candidates, best first; exactly one means the user was clear. */
  candidates: T[];
  /** The part of the text that named the facility (removed before looking for other values). */
  text?: string;
}

/**
 * Facilities named in `text` (a sentence or a short answer). A full name wins over a shortened
 * one; an answer that is only part of a name (「東」) lists every facility containing it.
 */
export function matchFacilities<T extends NamedFacility>(text: string, facilities: readonly T[]): FacilityMatch<T> {
  const said = compactText(text);
  if (!said) return { candidates: [] };
  const full = facilities.filter((f) => said.includes(compactText(f.name)));
  if (full.length > 0) {
    // When one registered name contains another (東町クリニック / 東町クリニック分院), the longest wins.
    const longest = Math.max(...full.map((f) => compactText(f.name).length));
    const best = full.filter((f) => compactText(f.name).length === longest);
    return { candidates: best, text: best.length === 1 ? best[0].name : undefined };
  }
  const byCore = facilities.filter((f) => said.includes(coreName(f.name)));
  // A short answer may also be a fragment of names (「東町」 is in 東町中央病院 too): offer them all.
  const partial = said.length <= 12 ? facilities.filter((f) => compactText(f.name).includes(said)) : [];
  const candidates = [...byCore, ...partial.filter((f) => !byCore.includes(f))];
  if (candidates.length > 0) return { candidates };
  return { candidates: [] };
}
