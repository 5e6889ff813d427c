/** Japanese details for failures the HTTP client detects itself (no answer from the core system). */
export const clientMessages = {
  timeout: 'V-SYSからの応答がありませんでした。入力内容は保存されていますので、しばらくしてからもう一度お試しください。',
  unavailable: 'V-SYSに接続できませんでした。入力内容は保存されていますので、しばらくしてからもう一度お試しください。',
  serverError: 'V-SYSで問題が発生しました。しばらくしてからもう一度お試しください。',
  rejected: 'V-SYSがこの操作を受け付けませんでした。入力内容をご確認ください。',
} as const;
