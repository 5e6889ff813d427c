/**
 * Headless Chromium for the browser suites: Debian's chromium (CHROMIUM_PATH overrides) driven by
 * playwright-core, with the flags that keep it quiet and offline, and the folder for screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots of the browser suites (created on launch). */
export const OUTPUT = path.join(__dirname, '..', '..', 'test-output');

export function launchChromium(): Promise<Browser> {
  fs.mkdirSync(OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
