/**
 * Lot numbers (ロット番号) as printed on vial labels: one to three letters and three to six digits
 * (AB1234, FF3622). Users type them in full or half width, lower or upper case, sometimes with a
 * hyphen or space (ab-1234); all fold to the canonical upper-case form.
 */
const LOT_PATTERN = /(?<![A-Z0-9])([A-Z]{1,3})[-\s]?(\d{3,6})(?![0-9])/;

/** The first lot number in `text`, canonical (「ロットａｂ－１２３４」 -> AB1234). */
export function findLotNumber(text: string): { lotNumber: string; text: string } | undefined {
  const normalized = text.normalize('NFKC').toUpperCase().replace(/[‐－―ー−]/g, '-');
  const match = normalized.match(LOT_PATTERN);
  if (!match) return undefined;
  return { lotNumber: `${match[1]}${match[2]}`, text: match[0] };
}

/** Canonical form for comparing a typed lot number with the core's. */
export function canonicalLotNumber(lotNumber: string): string {
  return lotNumber.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '');
}
