/**
 * The whole assistant for one test file (started before, stopped after) and demo users' chats with
 * it over the local Direct Line through the real botframework-directlinejs client; every chat
 * opened is ended before the app stops.
 */
import type { Activity } from 'botbuilder';
import { connectDirectLine, Transcript } from '../channels/helpers/directLineClient';
import { startApp, type RunningApp } from './startApp';

export interface DemoChat {
  chat: Transcript;
  token: string;
  userId: string;
  conversationId: string;
  /** The bot's first message (the welcome). */
  welcome: Activity;
}

export interface AppWithChats {
  readonly running: RunningApp;
  /** Issues a Direct Line token for the demo user, connects and waits for the welcome. */
  openChat(demoUser: string): Promise<DemoChat>;
}

/** Call at the top of a describe block (or file): registers beforeAll/afterAll. */
export function appWithChats(): AppWithChats {
  let running: RunningApp | undefined;
  const chats: Transcript[] = [];
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    for (const chat of chats) chat.end();
    await running?.stop();
  });
  return {
    get running() {
      if (!running) throw new Error('the app is not started yet (use it inside a test)');
      return running;
    },
    async openChat(demoUser) {
      const res = await fetch(`${this.running.url}/api/directline/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ demoUser }),
      });
      const issued = (await res.json()) as { token: string; userId: string; conversationId: string };
      const chat = new Transcript(connectDirectLine(this.running.url, issued.token));
      chats.push(chat);
      const welcome = await chat.waitFor((a) => a.type === 'message' && a.from.role === 'bot', 'welcome');
      return { chat, ...issued, welcome };
    },
  };
}
