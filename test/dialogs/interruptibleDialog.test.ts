/**
 * The interruption contract of every operation dialog, driven with botbuilder-testing's
 * DialogTestClient in the shape of 13.core-bot's bookingDialog tests: (user says, bot replies)
 * rows plus the dialog's result.
 */
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { DialogTestClient, DialogTestLogger } from 'botbuilder-testing';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { TurnServicesMiddleware } from '../../dialogs/turnServices';
import type { EscalationReason } from '../../dialogs/ports/escalation';
import { EmbeddedRepositories } from '../../adapters/storage/embeddedRepositories';
import { makeTempDir } from '../support/tempDir';
import { FACILITY_USER } from './support/conversationHarness';
import { DisposalNoteDialog, DISPOSAL_COLLECTION, TEXT } from './support/disposalNoteDialog';

interface Case {
  name: string;
  initialUtterance?: string;
  /** [user says, the bot's replies must include (in order, one per reply)] */
  turns: Array<[string, string[]]>;
  expectedStatus: DialogTurnStatus;
  expectedOutcome?: string;
  stored: number;
}

const cases: Case[] = [
  {
    name: 'step by step, help on each step',
    turns: [
      ['開始', [TEXT.askLot]],
      ['help', [TEXT.lotHelp, TEXT.askLot]],
      ['XY9876', [TEXT.askVials]],
      ['ヘルプ', [TEXT.vialsHelp, TEXT.askVials]],
      ['２', [TEXT.confirm('XY9876', 2)]],
      ['はい', [TEXT.done]],
    ],
    expectedStatus: DialogTurnStatus.complete,
    expectedOutcome: 'completed',
    stored: 1,
  },
  {
    name: 'lot from the first sentence, cancel confirmed',
    initialUtterance: 'XY9876を廃棄しました',
    turns: [
      ['開始', [TEXT.askVials]],
      ['ｷｬﾝｾﾙ', ['中止しますか']],
      ['はい', ['中止しました']],
    ],
    expectedStatus: DialogTurnStatus.complete,
    expectedOutcome: 'cancelled',
    stored: 0,
  },
  {
    name: 'cancel declined resumes the same step',
    turns: [
      ['開始', [TEXT.askLot]],
      ['やめたい', ['中止しますか']],
      ['いいえ', ['続けます。', TEXT.askLot]],
      ['XY9876', [TEXT.askVials]],
    ],
    expectedStatus: DialogTurnStatus.waiting,
    stored: 0,
  },
  {
    name: 'escalation mid-way keeps the step',
    turns: [
      ['開始', [TEXT.askLot]],
      ['問い合わせしたい', ['escalation:user-request', TEXT.askLot]],
    ],
    expectedStatus: DialogTurnStatus.waiting,
    stored: 0,
  },
  {
    name: 'menu confirmed ends with outcome menu',
    turns: [
      ['開始', [TEXT.askLot]],
      ['メニュー', ['メニューに戻りますか']],
      ['はい、中止します', ['中止しました']],
    ],
    expectedStatus: DialogTurnStatus.complete,
    expectedOutcome: 'menu',
    stored: 0,
  },
];

describe('InterruptibleDialog', () => {
  test.each(cases)('$name', async (testCase) => {
    const temp = makeTempDir();
    const repositories = new EmbeddedRepositories(path.join(temp.dir, 'store'));
    try {
      const services = new TurnServicesMiddleware((context) => ({
        user: FACILITY_USER,
        offerEscalation: async (reason: EscalationReason) => {
          await context.sendActivity(`escalation:${reason}`);
        },
      }));
      const client = new DialogTestClient('test', new DisposalNoteDialog(repositories), { utterance: testCase.initialUtterance }, [
        services,
        new DialogTestLogger({ log: () => undefined }),
      ]);
      for (const [says, expected] of testCase.turns) {
        let reply: Partial<Activity> | undefined = await client.sendActivity(says);
        for (const text of expected) {
          expect({ says, reply: reply?.text }).toEqual({ says, reply: expect.stringContaining(text) });
          reply = client.getNextReply();
        }
      }
      expect(client.dialogTurnResult.status).toBe(testCase.expectedStatus);
      if (testCase.expectedOutcome) expect(client.dialogTurnResult.result).toEqual({ outcome: testCase.expectedOutcome });
      expect(await repositories.collection(DISPOSAL_COLLECTION).count({})).toBe(testCase.stored);
    } finally {
      await repositories.close();
      temp.cleanup();
    }
  });
});
