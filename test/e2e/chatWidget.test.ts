/**
 * The chat widget in a real browser (Debian's chromium driven by playwright-core): demo sign-in as
 * a facility user, Japanese IME input, a question answered with a source card, a suggested action,
 * script payloads shown as text, no Content-Security-Policy violations. Saves a screenshot in
 * test-output/.
 */
import path from 'node:path';
import { type Browser, type CDPSession, type Page } from 'playwright-core';
import { launchChromium, OUTPUT } from '../support/chromium';
import { startApp, type RunningApp } from '../support/startApp';

const QUESTION = '希望量の登録方法を教えてください';

describe('chat widget in Chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    running = await startApp();
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'ja-JP', viewport: { width: 1100, height: 760 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
      // The typing indicator is on screen only while the bot works: remember that it ever appeared.
      new MutationObserver(() => {
        if (document.querySelector('.webchat__typing-indicator')) (window as unknown as { sawTyping: boolean }).sawTyping = true;
      }).observe(document, { childList: true, subtree: true });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  const transcript = () => page.locator('.webchat__basic-transcript__transcript');
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');
  const userBubbles = () => page.locator('.webchat__bubble--from-user');

  it('signs in as a demo facility user and is greeted in Japanese', async () => {
    await page.goto(running.url);
    await page.locator('.signin__user').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.signin__notice').innerText()).toContain('デモ');
    // One button per demo user, grouped by role; each role of the product is offered.
    for (const role of ['prefecture', 'municipality', 'facility', 'maker', 'support']) {
      expect(await page.locator(`.signin__user[data-role="${role}"]`).count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: path.join(OUTPUT, 'chat-widget-signin.png') });

    await page.locator('.signin__user[data-role="facility"]').first().click();
    await page.locator('.webchat__bubble').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#who-demo').isVisible()).toBe(true);
    await transcript().getByText('V-SYS サポートアシスタント', { exact: false }).first().waitFor({ timeout: 30_000 });
    expect(await sendBox().getAttribute('placeholder')).toMatch(/メッセージ/); // Web Chat's ja-JP strings
  });

  it('does not send when Enter confirms an IME conversion, and sends on the next Enter', async () => {
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await sendBox().click();
    await sendBox().evaluate((input) => {
      const w = window as unknown as { enterKeydowns: boolean[] };
      w.enterKeydowns = [];
      input.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') w.enterKeydowns.push((event as KeyboardEvent).isComposing);
      });
    });
    const before = await userBubbles().count();
    // A real IME: composition in progress, Enter pressed to confirm (keyCode 229, isComposing), then
    // the converted text is committed. A handler that ignored composition would send here.
    await cdp.send('Input.imeSetComposition', { text: 'きぼうりょう', selectionStart: 6, selectionEnd: 6 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: QUESTION });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, nativeVirtualKeyCode: 13 });
    await page.waitForTimeout(1000);
    expect(await userBubbles().count()).toBe(before);
    expect(await sendBox().inputValue()).toBe(QUESTION);
    // The page did see Enter pressed during the composition: the widget chose not to send.
    expect(await page.evaluate(() => (window as unknown as { enterKeydowns: boolean[] }).enterKeydowns)).toEqual([true]);

    await page.keyboard.press('Enter');
    await userBubbles().filter({ hasText: QUESTION }).first().waitFor({ timeout: 15_000 });
    expect(await sendBox().inputValue()).toBe('');
  });

  it('shows the answer card with its source link and a working suggested action', async () => {
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: '出典' }).last();
    await card.waitFor({ timeout: 30_000 });
    expect(await card.innerText()).toContain('希望量');
    expect(await page.evaluate(() => (window as unknown as { sawTyping?: boolean }).sawTyping)).toBe(true);
    // The source line is markdown in the card: rendered as a real link, not as [label](url) text.
    const sourceLink = card.locator('a[href]').first();
    // Relative links from the bot are made absolute by the page (Web Chat would make them dead buttons).
    expect(await sourceLink.getAttribute('href')).toMatch(new RegExp(`^${running.url}/knowledge/`));
    expect(await sourceLink.innerText()).toContain('マニュアル');
    expect(await card.innerText()).not.toMatch(/\]\(|\*\*/);
    expect(await card.locator('button').filter({ hasText: /開く|再生/ }).count()).toBeGreaterThan(0);

    const suggested = page.locator('.webchat__suggested-action');
    await suggested.first().waitFor({ timeout: 15_000 });
    const title = (await suggested.first().innerText()).trim();
    const bubblesBefore = await userBubbles().count();
    await suggested.first().click();
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector as string).length > (count as number),
      ['.webchat__bubble--from-user', bubblesBefore],
      { timeout: 15_000 },
    );
    expect(await userBubbles().last().innerText()).toContain(title);
    // The bot answers the click (a new bot activity after the user's).
    await page.waitForFunction(() => {
      const items = Array.from(document.querySelectorAll('.webchat__basic-transcript__activity'));
      const lastUser = items.map((item) => Boolean(item.querySelector('.webchat__bubble--from-user'))).lastIndexOf(true);
      return lastUser >= 0 && lastUser < items.length - 1;
    }, undefined, { timeout: 15_000 });
    await page.screenshot({ path: path.join(OUTPUT, 'chat-widget.png') });
  });

  it('shows markup typed by a user as text and never runs it', async () => {
    const payload = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> <b>太字</b>';
    await sendBox().fill(payload);
    await page.keyboard.press('Enter');
    const bubble = userBubbles().filter({ hasText: '<script>window.__pwned=1</script>' }).first();
    await bubble.waitFor({ timeout: 15_000 });
    expect(await bubble.innerText()).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await bubble.locator('img, script, b').count()).toBe(0);
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('keeps the conversation after a reload and had no script errors or CSP violations', async () => {
    const bubbles = await userBubbles().count();
    await page.reload();
    await page.waitForFunction((count) => document.querySelectorAll('.webchat__bubble--from-user').length >= count, bubbles, { timeout: 30_000 });
    expect(await page.locator('#signin').isHidden()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
