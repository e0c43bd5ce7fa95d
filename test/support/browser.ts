import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Outside CI a missing Chromium skips
 * them with one visible line; under CI=true it fails the run instead.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; CI needs it (apt-get install chromium).`,
    );
  }
  console.warn(
    `⚠ Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`,
  );
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Each test opens a page of its own; pages left behind must not starve
      // the current one of animation frames, which Cytoscape renders (and
      // updates its hit-testing) in.
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
}
