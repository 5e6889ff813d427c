/**
 * Transcript tests of the whole conversation core (table-driven, like 13.core-bot's
 * bookingDialog tests), on the real knowledge engine over test/fixtures/dialogs/knowledge and the
 * embedded store.
 */
import { FEEDBACK_COLLECTION, UNANSWERED_COLLECTION, type FeedbackRecord, type UnansweredQuestionRecord } from '../../dialogs/conversationRecords';
import {
  ConversationHarness,
  FACILITY_USER,
  MEDICAL_CONTACT,
  MUNICIPALITY_USER,
  playTranscript,
  visibleText,
  type TranscriptRow,
} from './support/conversationHarness';
import * as PARKED from '../../dialogs/parkedMessages';
import { DISPOSAL_COLLECTION, TEXT as DISPOSAL, type DisposalRecord } from './support/disposalNoteDialog';

let harness: ConversationHarness;

afterEach(async () => {
  await harness?.close();
});

async function facilityConversation(): Promise<ConversationHarness> {
  harness = await ConversationHarness.start({ user: FACILITY_USER });
  await harness.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }] });
  return harness;
}

describe('question answering', () => {
  const cases: Array<{ name: string; rows: TranscriptRow[] }> = [
    {
      name: 'answers with title, safe text, source and its link, then asks whether it helped',
      rows: [
        {
          user: '希望量の登録方法を教えて',
          bot: ['希望量はどうやって登録しますか？', '出典：', 'よくある質問「希望量はどうやって登録しますか？」', '/knowledge/faq-request-amount', 'よくある質問を開く', '/knowledge/manual-cool#希望量を登録する', '解決しましたか？', '[はい]', '[いいえ]'],
          not: ['<script', 'javascript:'],
        },
      ],
    },
    {
      name: 'a video chapter answer says where the chapter starts and links there',
      rows: [{ user: '移送したときの登録', bot: ['動画マニュアル『移送・融通の登録』 0:45から', 'https://vsys.example.jp/videos/video-transfer#t=45', '動画を再生する'] }],
    },
    {
      name: 'related questions are offered as buttons and answer directly',
      rows: [
        { user: '希望量の登録方法を教えて', bot: ['[分配量を確認する]'] },
        { user: '分配量を確認する', bot: ['都道府県がデータロックをすると確認できます', '解決しましたか？'] },
      ],
    },
    {
      name: 'close candidates: もしかして with the choices, and the chosen one is answered',
      rows: [
        { user: 'ロット番号はどこで確認しますか', bot: ['もしかして', '移送したワクチンのロット番号はどこで確認しますか？', '廃棄したワクチンのロット番号はどこで確認しますか？', '[どれでもない]'] },
        { user: '廃棄したワクチンのロット番号はどこで確認しますか？', bot: ['廃棄前にラベルで確認して控えておきます', '解決しましたか？'] },
      ],
    },
    {
      name: 'a number picks a もしかして choice',
      rows: [
        { user: 'ロット番号はどこで確認しますか', bot: ['もしかして'] },
        { user: '１', bot: ['バイアルのラベルか納品書で確認します'] },
      ],
    },
    {
      name: 'a new question instead of a button is answered as a new question',
      rows: [
        { user: '希望量の登録方法を教えて', bot: ['解決しましたか？'] },
        { user: '移送したときの登録', bot: ['0:45から'] },
      ],
    },
    {
      name: 'a new question instead of a もしかして choice is answered as a new question',
      rows: [
        { user: 'ロット番号はどこで確認しますか', bot: ['もしかして'] },
        { user: '移送したときの登録', bot: ['0:45から', '解決しましたか？'] },
      ],
    },
    {
      name: 'an operation request instead of a button starts the operation',
      rows: [
        { user: '希望量の登録方法を教えて', bot: ['解決しましたか？'] },
        { user: '廃棄量を登録したい', bot: [DISPOSAL.askLot], not: ['出典：'] },
      ],
    },
    {
      name: '再開 instead of a button is a resume request, not a question',
      rows: [
        { user: '希望量の登録方法を教えて', bot: ['解決しましたか？'] },
        { user: '再開', bot: [PARKED.NOTHING_TO_RESUME], not: ['出典：'] },
      ],
    },
    {
      name: 'a medical question instead of a button gets the consultation line, not an answer',
      rows: [
        { user: '希望量の登録方法を教えて', bot: ['解決しましたか？'] },
        { user: 'ふくはんのうが出たらどうすれば', bot: [MEDICAL_CONTACT], not: ['出典：'] },
      ],
    },
  ];

  test.each(cases)('$name', async ({ rows }) => {
    await playTranscript(await facilityConversation(), rows);
  });

  test('はい and いいえ are stored as feedback; いいえ apologises and offers the form with the question', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '希望量の登録方法を教えて', bot: ['解決しましたか？'] },
      { user: 'はい', bot: ['よかったです'] },
      { user: '代理入力のやり方', bot: ['市町村に代理入力を頼むには？'] },
    ]);
    const offer = await harness.say('いいえ');
    expect(visibleText(offer)).toContain('お役に立てず申し訳ありません');
    expect(visibleText(offer)).toContain('問い合わせフォームを開く');
    const prefill = harness.inquiryContext(offer);
    expect(prefill?.question).toBe('代理入力のやり方');
    expect(prefill?.reason).toBe('not-solved');
    expect(prefill?.requester?.userId).toBe(FACILITY_USER.id);
    expect(prefill?.transcript.map((line) => line.text)).toEqual(expect.arrayContaining(['代理入力のやり方', 'いいえ']));

    const feedback = await harness.repositories.collection<FeedbackRecord>(FEEDBACK_COLLECTION).find({}, { sort: { at: 1 } });
    expect(feedback.map((f) => [f.sectionId, f.helpful, f.role])).toEqual(
      expect.arrayContaining([
        ['faq-request-amount', true, 'facility'],
        ['faq-proxy-facility', false, 'facility'],
      ]),
    );
    const unanswered = await harness.repositories.collection<UnansweredQuestionRecord>(UNANSWERED_COLLECTION).find({});
    expect(unanswered).toEqual([expect.objectContaining({ text: '代理入力のやり方', reason: 'not-solved', role: 'facility' })]);
  });

  test('the answer and 「解決しましたか？」 are one message, the question below the source, its buttons on it', async () => {
    await facilityConversation();
    const answer = (await harness.say('希望量の登録方法を教えて')).filter((reply) => reply.type === 'message');
    expect(answer).toHaveLength(1);
    const card = JSON.stringify(answer[0].attachments?.[0]?.content);
    expect(card.indexOf('出典：')).toBeGreaterThan(-1);
    expect(card.indexOf('出典：')).toBeLessThan(card.indexOf('解決しましたか？'));
    expect(card).toContain('よくある質問を開く');
    expect(answer[0].suggestedActions?.actions.map((action) => action.title)).toEqual(expect.arrayContaining(['はい', 'いいえ']));
    await playTranscript(harness, [{ user: 'はい', bot: ['よかったです'] }]);
  });

  test('questions asked one after another: only the answered one the user rates gets feedback', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '希望量の登録方法を教えて', bot: ['解決しましたか？'] },
      { user: '代理入力のやり方', bot: ['市町村に代理入力を頼むには？', '解決しましたか？'] },
      { user: 'いいえ', bot: ['お役に立てず申し訳ありません'] },
    ]);
    const feedback = await harness.repositories.collection<FeedbackRecord>(FEEDBACK_COLLECTION).find({});
    expect(feedback.map((f) => [f.sectionId, f.helpful, f.question])).toEqual([['faq-proxy-facility', false, '代理入力のやり方']]);
    const unanswered = await harness.repositories.collection<UnansweredQuestionRecord>(UNANSWERED_COLLECTION).find({});
    expect(unanswered).toEqual([expect.objectContaining({ text: '代理入力のやり方', reason: 'not-solved', topSectionId: 'faq-proxy-facility' })]);
  });

  test('out of scope: a short apology, the form with the question carried over, and a record', async () => {
    await facilityConversation();
    const offer = await harness.say('  ラーメンの　おいしい店  ');
    const seen = visibleText(offer);
    for (const expected of ['申し訳ありません', '問い合わせフォームを開く', '言葉を変えて']) expect(seen).toContain(expected);
    expect(seen).not.toContain('出典：');
    expect(harness.inquiryContext(offer)?.question).toBe('ラーメンの　おいしい店');
    const [record] = await harness.repositories.collection<UnansweredQuestionRecord>(UNANSWERED_COLLECTION).find({});
    expect(record).toEqual(expect.objectContaining({ normalizedText: 'ラーメンの おいしい店', role: 'facility' }));
    expect(['out-of-scope', 'low-confidence']).toContain(record.reason);
    expect(Number.isNaN(Date.parse(record.at))).toBe(false);
  });

  test('どれでもない after もしかして is recorded and offers the form', async () => {
    await playTranscript(await facilityConversation(), [
      { user: 'ロット番号はどこで確認しますか', bot: ['もしかして'] },
      { user: 'どれでもない', bot: ['問い合わせフォームを開く'] },
    ]);
    expect(await harness.repositories.collection(UNANSWERED_COLLECTION).count({})).toBe(1);
  });

  test("the user's role decides which answer comes first", async () => {
    await playTranscript(await facilityConversation(), [{ user: '代理入力のやり方', bot: ['市町村に代理入力を頼むには？'], not: ['市町村として医療機関の代理入力をするには？'] }]);
    await harness.close();
    harness = await ConversationHarness.start({ user: MUNICIPALITY_USER });
    await playTranscript(harness, [{ user: '代理入力のやり方', bot: ['市町村として医療機関の代理入力をするには？'], not: ['市町村に代理入力を頼むには？'] }]);
  });
});

