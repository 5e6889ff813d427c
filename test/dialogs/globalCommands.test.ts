import { detectGlobalCommand, parseYesNo } from '../../dialogs/globalCommands';
import { detectSmallTalk } from '../../dialogs/smallTalk';
import { isMedicalQuestion } from '../../dialogs/medicalSafety';
import { utteranceIntent } from '../../dialogs/routeDecision';

describe('global commands are recognised however they are typed', () => {
  test.each([
    ['ヘルプ', 'help'], ['ﾍﾙﾌﾟ', 'help'], ['へるぷ', 'help'], ['HELP', 'help'], ['？', 'help'], ['ヘルプをお願いします', 'help'],
    ['キャンセル', 'cancel'], ['ｷｬﾝｾﾙ', 'cancel'], ['キャンセルします', 'cancel'], ['やめる', 'cancel'], ['やめます。', 'cancel'], ['中止', 'cancel'], ['もういい', 'cancel'],
    ['メニュー', 'menu'], ['ﾒﾆｭｰ', 'menu'], ['メニューに戻る', 'menu'], ['最初から', 'menu'],
    ['担当者', 'escalate'], ['担当者と話したい', 'escalate'], ['問い合わせ', 'escalate'], ['お問い合わせしたいです', 'escalate'], ['問合せ', 'escalate'], ['オペレーター', 'escalate'],
  ])('%s -> %s', (text, command) => {
    expect(detectGlobalCommand(text)).toBe(command);
  });

  test.each(['キャンセルの方法を教えて', '担当者の変更はどうやって', 'メニューの場所はどこですか', '希望量の登録', '', 'ヘルプデスクの電話番号について知りたいのですが教えてください'])(
    '%s is not a command',
    (text) => {
      expect(detectGlobalCommand(text)).toBeUndefined();
    },
  );
});

describe('yes / no', () => {
  test.each([
    ['はい', true], ['ﾊｲ', true], ['はい、解決しました', true], ['OK', true], ['うん', true], ['助かりました', true],
    ['いいえ', false], ['ｲｲｴ', false], ['いいえ、続けます', false], ['解決していません', false], ['まだ', false], ['違います', false],
    ['希望量の登録', undefined], ['はいそうですねそれでその次の件なのですが', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });
});

describe('small talk gets a short reply, not a search', () => {
  test.each([
    ['こんにちは', 'greeting'], ['ｺﾝﾆﾁﾊ!', 'greeting'], ['おはようございます', 'morning'], ['ありがとう！！', 'thanks'], ['ありがとうございました。', 'thanks'],
    ['了解です', 'acknowledgement'], ['お疲れさまです', 'tired'], ['あなたは誰ですか', 'identity'], ['すみません', 'apology'],
  ])('%s -> %s', (text, kind) => {
    expect(detectSmallTalk(text)).toBe(kind);
  });

  test.each(['ありがとうございます、ところで希望量の締切はいつですか', '希望量', 'こんにちは希望量の登録方法を教えてください'])('%s is a question', (text) => {
    expect(detectSmallTalk(text)).toBeUndefined();
  });
});

describe('medical questions are recognised', () => {
  test.each([
    '接種後に発熱しました', '副反応が心配です', 'ﾌｸﾊﾝﾉｳ', '体調が悪い人は接種してよいですか', 'アナフィラキシーが起きたら', '妊娠中でも打っても大丈夫？', '腕が腫れています',
  ])('%s', (text) => {
    expect(isMedicalQuestion(text)).toBe(true);
  });

  test.each(['接種実績の登録方法', '希望量の登録', '基本型とサテライト型の違い', '廃棄量の登録'])('%s is not medical', (text) => {
    expect(isMedicalQuestion(text)).toBe(false);
  });
});

describe('how-to or action', () => {
  test.each([
    ['希望量の登録方法を教えて', 'how-to'], ['廃棄量はどうやって登録しますか', 'how-to'], ['移送の登録ができない', 'how-to'],
    ['希望量を登録したい', 'action'], ['昨日ロットAB1234を3バイアル東町クリニックへ移送しました', 'action'], ['廃棄量の登録をお願いします', 'action'],
    ['廃棄の登録', 'unclear'], ['移送', 'unclear'],
  ])('%s -> %s', (text, intent) => {
    expect(utteranceIntent(text)).toBe(intent);
  });
});
