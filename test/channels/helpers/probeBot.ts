/** A small bot for channel tests: greets, echoes, reports who it thinks the user is, sends a card. */
import { ActivityHandler, ActivityTypes, CardFactory, MessageFactory } from 'botbuilder';
import { SignedTokenIdentityResolver } from '../../../adapters/identity/activityIdentity';
import type { TokenSigner } from '../../../adapters/identity/signedToken';

export const PROBE_WELCOME = 'ようこそ。ご用件をどうぞ。';

export class ProbeBot extends ActivityHandler {
  constructor(signer: TokenSigner) {
    super();
    const identity = new SignedTokenIdentityResolver(signer);
    this.onMembersAdded(async (context, next) => {
      const users = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient.id);
      if (users.length > 0) await context.sendActivity(PROBE_WELCOME);
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'whoami') {
        const user = identity.resolve(context.activity);
        await context.sendActivity(`identity:${user?.id ?? 'none'} from:${context.activity.from.id}`);
      } else if (text.startsWith('質問')) {
        await context.sendActivity({ type: ActivityTypes.Typing });
        const card = CardFactory.heroCard('希望量の登録方法', '**希望量**はクールごとの登録期間内に入力します。', undefined, [
          { type: 'openUrl', title: '出典: 操作マニュアル 3.2', value: 'https://example.invalid/manual#3-2' },
        ]);
        const reply = MessageFactory.suggestedActions(['解決しました', '担当者に問い合わせる'], undefined);
        reply.attachments = [card];
        await context.sendActivity(reply);
      } else {
        await context.sendActivity(`echo:${text}`);
      }
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === 'ping') await context.sendActivity('pong');
      await next();
    });
  }
}
