/**
 * Loanwords typed in hiragana with a long-vowel mark (でーたろっく, えくすぽーと, くーるごと):
 * kuromoji shreds them into nonsense (で/ー/たろ/っ/く), while in katakana it knows them
 * (データ/ロック). A long-vowel mark after hiragana is almost only ever a loanword, so the span
 * around it is rewritten in katakana before tokenizing, choosing the span kuromoji recognises best.
 */
import type { Morpheme } from './tokenizer';

const HIRAGANA_RUN = /[\u3041-\u3096ー]+/g;
const HIRAGANA_CHAR = /[\u3041-\u3096]/;
/** A loanword typed in kana usually starts or ends next to one of these particles. */
const PARTICLE_CHARS = new Set(['が', 'を', 'は', 'の', 'に', 'で', 'と', 'も', 'へ', 'や']);
const KANA_OFFSET = 0x60; // ア - あ

function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (char) => String.fromCodePoint((char.codePointAt(0) ?? 0) + KANA_OFFSET));
}

interface Span {
  start: number;
  end: number;
}

/** Characters that start the word after a loanword: particles and forms of する (えくすぽーと|したい). */
const FOLLOWER_CHARS = new Set([...PARTICLE_CHARS, 'し', 'す', 'さ', 'せ']);

const SMALL_KANA = /[ぁぃぅぇぉっゃゅょゎ]/;
/** A loanword rarely has more kana than this before its first long-vowel mark (こんぴゅ|ーたー). */
const MAX_KANA_BEFORE_MARK = 5;

/** Where a word may start before the mark: after the last particle, else where the run starts. */
function leftBoundary(chars: string[], from: number, mark: number): number {
  let start = from;
  for (let i = from; i < mark - 1; i++) if (PARTICLE_CHARS.has(chars[i]) && !SMALL_KANA.test(chars[i + 1])) start = i + 1;
  return start;
}

/**
 * The longest span around the mark that kuromoji reads in katakana as known nouns only, the
 * first of them holding the mark and the last not a lone particle (でーたろっく -> データロック,
 * not データ + ろっく; さーばーがおもい -> サーバー, not サーバーガ). Spans starting at the left
 * boundary win over inner ones (れぽーといちらん -> レポート, not れ + ポートイチ).
 */
function knownNounSpan(chars: string[], from: number, mark: number, tokenize: (text: string) => Morpheme[]): Span | undefined {
  const boundary = leftBoundary(chars, from, mark);
  let best: Span | undefined;
  for (let start = boundary; start < mark; start++) {
    if (SMALL_KANA.test(chars[start])) continue;
    for (let end = mark + 1; end <= chars.length; end++) {
      const morphemes = tokenize(toKatakana(chars.slice(start, end).join('')));
      if (!morphemes.every((morpheme) => morpheme.partOfSpeech === '名詞' && morpheme.known)) continue;
      if ([...morphemes[0].surfaceForm].length <= mark - start) continue; // the mark is in a later word
      const last = morphemes[morphemes.length - 1].surfaceForm;
      if (morphemes.length > 1 && [...last].length === 1) continue;
      if (!best || end - start > best.end - best.start) best = { start, end };
    }
    if (best) return best;
  }
  return best;
}

/**
 * A loanword the dictionary does not know (エクスポート): from the left boundary to one kana
 * after the mark when what follows can start a new word, else to the mark.
 */
function unknownWordSpan(chars: string[], from: number, mark: number): Span | undefined {
  const start = leftBoundary(chars, from, mark);
  if (mark - start > MAX_KANA_BEFORE_MARK) return undefined; // no word boundary in sight
  const longer = mark + 2 <= chars.length && (mark + 2 === chars.length || FOLLOWER_CHARS.has(chars[mark + 2]));
  return { start, end: longer ? mark + 2 : mark + 1 };
}

/**
 * The known-noun span, unless it starts inside a longer word that kuromoji itself reads as one
 * unknown word (えくす|ぽーと: エクスポート is one word, not え + くす + ポート).
 */
function loanwordSpan(chars: string[], from: number, mark: number, tokenize: (text: string) => Morpheme[]): Span | undefined {
  const unknown = unknownWordSpan(chars, from, mark);
  const known = knownNounSpan(chars, from, mark, tokenize);
  if (!known || !unknown) return known ?? unknown;
  if (known.start === unknown.start) return known;
  const whole = tokenize(toKatakana(chars.slice(unknown.start, unknown.end).join('')));
  return whole.length === 1 ? unknown : known;
}

/** Rewrites hiragana loanwords with a long-vowel mark in katakana; other text is unchanged. */
export function transliterateKanaLoanwords(text: string, tokenize: (text: string) => Morpheme[]): string {
  if (!text.includes('ー')) return text;
  return text.replace(HIRAGANA_RUN, (run) => {
    const chars = [...run];
    let from = 0;
    let out = '';
    for (let i = 1; i < chars.length; i++) {
      if (chars[i] !== 'ー' || !HIRAGANA_CHAR.test(chars[i - 1]) || i - 1 < from) continue;
      const span = loanwordSpan(chars, from, i, tokenize);
      if (!span) continue;
      out += chars.slice(from, span.start).join('') + toKatakana(chars.slice(span.start, span.end).join(''));
      from = span.end;
      i = span.end - 1;
    }
    return out + chars.slice(from).join('');
  });
}
