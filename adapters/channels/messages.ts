/**
 * Japanese `detail` texts of the channel's HTTP errors (shown by the chat page as they are), next
 * to the English titles that go to logs and API clients.
 */
export const CHANNEL_PROBLEMS = {
  missingToken: {
    title: 'A bearer token is required',
    detail: 'サインインの情報がありません。ページを開き直してからもう一度お試しください。',
  },
  invalidToken: {
    title: 'The token is malformed or its signature is not valid',
    detail: 'サインインの情報を確認できませんでした。ページを開き直してからもう一度お試しください。',
  },
  expiredToken: {
    title: 'The token has expired',
    detail: 'サインインの有効期限が切れました。ページを開き直してからもう一度お試しください。',
  },
  otherConversation: {
    title: 'The token is not valid for this conversation',
    detail: 'この会話を表示する権限がありません。',
  },
  conversationNotFound: {
    title: 'The conversation does not exist or has not been started',
    detail: '会話が見つかりませんでした。ページを開き直してください。',
  },
  invalidActivity: {
    title: 'The activity is not valid',
    detail: '送信内容を受け付けられませんでした。入力内容を確認してもう一度お試しください。',
  },
  invalidWatermark: {
    title: 'The watermark must be a whole number',
    detail: '会話の読み込み位置が正しくありません。ページを開き直してください。',
  },
  uploadNotSupported: {
    title: 'File uploads are not supported on this channel',
    detail: 'このチャットではファイルを送信できません。内容を文章で入力してください。',
  },
  demoDisabled: {
    title: 'Demo sign-in is disabled',
    detail: 'デモ用のサインインは無効になっています。V-SYS にサインインしてからチャットを開いてください。',
  },
  unknownDemoUser: {
    title: 'Unknown demo user',
    detail: '指定されたデモ用ユーザーは存在しません。一覧から選び直してください。',
  },
  invalidTokenRequest: {
    title: 'Send {"demoUser":"<id>"} or an Authorization: Bearer <user token> header',
    detail: 'サインインの情報がありません。V-SYS にサインインしてからチャットを開いてください。',
  },
} as const;

export type ChannelProblemKey = keyof typeof CHANNEL_PROBLEMS;
