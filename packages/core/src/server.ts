import {setCareloopLocale} from './localization.js';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` with Careloop's words in `locale`, one call at a time. A server renders for
 * many readers in one process, and the locale is the process's: a render in French must
 * not pick up the Swedish another request chose while it waited for its words.
 */
export function inCareloopLocale<T>(locale: string, work: () => T | Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    await setCareloopLocale(locale);
    return work();
  });
  queue = run.catch(() => undefined);
  return run;
}
