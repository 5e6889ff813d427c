/*
 * The chat widget page: demo sign-in (or a signed user token handed over by V-SYS in the URL
 * fragment #userToken=...), then Bot Framework Web Chat on the local Direct Line. The session is
 * kept in sessionStorage so a reload continues the same conversation.
 * All text from the server is inserted with textContent, never as HTML.
 */
(function () {
  'use strict';

  var ROLE_LABELS = {
    prefecture: '都道府県',
    municipality: '市町村',
    facility: '医療機関',
    maker: 'メーカー・卸',
    support: 'サポート担当',
  };
  var ROLE_ORDER = ['facility', 'municipality', 'prefecture', 'maker', 'support'];
  var FACILITY_TYPE_LABELS = { basic: '基本型', satellite: 'サテライト型' };
  var SESSION_KEY = 'vsys-assistant.chat';
  var DIRECT_LINE_DOMAIN = location.origin + '/v3/directline';

  var directLine;

  // Web Chat renders links that are not http(s) as inert "citation" buttons, so links the assistant
  // sends relative to this server (/knowledge/...) are made absolute against the page first.
  function absoluteLinks(markdown) {
    var origin = location.origin;
    return markdown
      .replace(/\]\(\s*\/(?!\/)/g, '](' + origin + '/')
      .replace(/^(\s*\[[^\]]+\]:\s*)\/(?!\/)/gm, '$1' + origin + '/');
  }

  // The same for card buttons (openUrl): Web Chat refuses to open a URL without a scheme, so the
  // inquiry form (/inquiry?t=...) and source buttons (/knowledge/...) are resolved against the page.
  function cardActionMiddleware() {
    return function (next) {
      return function (args) {
        var action = args.cardAction;
        if (action && action.type === 'openUrl' && typeof action.value === 'string' && /^\/(?!\/)/.test(action.value)) {
          args = Object.assign({}, args, { cardAction: Object.assign({}, action, { value: location.origin + action.value }) });
        }
        return next(args);
      };
    };
  }

  function renderMarkdown(markdown, newLineOptions, linkOptions) {
    return window.WebChat.renderMarkdown(absoluteLinks(markdown), newLineOptions, linkOptions);
  }

  function $(id) {
    return document.getElementById(id);
  }

  function showMessage(text) {
    var message = $('signin-message');
    message.textContent = text;
    message.hidden = !text;
  }

  function roleLabel(user) {
    var role = ROLE_LABELS[user.role] || user.role;
    if (user.role === 'facility' && FACILITY_TYPE_LABELS[user.facilityType]) role += '・' + FACILITY_TYPE_LABELS[user.facilityType];
    return role;
  }

  function describe(user) {
    return user.organizationName + '（' + roleLabel(user) + '）';
  }

  function problemText(response, body) {
    if (body && typeof body.detail === 'string') return body.detail;
    return '接続できませんでした（' + response.status + '）。時間をおいてもう一度お試しください。';
  }

  async function postJson(url, payload, bearer) {
    var headers = { 'Content-Type': 'application/json' };
    if (bearer) headers.Authorization = 'Bearer ' + bearer;
    var response = await fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(payload || {}) });
    var body = await response.json().catch(function () { return undefined; });
    if (!response.ok) throw new Error(problemText(response, body));
    return body;
  }

  function renderDemoUsers(users) {
    var container = $('demo-users');
    container.textContent = '';
    ROLE_ORDER.forEach(function (role) {
      var ofRole = users.filter(function (user) { return user.role === role; });
      if (ofRole.length === 0) return;
      var heading = document.createElement('p');
      heading.className = 'signin__role';
      heading.textContent = ROLE_LABELS[role];
      container.appendChild(heading);
      ofRole.forEach(function (user) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'signin__user';
        button.setAttribute('data-user-id', user.id);
        button.setAttribute('data-role', user.role);
        button.textContent = user.displayName;
        var detail = document.createElement('small');
        detail.textContent = describe(user);
        button.appendChild(detail);
        button.addEventListener('click', function () {
          signIn({ demoUser: user.id }, undefined, { name: user.displayName + '（' + roleLabel(user) + '）', demo: true });
        });
        container.appendChild(button);
      });
    });
  }

  async function signIn(payload, userToken, who) {
    showMessage('');
    try {
      var issued = await postJson('/api/directline/token', payload, userToken);
      startChat({ token: issued.token, conversationId: issued.conversationId, userId: issued.userId, who: who, fresh: true });
    } catch (error) {
      showMessage(error.message);
    }
  }

  function startChat(session) {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ token: session.token, conversationId: session.conversationId, userId: session.userId, who: session.who }));
    $('signin').hidden = true;
    $('who').hidden = false;
    $('who-name').textContent = session.who.name;
    $('who-demo').hidden = !session.who.demo;
    var chat = $('webchat');
    chat.hidden = false;

    directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: DIRECT_LINE_DOMAIN,
      webSocket: true,
      // A new token names its conversation in its claims; resuming reconnects to the stored one.
      conversationId: session.fresh ? undefined : session.conversationId,
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        locale: 'ja-JP',
        sendTypingIndicator: false,
        renderMarkdown: renderMarkdown,
        cardActionMiddleware: cardActionMiddleware,
        styleOptions: {
          accent: '#0b6e4f',
          primaryFont: '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif',
          botAvatarInitials: 'V',
          botAvatarBackgroundColor: '#0b6e4f',
          bubbleBorderRadius: 10,
          bubbleFromUserBackground: '#e6f4ee',
          bubbleFromUserBorderRadius: 10,
          hideUploadButton: true,
          // Markup in messages is shown as text, never rendered, whoever wrote it.
          markdownRenderHTML: false,
          suggestedActionLayout: 'flow',
          suggestedActionBorderRadius: 16,
          sendBoxTextWrap: true,
        },
      },
      chat
    );
    var observer = new MutationObserver(function () {
      var input = chat.querySelector('[data-id="webchat-sendbox-input"]');
      if (input) {
        observer.disconnect();
        input.focus();
      }
    });
    observer.observe(chat, { childList: true, subtree: true });
  }

  async function resume(saved) {
    try {
      var refreshed = await postJson(DIRECT_LINE_DOMAIN + '/tokens/refresh', undefined, saved.token);
      saved.token = refreshed.token;
      saved.fresh = false;
      startChat(saved);
      return true;
    } catch (error) {
      sessionStorage.removeItem(SESSION_KEY);
      return false;
    }
  }

  async function showSignIn() {
    var fragment = new URLSearchParams(location.hash.slice(1));
    var userToken = fragment.get('userToken');
    if (userToken) {
      history.replaceState(null, '', location.pathname);
      return signIn(undefined, userToken, { name: 'サインイン中のアカウント', demo: false });
    }
    var response = await fetch('/api/demo/users');
    if (!response.ok) {
      $('demo-users').textContent = '';
      return showMessage('このページは V-SYS のホーム画面から開いてください。デモ用サインインは無効になっています。');
    }
    renderDemoUsers(await response.json());
  }

  async function main() {
    $('signout').addEventListener('click', function () {
      if (directLine) directLine.end();
      sessionStorage.removeItem(SESSION_KEY);
      location.reload();
    });
    var saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
    if (saved && saved.token && (await resume(saved))) return;
    await showSignIn();
  }

  main().catch(function () {
    showMessage('チャットを開始できませんでした。時間をおいてページを開き直してください。');
  });
})();
