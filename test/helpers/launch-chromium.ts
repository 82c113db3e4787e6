import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run` with apt-get (never a browser download). */
export const CHROMIUM = process.env.ZEGSMAN_CHROMIUM ?? '/usr/bin/chromium';

/** For `test(name, { skip: needChromium() }, …)`: false when Chromium is there, else why the test is skipped. */
export function needChromium(): string | false {
  return existsSync(CHROMIUM) ? false : `needs Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;
}

/** A headless Chromium with a fresh profile and no traffic beyond this machine; `close` removes the profile. */
export async function launchChromium(locale: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'zegsman-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