describe('medical safety, small talk, commands', () => {
  const cases: Array<{ name: string; rows: TranscriptRow[] }> = [
    {
      name: 'a clinical question is not answered from the manuals and points to the consultation line',
      rows: [{ user: '接種後に発熱した人がいますが、2回目を接種してもよいですか？', bot: ['医学的なご判断についてはお答えできません', MEDICAL_CONTACT], not: ['出典：'] }],
    },
    { name: 'side effects in kana', rows: [{ user: 'ふくはんのうが出たらどうすれば', bot: [MEDICAL_CONTACT] }] },
    { name: 'thanks', rows: [{ user: 'ありがとうございました！', bot: ['どういたしまして'], not: ['出典：', '問い合わせフォーム'] }] },
    { name: 'greeting in half-width kana', rows: [{ user: 'ｺﾝﾆﾁﾊ', bot: ['こんにちは。'], not: ['出典：'] }] },
    { name: 'who are you', rows: [{ user: 'あなたは誰ですか', bot: ['アシスタントです'] }] },
    { name: 'help shows what the bot can do and the menu', rows: [{ user: 'ﾍﾙﾌﾟ', bot: ['このアシスタントでは', '[廃棄量の登録]', '[希望量の登録方法を教えて]'] }] },
    { name: 'menu by role: facility operations and questions', rows: [{ user: 'メニュー', bot: ['チャットで操作できること', '[廃棄量の登録]', '[融通を受けたときの登録方法は？]'] }] },
    { name: 'cancel with nothing to cancel', rows: [{ user: 'キャンセル', bot: ['途中の操作はありません'] }] },
    { name: 'asking for a person offers the form with support hours', rows: [{ user: '担当者と話したい', bot: ['担当者へのお問い合わせですね', '問い合わせフォームを開く', 'サポート窓口は現在受付中です'] }] },
  ];

  test.each(cases)('$name', async ({ rows }) => {
    await playTranscript(await facilityConversation(), rows);
  });

  test('a medical question is recorded for the support team', async () => {
    await facilityConversation();
    await harness.say('アナフィラキシーの対応を教えて');
    const records = await harness.repositories.collection<UnansweredQuestionRecord>(UNANSWERED_COLLECTION).find({});
    expect(records).toEqual([expect.objectContaining({ reason: 'medical', role: 'facility', text: 'アナフィラキシーの対応を教えて' })]);
  });

  test('outside support hours the offer says when a person will answer', async () => {
    // Saturday 2025-06-14 20:00 in Tokyo -> Monday 6/16 9:00.
    harness = await ConversationHarness.start({ user: FACILITY_USER, now: () => new Date('2025-06-14T11:00:00Z') });
    await playTranscript(harness, [{ user: '問い合わせ', bot: ['受付時間外', '6月16日（月）9:00 以降', '24時間ご利用いただけます'] }]);
  });
});

