/**
 * Counts (vials, people) as Japanese users type them: 3バイアル, 十二本, １２本, 百二十三人.
 * Numbers are read with @microsoft/recognizers-text-suite in Japanese culture; this module decides
 * what a count may be (a whole number, not negative, zero only where allowed) and says what is
 * wrong otherwise, so the re-prompt can tell the user.
 */
import { Culture, recognizeNumber } from '@microsoft/recognizers-text-suite';

export type CountProblem = 'missing' | 'negative' | 'fraction' | 'zero' | 'several';

export type CountParse = { ok: true; value: number; text: string } | { ok: false; problem: CountProblem };

export interface CountOptions {
  /** 0 is a valid answer (e.g. a cumulative count before the first vaccination). */
  allowZero?: boolean;
}

interface FoundNumber {
  value: number;
  text: string;
  start: number;
  end: number;
}

function numbersIn(text: string): FoundNumber[] {
  return recognizeNumber(text, Culture.Japanese).map((r) => ({
    value: Number(r.resolution?.value),
    text: r.text,
    start: r.start,
    end: r.end,
  }));
}

function judge(found: FoundNumber, options: CountOptions): CountParse {
  if (!Number.isFinite(found.value)) return { ok: false, problem: 'missing' };
  if (found.value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isInteger(found.value)) return { ok: false, problem: 'fraction' };
  if (found.value === 0 && !options.allowZero) return { ok: false, problem: 'zero' };
  return { ok: true, value: found.value, text: found.text };
}

/** The reply to "how many?": exactly one number, judged. 「3バイアル」「十二本」「１２」. */
export function parseCount(text: string, options: CountOptions = {}): CountParse {
  // The recognizer does not read ゼロ/零 on their own.
  const normalized = text.normalize('NFKC').replace(/ゼロ|ぜろ|零/g, '0');
  // The recognizer reads "-3" as -3 but "ー3"/"△3" not at all; a leading minus sign must not slip through.
  if (/(^|[^\p{L}\p{N}])[-−－ー△▲]\s*\d/u.test(normalized) || /マイナス|まいなす/.test(normalized)) return { ok: false, problem: 'negative' };
  const numbers = numbersIn(normalized);
  if (numbers.length === 0) return { ok: false, problem: 'missing' };
  if (numbers.length > 1) return { ok: false, problem: 'several' };
  return judge(numbers[0], options);
}

/**
 * A count inside a longer sentence: the number written with one of `units` right after it
 * (「…を3バイアル…」). Undefined when no number carries a unit (then the dialog asks).
 */
export function findCountWithUnit(text: string, units: readonly string[], options: CountOptions = {}): CountParse | undefined {
  const normalized = text.normalize('NFKC');
  for (const found of numbersIn(normalized)) {
    const after = normalized.slice(found.end + 1).trimStart();
    if (units.some((unit) => after.startsWith(unit))) {
      const before = normalized.slice(Math.max(0, found.start - 4), found.start);
      if (/マイナス|まいなす|[-−－△▲]\s*$/.test(before)) return { ok: false, problem: 'negative' };
      return judge(found, options);
    }
  }
  return undefined;
}

export const VIAL_UNITS = ['バイアル', 'ばいある', '本', '瓶', 'びん', 'V', 'v', 'vial'] as const;
export const PEOPLE_UNITS = ['人', '名', '件', '回'] as const;
