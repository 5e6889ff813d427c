/**
 * Splits a run of kana typed instead of kanji (せいきゅうしょのしめきりはいつ) into the pieces that
 * stand for words (せいきゅうしょ / しめきり). kuromoji cannot be trusted here: it reads
 * hiragana runs as nonsense and swallows particles into unknown words (ゅうしょのしめきり), so
 * the run is cut by characters: at を always, at other particles when both sides are long enough
 * to be words, and question endings (はいつ, をみたい, とは) are stripped from each piece.
 */
import stopwordData from './data/stopwords.json';
import { readingKey } from './japaneseText';
import { MAX_LEXICON_READING, type LexiconEntry } from './readingLexicon';

/** A piece of a kana run: its text as typed, and what it stands for when the content has that word. */
export interface KanaPiece {
  text: string;
  /** Reading key; the content's own reading when the piece is a known word (きほんがた -> きほんかた). */
  reading: string;
  /** The content word(s) the piece's reading stands for (はいき -> 廃棄, せいきゅうそうかつしょ -> 請求·総括·書). */
  entry?: LexiconEntry;
}

/** Looks a typed reading up in the indexed vocabulary. */
export interface ReadingLookup {
  lookup(reading: string): LexiconEntry | undefined;
}

const ALWAYS_SPLIT = new Set(['を']);
// と, も and や start too many words typed in kana (とき, とうろく, もくじ) to cut at.
const SPLIT_WHEN_LONG = new Set(['の', 'が', 'は', 'に', 'で', 'へ']);
/** Particles at the start of a run that follows other words (請求|をおくれた). */
const LEADING_PARTICLES = new Set([...ALWAYS_SPLIT, ...SPLIT_WHEN_LONG, 'と', 'も', 'や']);
const SMALL_KANA = /[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮー]/;
const ENDINGS = [...stopwordData.kanaEndings].sort((a, b) => b.length - a.length);
const ENDING_SET = new Set(ENDINGS);
/** っと, ッド: a particle never follows a small tsu (ろっと, ちょっと). */
const SMALL_TSU = /[っッ]/;
const STOPWORDS = new Set(stopwordData.words);
/** A piece shorter than this is a particle or a stray syllable, not a word. */
const MIN_PIECE = 2;

