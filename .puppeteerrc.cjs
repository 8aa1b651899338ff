// Puppeteer must never download its own browser: tests use the system's
// Chromium and Firefox (see web-test-runner.config.mjs).
module.exports = {skipDownload: true};
