/**
 * Splits a run of kana typed instead of kanji (せいきゅうしょのしめきりはいつ) into the pieces that
 * stand for words (せいきゅうしょ / しめきり). kuromoji cannot be trusted here: it reads
 * hiragana runs as nonsense and swallows particles into unknown words (ゅうしょのしめきり), so
 * the run is cut by characters: at を always, at other particles when both sides are long enough
 * to be words, and question endings (はいつ, をみたい, とは) are stripped from each piece.
 */
import stopwordData from './data/stopwords.json';

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
