/**
 * Medical safety: questions about a patient's symptoms, side effects or clinical judgement are
 * never answered from the system manuals (they are about V-SYS operations, and a wrong answer
 * could hurt someone). Such questions are referred to the configured consultation line.
 * The word list is deliberately broad: a false positive costs one referral, a miss could cost more.
 */
import { normalizeText } from './japaneseText';

const MEDICAL_TERMS = [
  '副反応', 'ふくはんのう', '副作用', 'ふくさよう', '体調', 'たいちょう', '発熱', 'はつねつ', '熱が', '熱っぽ', '高熱', '微熱',
  'アナフィラキシー', 'アレルギー', '症状', '頭痛', '痛み', '痛い', '腫れ', 'はれて', '発疹', 'じんましん', '蕁麻疹',
  'かゆみ', '倦怠感', 'だるい', '吐き気', 'めまい', '意識', 'けいれん', '痙攣', '失神', '心筋炎', '持病', '妊娠', '妊婦',
  '授乳', '服薬', '飲んでいる薬', '抗凝固', '禁忌', '救急', '体温', '具合が悪', '気分が悪', '診断', '治療',
  '接種してよい', '接種して良い', '接種していい', '接種しても良い', '接種してもよい', '接種してもいい', '接種しても大丈夫',
  '打ってもいい', '打ってもよい', '打っても良い', '打っても大丈夫', '打っていい', '受けてもいい', '受けても大丈夫',
  '接種を控え', '接種できない人', '接種できる人',
].map(normalizeText);

export function isMedicalQuestion(text: string | undefined): boolean {
  if (!text) return false;
  const form = normalizeText(text).replace(/\s/gu, '');
  return MEDICAL_TERMS.some((term) => form.includes(term));
}
