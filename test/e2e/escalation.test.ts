/**
 * Escalation in a real browser (Debian's chromium driven by playwright-core): a question the bot
 * cannot answer in the Web Chat -> the prefilled inquiry form opened from the card -> submitted ->
 * a support person signs in to the console in another browser context and replies -> the reply
 * appears in the user's Web Chat. Saves screenshots in test-output/.
 */
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, OUTPUT } from '../support/chromium';
import { startApp, type RunningApp } from '../support/startApp';

const QUESTION = '社員食堂の今週のランチメニューを教えてください';
const REPLY = 'V-SYSでは社員食堂のメニューは扱っていません。施設の総務担当にお問い合わせください。';

describe('escalation in Chromium', () => {
  let running: RunningApp;
  let browser: Browser;
  let chat: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    running = await startApp();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('takes an unanswered question through the form and the console back into the Web Chat', async () => {
    const userContext = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1100, height: 800 } });
    chat = await userContext.newPage();
    chat.on('pageerror', (error) => pageErrors.push(error.message));
    await chat.goto(running.url);
    await chat.locator('.signin__user[data-role="facility"]').first().click();
    const transcript = chat.locator('.webchat__basic-transcript__transcript');
    await transcript.getByText('V-SYS サポートアシスタント', { exact: false }).first().waitFor({ timeout: 30_000 });

    await chat.locator('[data-id="webchat-sendbox-input"]').fill(QUESTION);
    await chat.keyboard.press('Enter');
    const formButton = transcript.getByRole('button', { name: '問い合わせフォームを開く' }).last();
    await formButton.waitFor({ timeout: 30_000 });

    // The card opens the form in a new tab, prefilled with the question and the conversation.
    const [form] = await Promise.all([userContext.waitForEvent('page'), formButton.click()]);
    await form.waitForLoadState();
    expect(new URL(form.url()).pathname).toBe('/inquiry');
    expect(await form.locator('#question').inputValue()).toBe(QUESTION);
    expect(await form.locator('body').innerText()).toContain('千代田区A病院');
    expect(await form.locator('.transcript').innerText()).toContain(QUESTION);

    // A wrong e-mail address is explained and what was typed stays.
    await form.locator('#category').selectOption('other');
    await form.locator('#email').fill('facility@example');
    await form.locator('button[type=submit]').click();
    await form.locator('.errors').waitFor();
    expect(await form.locator('#email-error').innerText()).toContain('メールアドレスの形式が正しくありません');
    expect(await form.locator('#question').inputValue()).toBe(QUESTION);
    expect(await form.locator('#category').inputValue()).toBe('other');

    await form.locator('#email').fill('facility@example.jp');
    await form.locator('button[type=submit]').click();
    await form.locator('#reference-number').waitFor();
    const number = (await form.locator('#reference-number').innerText()).trim();
    expect(number).toMatch(/^Q\d{6}-\d{4,6}$/);
    expect(await form.locator('#inquiry-status').innerText()).toContain('受付済み');
    await form.screenshot({ path: path.join(OUTPUT, 'escalation-submitted.png'), fullPage: true });

    // Support, in its own browser context, signs in and replies.
    const supportContext = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1200, height: 900 } });
    const console_ = await supportContext.newPage();
    await console_.goto(`${running.url}/support`);
    expect(new URL(console_.url()).pathname).toBe('/support/login');
    await console_.getByRole('button', { name: /としてサインイン/ }).first().click();
    await console_.locator('#inquiries').waitFor();
    await console_.getByRole('link', { name: number }).click();
    expect(await console_.locator('#inquiry-question').innerText()).toBe(QUESTION);
    await console_.locator('#reply').fill(REPLY);
    await console_.locator('#reply-form button[type=submit]').click();
    await console_.getByText('チャットに届けました').first().waitFor();
    await console_.screenshot({ path: path.join(OUTPUT, 'escalation-console.png'), fullPage: true });

    // The reply appears in the user's Web Chat, and on the status page.
    await transcript.getByText(REPLY, { exact: false }).first().waitFor({ timeout: 30_000 });
    expect(await transcript.innerText()).toContain(number);
    await chat.screenshot({ path: path.join(OUTPUT, 'escalation-chat-reply.png') });
    await form.reload();
    expect(await form.locator('#inquiry-status').innerText()).toContain('回答済み');
    expect(await form.locator('body').innerText()).toContain(REPLY);
    expect(pageErrors).toEqual([]);
  });
});
