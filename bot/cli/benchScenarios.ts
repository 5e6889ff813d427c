/**
 * What the simulated users say in the benchmark and the load test. Questions are the kind users
 * ask (plain, kana-only, colloquial); the echo baseline gets the same texts.
 */
import { TURN_ERROR_MESSAGE } from '../../dialogs/welcomeMessages';
import type { Scenario } from './benchLoad';
import { visibleText, type TurnResult } from './benchDirectLineClient';

export const QNA_QUESTIONS = [
  '希望量の登録方法を教えてください',
  '融通を受けた医療機関は何を登録しますか',
  'ろっとばんごう',
  '接種実績の修正方法',
  '請求総括書の提出期限はいつですか',
  'サテライト型から基本型に変更したい場合',
  '分配量はいつ見られますか',
  'パスワードを忘れました',
  '廃棄の登録はバイアル単位ですか',
  '納入予定日は誰が入力しますか',
];

/** A turn failed when the bot said nothing or apologised for an error. */
export function failedTurn(_said: string, result: TurnResult): string | undefined {
  if (result.replies.length === 0) return 'no reply';
  const error = result.replies.find((reply) => visibleText(reply).includes(TURN_ERROR_MESSAGE));
  return error ? 'the bot reported a failed turn' : undefined;
}

const FACILITY_USERS = ['demo-facility', 'demo-facility-satellite', 'demo-municipality', 'demo-prefecture', 'demo-maker'];

export function qnaScenario(): Scenario {
  return {
    name: 'qna',
    demoUser: (index) => FACILITY_USERS[index % FACILITY_USERS.length],
    // Each conversation starts at another question so concurrent turns are not all the same.
    script: (index) => QNA_QUESTIONS.map((_, i) => QNA_QUESTIONS[(i + index) % QNA_QUESTIONS.length]),
    check: failedTurn,
  };
}

/** The same users and texts against the echo bot. */
export function echoOf(scenario: Scenario): Scenario {
  return { ...scenario, name: `${scenario.name}-echo`, check: (_said, result) => (result.replies.length ? undefined : 'no reply') };
}
