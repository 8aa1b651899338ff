// Debian's Chromium as every script and test here launches it: headless, and quiet on the
// network (no component updates, sync, translation or other background requests).
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/** puppeteer-core's launch options for it. */
export const chromiumLaunch = {executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS};
