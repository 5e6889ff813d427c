/**
 * Contact details as Japanese users type them: full-width digits and letters, hyphens written as
 * 「ー」「－」, phone numbers with parentheses. Each reader folds the text, checks the format and
 * returns the value to store, or the reason it cannot be used (the dialog says it in Japanese).
 */

export type FormatParse = { ok: true; value: string } | { ok: false; problem: 'empty' | 'malformed' };

const DASHES = /[‐‑‒–—―−ー－ｰ]/gu;

function fold(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-').replace(/\s+/gu, ' ').trim();
}

/** A single address: local@domain.tld, no spaces, one @, a dot in the domain. */
export function parseEmail(text: string): FormatParse {
  const folded = fold(text).replace(/^mailto:/iu, '');
  if (!folded) return { ok: false, problem: 'empty' };
  const match = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$/u.exec(folded);
  if (!match || folded.includes('..') || folded.startsWith('.') || folded.split('@')[0].endsWith('.')) return { ok: false, problem: 'malformed' };
  const [local, domain] = folded.split('@');
  return { ok: true, value: `${local}@${domain.toLowerCase()}` };
}

/** An email address somewhere in a sentence (「メールはdr@example.jpです」). */
export function findEmail(text: string): string | undefined {
  return /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/u.exec(fold(text))?.[0];
}

/**
 * A Japanese phone number: starts with 0, 10 digits (fixed lines, 0120) or 11 digits (mobile 070/
 * 080/090, 050, 0800); +81 is read as 0. Returned with the user's own hyphens (parentheses become
 * hyphens), or grouped as 03-1234-5678 / 090-1234-5678 when typed as plain digits.
 */
export function parsePhone(text: string): FormatParse {
  let folded = fold(text).replace(/[()（）]/gu, '-').replace(/\s/gu, '-');
  if (!folded) return { ok: false, problem: 'empty' };
  folded = folded.replace(/^\+81-?/u, '0').replace(/-+/gu, '-').replace(/^-|-$/gu, '');
  if (!/^[0-9-]+$/u.test(folded)) return { ok: false, problem: 'malformed' };
  const digits = folded.replace(/-/gu, '');
  if (!digits.startsWith('0')) return { ok: false, problem: 'malformed' };
  const mobileLength = /^(0[5789]0|0800)/u.test(digits) ? 11 : 10;
  if (digits.length !== mobileLength) return { ok: false, problem: 'malformed' };
  if (folded.includes('-')) return { ok: true, value: folded };
  if (digits.length === 11) return { ok: true, value: `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}` };
  if (digits.startsWith('0120')) return { ok: true, value: `${digits.slice(0, 4)}-${digits.slice(4, 7)}-${digits.slice(7)}` };
  return { ok: true, value: `${digits.slice(0, 2)}-${digits.slice(2, 6)}-${digits.slice(6)}` };
}

/** A phone number somewhere in a sentence (「予約電話を03-1234-5678に」). */
export function findPhone(text: string): string | undefined {
  return /(\+81[-\s]?|0)\d{1,4}[-()\s]?\d{1,4}[-)\s]?\d{3,4}/u.exec(fold(text))?.[0];
}

/** A web page address with http or https and a host name with a dot. */
export function parseUrl(text: string): FormatParse {
  const folded = fold(text);
  if (!folded) return { ok: false, problem: 'empty' };
  if (/\s/u.test(folded)) return { ok: false, problem: 'malformed' };
  try {
    const url = new URL(folded);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.') || url.username || url.password) {
      return { ok: false, problem: 'malformed' };
    }
    return { ok: true, value: url.toString() };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}

/** A URL somewhere in a sentence. */
export function findUrl(text: string): string | undefined {
  return /https?:\/\/[^\s、。「」]+/u.exec(fold(text))?.[0];
}