describe('welcome', () => {
  test('a new facility user gets the welcome with their operations and example questions', async () => {
    harness = await ConversationHarness.start({ user: FACILITY_USER });
    const seen = visibleText(await harness.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }] }));
    expect(seen).toContain('A病院 担当者さん');
    expect(seen).toContain('医療機関のご担当者さま向け');
    expect(seen).toContain('[廃棄量の登録]');
    expect(seen).toContain('[希望量の登録方法を教えて]');
  });

  test('a municipality user is not offered facility-only operations', async () => {
    harness = await ConversationHarness.start({ user: MUNICIPALITY_USER });
    const seen = visibleText(await harness.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'user' }] }));
    expect(seen).toContain('市町村のご担当者さま向け');
    expect(seen).not.toContain('[廃棄量の登録]');
  });

  test('the first message of a conversation is greeted once, and a typing indicator precedes the answer', async () => {
    harness = await ConversationHarness.start({ user: FACILITY_USER });
    const first = await harness.sayRaw({ type: 'message', text: '希望量の登録方法を教えて' });
    expect(first.map((a) => a.type)).toEqual(['message', 'typing', 'message']);
    expect(visibleText(first)).toContain('V-SYS サポートアシスタントです');
    const second = visibleText(await harness.say('移送したときの登録'));
    expect(second).not.toContain('V-SYS サポートアシスタントです');
  });
});

