/**
 * Greetings, thanks and chit-chat get a short friendly reply instead of a manual search (a search
 * for 「ありがとう」 would only produce a confusing answer card).
 */
import { compactText } from './japaneseText';
import { SMALL_TALK } from './messages';

export type SmallTalkKind = keyof typeof SMALL_TALK;

const PHRASES: Record<SmallTalkKind, string[]> = {
  greeting: ['こんにちは', 'こんちは', 'はじめまして', 'よろしく', 'よろしくお願いします', 'hello', 'hi', 'もしもし', 'どうも'],
  morning: ['おはよう', 'おはようございます'],
  evening: ['こんばんは', 'こんばんわ', 'おやすみ', 'おやすみなさい'],
  thanks: ['ありがとう', 'ありがとうございます', 'ありがとうございました', 'どうもありがとう', '助かりました', '助かります', 'たすかりました', 'thanks', 'thankyou', 'サンキュー', '感謝します'],
  farewell: ['さようなら', 'またね', 'では', 'それでは', 'bye', 'バイバイ', '失礼します'],
  acknowledgement: ['了解', '了解です', '了解しました', 'わかりました', '分かりました', '承知しました', 'なるほど', 'ok', 'オッケー', 'はーい'],
  identity: ['あなたは誰', 'あなたはだれ', '誰ですか', 'だれですか', 'あなたは何', '名前は', 'お名前は', 'ボットですか', 'aiですか', '人間ですか'],
  tired: ['疲れた', 'つかれた', '疲れました', 'おつかれ', 'お疲れ', 'お疲れさま', 'お疲れさまです', 'おつかれさまです', '眠い', 'ねむい'],
  apology: ['すみません', 'ごめんなさい', 'ごめん', '失礼しました'],
};

const FORMS = new Map<string, SmallTalkKind>();
for (const [kind, phrases] of Object.entries(PHRASES) as Array<[SmallTalkKind, string[]]>) {
  for (const phrase of phrases) FORMS.set(compactText(phrase), kind);
}

/** Short tails that do not change the meaning: 「ありがとう！！」「こんにちは〜」「了解です。」 are already stripped. */
const SOFT_TAILS = ['ですか', 'です', 'ございます', 'ございました', 'か', 'ね', 'よ', 'ー', 'な'];

export function detectSmallTalk(text: string | undefined): SmallTalkKind | undefined {
  if (!text) return undefined;
  let form = compactText(text).replace(/[ーw笑]+$/u, '');
  if (form.length === 0 || form.length > 20) return undefined;
  for (let i = 0; i < 3; i++) {
    const kind = FORMS.get(form);
    if (kind) return kind;
    const tail = SOFT_TAILS.find((t) => form.length > t.length && form.endsWith(t));
    if (!tail) break;
    form = form.slice(0, -tail.length);
  }
  return FORMS.get(form);
}

export function smallTalkReply(kind: SmallTalkKind): string {
  return SMALL_TALK[kind];
}
