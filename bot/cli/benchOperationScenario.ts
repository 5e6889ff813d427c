/**
 * The operation dialog the benchmark loads: found by asking the running server (the greeting lists
 * the operations registered for the user), then walked once by a small driver that answers each
 * question from a table, so the benchmark replays exactly the turns a real user needs. When no
 * operation is registered the benchmark says so instead of inventing figures.
 */
import { DirectLineSession, visibleText, type BotActivity } from './benchDirectLineClient';
import type { Scenario } from './benchLoad';
import { failedTurn } from './benchScenarios';
import { MENU_OPERATIONS_HEADING } from '../../dialogs/messages';

export interface OperationCandidate {
  demoUser: string;
  /** Words of the operation's menu label that identify it in the greeting. */
  label: RegExp;
  trigger: string;
}

/** In order of preference: operations that write a record the load test can read back. */
export const CLAIM_CANDIDATE: OperationCandidate = { demoUser: 'demo-facility', label: /請求/, trigger: '請求書を作成したい' };

export const OPERATION_CANDIDATES: OperationCandidate[] = [
  { demoUser: 'demo-facility', label: /希望量/, trigger: '希望量を登録したい' },
  { demoUser: 'demo-facility', label: /接種実績/, trigger: '接種実績を登録したい' },
  { demoUser: 'demo-facility', label: /廃棄/, trigger: '廃棄を登録したい' },
  CLAIM_CANDIDATE,
];

/** Answers to the questions operation dialogs ask, by what the question is about. */
const ANSWERS: Array<[RegExp, string]> = [
  [/内容で(登録|よろしい)|登録しますか|確認してください|よろしいですか/, '登録する'],
  [/ロット/, 'FA1234'],
  [/(日付|いつ|何日)/, '今日'],
  [/(累計|人数|回数)/, '12'],
  [/(バイアル|本数|数量|希望量)/, '3'],
  [/(理由)/, '期限切れ'],
];

export const FINISHED = /(登録しました|完了しました|受け付けました|作成しました|提出しました|登録が完了)/;

function latestQuestion(replies: BotActivity[]): string {
  return replies.map(visibleText).join('\n');
}

/** Walks the operation once; the texts said, or undefined when it did not come to an end. */
export async function walkOperation(session: DirectLineSession, trigger: string, maxTurns = 10): Promise<string[] | undefined> {
  const said = [trigger];
  let result = await session.say(trigger);
  for (let turn = 0; turn < maxTurns; turn++) {
    if (failedTurn(trigger, result)) return undefined;
    const shown = latestQuestion(result.replies);
    if (FINISHED.test(shown)) return said;
    // A confirmation card offers 登録する as a button; otherwise answer the question by its topic.
    const confirm = result.replies.some((reply) => reply.suggestedActions?.actions.some((action) => action.title === '登録する'));
    const answer = confirm ? '登録する' : ANSWERS.find(([question]) => question.test(shown))?.[1];
    if (!answer) return undefined;
    said.push(answer);
    result = await session.say(answer);
  }
  return undefined;
}

/** The greeting's list of operations (the paragraph under its heading), not its example questions. */
function operationsListed(greeting: string): string {
  const start = greeting.indexOf(MENU_OPERATIONS_HEADING);
  if (start < 0) return '';
  const end = greeting.indexOf('\n\n', start);
  return greeting.slice(start, end < 0 ? undefined : end);
}

export async function operationScenario(url: string, candidates = OPERATION_CANDIDATES): Promise<{ scenario?: Scenario; reason?: string }> {
  for (const candidate of candidates) {
    const session = await DirectLineSession.open(url, candidate.demoUser);
    try {
      const offered = session.activities.some((activity) => candidate.label.test(operationsListed(activity.text ?? '')));
      if (!offered) continue;
      const script = await walkOperation(session, candidate.trigger);
      if (!script) continue;
      return {
        scenario: { name: `operation:${candidate.trigger}`, demoUser: () => candidate.demoUser, script: () => script, check: failedTurn },
      };
    } finally {
      session.close();
    }
  }
  return { reason: `no operation dialog the driver can complete is registered (tried: ${candidates.map((c) => c.trigger).join(', ')})` };
}