describe('operations and interruptions', () => {
  test('ヘルプ and キャンセル（いいえ） in the middle of an operation, then it resumes and completes', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '廃棄量を登録したい', bot: [DISPOSAL.askLot] },
      { user: 'ヘルプ', bot: [DISPOSAL.lotHelp, DISPOSAL.askLot] },
      { user: 'ab1234', bot: [DISPOSAL.askVials] },
      { user: 'キャンセル', bot: ['「廃棄量の登録」を中止しますか？', '[はい、中止します]', '[いいえ、続けます]'] },
      { user: 'いいえ、続けます', bot: ['続けます。', DISPOSAL.askVials] },
      { user: 'へるぷ', bot: [DISPOSAL.vialsHelp, DISPOSAL.askVials] },
      { user: 'ゼロ', bot: [DISPOSAL.vialsRetry] },
      { user: '３', bot: [DISPOSAL.confirm('AB1234', 3)] },
      { user: 'はい', bot: [DISPOSAL.done] },
    ]);
    const records = await harness.repositories.collection<DisposalRecord>(DISPOSAL_COLLECTION).find({});
    expect(records).toEqual([expect.objectContaining({ lot: 'AB1234', vials: 3, userId: FACILITY_USER.id })]);
  });

  test('やめる + はい ends the operation cleanly and registers nothing; the next question is answered', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '廃棄したバイアルを登録します', bot: [DISPOSAL.askLot] },
      { user: 'AB1234', bot: [DISPOSAL.askVials] },
      { user: 'やめる', bot: ['中止しますか'] },
      { user: 'はい', bot: ['「廃棄量の登録」を中止しました。何も登録していません。'], not: [DISPOSAL.askVials] },
      { user: '希望量の登録方法を教えて', bot: ['希望量はどうやって登録しますか？'] },
    ]);
    expect(await harness.repositories.collection(DISPOSAL_COLLECTION).count({})).toBe(0);
  });

  test('メニュー mid-operation confirms, ends it and shows the menu; 担当者 mid-operation keeps the step', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '廃棄量を登録したい', bot: [DISPOSAL.askLot] },
      { user: '担当者', bot: ['問い合わせフォームを開く', DISPOSAL.askLot] },
      { user: 'AB1234', bot: [DISPOSAL.askVials] },
      { user: 'メニュー', bot: ['中止してメニューに戻りますか'] },
      { user: 'はい', bot: ['中止しました', 'チャットで操作できること'] },
    ]);
  });

  test('triggers typed in kana start the operation (same analyzer as the knowledge search)', async () => {
    await playTranscript(await facilityConversation(), [{ user: 'はいきりょうをとうろくしたい', bot: [DISPOSAL.askLot] }]);
  });

  test('slots come from the first sentence', async () => {
    await playTranscript(await facilityConversation(), [{ user: 'ロットAB1234の廃棄量を登録したい', bot: [DISPOSAL.askVials], not: [DISPOSAL.askLot] }]);
  });

  test('an operation word alone is ambiguous: the user chooses with buttons', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '廃棄の登録', bot: ['どちらをご希望ですか', '[廃棄量の登録をチャットで行う]', '[操作方法を調べる]'] },
      { user: '廃棄量の登録をチャットで行う', bot: [DISPOSAL.askLot] },
    ]);
    await playTranscript(harness, [
      { user: 'キャンセル', bot: ['中止しますか'] },
      { user: 'はい', bot: ['中止しました'] },
      { user: '廃棄の登録', bot: ['どちらをご希望ですか'] },
      { user: '操作方法を調べる', bot: ['出典：'] },
    ]);
  });

  test('a how-to question about an operation is answered, not started', async () => {
    await playTranscript(await facilityConversation(), [{ user: '廃棄したワクチンのロット番号はどこで確認しますか？', bot: ['廃棄前にラベルで確認'], not: [DISPOSAL.askLot] }]);
  });

  test('a restart of the bot between two turns keeps the dialog', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '廃棄量を登録したい', bot: [DISPOSAL.askLot] },
      { user: 'CD5678', bot: [DISPOSAL.askVials] },
    ]);
    await harness.restart();
    await playTranscript(harness, [
      { user: '5', bot: [DISPOSAL.confirm('CD5678', 5)], not: ['V-SYS サポートアシスタントです'] },
      { user: 'はい', bot: [DISPOSAL.done] },
    ]);
    expect(await harness.repositories.collection<DisposalRecord>(DISPOSAL_COLLECTION).count({ lot: 'CD5678' })).toBe(1);
  });
});