function stripEndings(piece: string): string {
  let out = piece;
  for (let changed = true; changed; ) {
    changed = false;
    for (const ending of ENDINGS) {
      if (out.endsWith(ending) && out.length - ending.length >= MIN_PIECE) {
        out = out.slice(0, -ending.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/**
 * Kana that carry no topic between the words of a question typed in kana: particles,
 * auxiliaries, light verbs and question endings (はいき|した|ばいある|の|かず).
 */
const FUNCTION_KANA = new Set(
  [
    ...ENDINGS,
    ...LEADING_PARTICLES,
    'か', 'から', 'まで', 'までに', 'より', 'など', 'ので', 'のに', 'けど', 'けれど', 'たら', 'ても', 'でも', 'には', 'では', 'とは',
    'にも', 'への', 'での', 'との', 'からの', 'までの', 'って', 'てる', 'ている', 'ていない', 'てない', 'いる', 'いない',
    'ある', 'あり', 'ありますか', 'なる', 'なった', 'なら', 'られる', 'れる', 'れない', 'ない', 'なかった', 'ません', 'ませんか',
    'でした', 'だ', 'だった', 'です', 'ます', 'ました', 'し', 'して', 'しない', 'しなきゃ', 'しなければ', 'て', 'た', 'な', 'ね', 'よ',
    'の', 'んだけど', 'んですが', 'のですが', 'ですが', 'だけ', 'ばいい', 'ればいい', 'たらいい', 'すれば', 'すればいい',
    'どうする', 'どうやって', 'どうやる', 'どうすれば', 'どうなる', 'どうしたら', 'どこで', 'どこに', 'どこから', 'いつまで', 'なんで', 'なぜ',
    'いい', 'いいですか', 'よい', 'よいですか', 'たい', 'たいです', 'たいんですが', 'もう', 'いちど', 'また', 'まだ', 'ちゃんと', 'ぜんぶ', 'ぜんぜん', 'こと', 'もの', 'ため',
  ].map(readingKey),
);

/**
 * Costs of the segmentation: a known word or function kana per piece, an unknown character each.
 * A two-kana word costs more: almost any kana pair is the reading of some word of the content
 * (まんしゃ is not 万 + 者), so it is only taken when it explains the run better than nothing.
 */
const KNOWN_COST = 1;
const SHORT_WORD_COST = 2.6;
const UNKNOWN_COST = 1.2;

type Span = { start: number; end: number; kind: 'word' | 'function' | 'unknown'; entry?: LexiconEntry };

/**
 * Cuts the run where the content's own words are: the fewest pieces that are known words or
 * function kana, characters nothing explains left over (dynamic programming over the run).
 */
function segment(chars: string[], keys: string[], lexicon: ReadingLookup): Span[] {
  const n = keys.length;
  // No cut inside a syllable (いし|ゃ of いしゃ, ばい|ーる) nor after a small tsu (ろっ|と); before one
  // is fine (ふらぐ|って). No word starts with ん (の|へ|んこう is の|へんこう).
  const boundary = (at: number): boolean =>
    at === 0 || at === n || !((SMALL_KANA.test(chars[at]) && !SMALL_TSU.test(chars[at])) || SMALL_TSU.test(chars[at - 1]) || /[んン]/.test(chars[at]));
  const best: Array<{ cost: number; span?: Span }> = [{ cost: 0 }];
  for (let i = 1; i <= n; i++) best.push({ cost: Infinity });
  for (let i = 0; i < n; i++) {
    const from = best[i].cost;
    if (from === Infinity) continue;
    const relax = (span: Span, cost: number): void => {
      if (from + cost < best[span.end].cost) best[span.end] = { cost: from + cost, span };
    };
    relax({ start: i, end: i + 1, kind: 'unknown' }, UNKNOWN_COST);
    if (!boundary(i)) continue;
    let joined = '';
    for (let j = i + 1; j <= n && joined.length <= MAX_LEXICON_READING; j++) {
      joined += keys[j - 1];
      if (!boundary(j)) continue;
      // A question does not start with a particle (は of はいしゃ).
      if (FUNCTION_KANA.has(joined) && (i > 0 || j > 1)) relax({ start: i, end: j, kind: 'function' }, KNOWN_COST);
      const entry = joined.length >= MIN_PIECE ? lexicon.lookup(joined) : undefined;
      // Checked after function kana: a tie (した: 下 or the verb) goes to the function reading.
      if (entry) relax({ start: i, end: j, kind: 'word', entry }, (joined.length > MIN_PIECE ? KNOWN_COST : SHORT_WORD_COST) + 0.01);
    }
  }
  const spans: Span[] = [];
  for (let end = n; end > 0; ) {
    const span = best[end].span as Span;
    spans.unshift(span);
    end = span.start;
  }
  return spans;
}

/** Share of the run's characters that are words of three kana or more of the content (いそう, こうもく). */
export function knownWordShare(run: string, lexicon: ReadingLookup): number {
  const chars = [...run];
  const spans = segment(chars, chars.map(readingKey), lexicon);
  const known = spans.filter((span) => span.kind === 'word' && span.end - span.start > MIN_PIECE).reduce((sum, span) => sum + span.end - span.start, 0);
  return chars.length ? known / chars.length : 0;
}

/**
 * The word-like pieces of a kana run, cut where the indexed vocabulary has words. Characters no
 * known word explains, with the function kana after them, are cut by characters as before.
 */
export function kanaRunWords(run: string, followsWords: boolean, lexicon: ReadingLookup): KanaPiece[] {
  let chars = [...run];
  if (followsWords) {
    let start = 0;
    while (start < chars.length && LEADING_PARTICLES.has(chars[start])) start++;
    chars = chars.slice(start);
  }
  const keys = chars.map(readingKey);
  const spans = segment(chars, keys, lexicon);
  const pieces: KanaPiece[] = [];
  // Between two known words: function kana only (dropped), or something unknown, which is cut
  // by characters as before with the function kana round it (ます|く of ますく is one word).
  let stretch: Span[] = [];
  const flushStretch = (): void => {
    if (stretch.some((span) => span.kind === 'unknown')) {
      // The particle that ends the word before is no part of it (の of の|へんこう).
      const first = stretch[0];
      const start = first.kind === 'function' && first.end - first.start === 1 ? first.end : first.start;
      const text = chars.slice(start, stretch[stretch.length - 1].end).join('');
      for (const piece of kanaRunPieces(text, false)) pieces.push({ text: piece, reading: readingKey(piece) });
    }
    stretch = [];
  };
  for (const span of spans) {
    if (span.kind === 'word' && span.entry) {
      flushStretch();
      pieces.push({ text: chars.slice(span.start, span.end).join(''), reading: span.entry.reading, entry: span.entry });
    } else stretch.push(span);
  }
  flushStretch();
  return pieces;
}

/**
 * The word-like pieces of a kana run. `followsWords`: the run comes after other words of the
 * question, so a particle at its start belongs to them.
 */
export function kanaRunPieces(run: string, followsWords: boolean): string[] {
  const chars = [...stripEndings(run)];
  let start = 0;
  if (followsWords) while (start < chars.length && LEADING_PARTICLES.has(chars[start])) start++;
  const pieces: string[] = [];
  let current = '';
  for (let i = start; i < chars.length; i++) {
    const char = chars[i];
    const next = chars[i + 1] ?? '';
    const rest = chars.length - i - 1;
    // に of にゅう, は of はいき: a particle is never followed by a small kana in the same breath.
    const previous = chars[i - 1] ?? '';
    const particle = !SMALL_KANA.test(next) && !SMALL_TSU.test(previous) && (ALWAYS_SPLIT.has(char) || (SPLIT_WHEN_LONG.has(char) && current.length >= MIN_PIECE && rest >= MIN_PIECE));
    if (particle) {
      pieces.push(current);
      current = '';
    } else current += char;
  }
  pieces.push(current);
  return pieces
    .map(stripEndings)
    .filter((piece) => [...piece].length >= MIN_PIECE && !STOPWORDS.has(piece) && !ENDING_SET.has(piece));
}