describe('bad input never breaks the conversation', () => {
  const cases: Array<{ name: string; row: TranscriptRow }> = [
    { name: 'empty text', row: { user: { type: 'message', text: '' }, bot: ['文字で入力してください'] } },
    { name: 'only spaces', row: { user: '   　 ', bot: ['文字で入力してください'] } },
    { name: 'only emoji', row: { user: '😀🎉👍', bot: ['文字でのご入力をお願いします'] } },
    { name: '10,000 characters', row: { user: 'あ'.repeat(10_000), bot: ['入力が長すぎる', '1,000文字以内'] } },
    { name: 'an attachment without text', row: { user: { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.jp/a.png' }] }, bot: ['画像やファイルの内容は読み取れません'] } },
    { name: 'an unknown activity type', row: { user: { type: 'somethingNew' }, silent: true } },
    { name: 'an event', row: { user: { type: 'event', name: 'webchat/join', value: {} }, silent: true } },
    { name: 'a reaction', row: { user: { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }, silent: true } },
    { name: 'a card submit with no dialog waiting', row: { user: { type: 'message', value: { any: 'thing' } }, silent: true } },
    { name: 'HTML typed by the user', row: { user: '<img src=x onerror=alert(1)>', not: ['<img'] } },
  ];

  test.each(cases)('$name', async ({ row }) => {
    await facilityConversation();
    await harness.say('こんにちは'); // past the first-message greeting
    await playTranscript(harness, [row]);
  });

  test('bad input in the middle of an operation leaves the step waiting', async () => {
    await playTranscript(await facilityConversation(), [
      { user: '廃棄量を登録したい', bot: [DISPOSAL.askLot] },
      { user: '😀', bot: ['文字でのご入力をお願いします'] },
      { user: { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.jp/a.png' }] }, bot: ['画像やファイル'] },
      { user: 'AB1234', bot: [DISPOSAL.askVials] },
    ]);
  });
});
