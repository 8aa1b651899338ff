/**
 * Server rendering taken over in each engine: what careloop/ssr rendered (declarative
 * shadow DOM, fetched from the test server's /__ssr/) is parsed into the page, a person
 * acts on it, and only then does it join the document and meet its script. The nodes the
 * server made must stay (hydrated, not drawn again), what was entered must stay, and the
 * element must work. Lit's hydration support is imported first, as careloop-hydrate.js does.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../src/index.js';
import {expect} from '@open-wc/testing';
import {collector, mount, pressEnter, textOf, typeText, until} from '../../core/test/support.js';
import type {FeedbackForm} from '@careloop/feedback-form';
import type {GuideList} from '@careloop/guide-cards';

/** The server's rendering of `what`, parsed as the page's parser would (not yet in the document). */
async function serverRendered<E extends HTMLElement>(what: string, query = ''): Promise<E> {
  const response = await fetch(`/__ssr/${what}?${query}`);
  expect(response.ok, `the server rendered ${what}`).to.equal(true);
  const holder = document.createElement('div');
  holder.setHTMLUnsafe(await response.text());
  const element = holder.querySelector<E>('cl-guide-list, cl-workshop-signup, cl-feedback-form')!;
  expect(element.shadowRoot, 'a declarative shadow root').to.not.equal(null);
  return element;
}

const errorsOf = (el: HTMLElement) => {
  const errors: string[] = [];
  el.addEventListener('cl-error', (e) => errors.push((e as CustomEvent<{message: string}>).detail.message));
  return errors;
};

describe('server rendering, taken over in the browser', () => {
  it('keeps the guide list the server drew, and searches it', async () => {
    const el = await serverRendered<GuideList>('guide-list');
    const title = el.shadowRoot!.querySelector<HTMLElement>('.card__title')!;
    const errors = errorsOf(el);
    mount(el);
    await until(() => el.hasUpdated, 'the list to be taken over');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.card__title')).to.equal(title);
    expect(errors).to.deep.equal([]);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await typeText(el, title.textContent.trim());
    await until(
      () => [...el.shadowRoot!.querySelectorAll('.card__title')].every((t) => textOf(t) === textOf(title)),
      'only the matching card',
    );
  });

  it('keeps the workshop list the server drew, in French', async () => {
    const el = await serverRendered<HTMLElement & {hasUpdated: boolean; updateComplete: Promise<boolean>}>(
      'workshops',
      'locale=fr',
    );
    const first = el.shadowRoot!.querySelector('.workshop')!;
    const errors = errorsOf(el);
    mount(el);
    await until(() => el.hasUpdated, 'the list to be taken over');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.workshop')).to.equal(first);
    expect(errors).to.deep.equal([]);
  });

  it('takes in what was answered before the script, and sends it through the outbox', async () => {
    const server = collector();
    const el = await serverRendered<FeedbackForm>('feedback', `endpoint=${encodeURIComponent(server.endpoint('ok'))}`);
    const root = el.shadowRoot!;
    const heading = root.querySelector('h2')!;
    // The person answers the server's form before its script has run.
    root.querySelector<HTMLInputElement>('input[name="experience"][value="1"]')!.checked = true;
    root.querySelector<HTMLTextAreaElement>('textarea[name="why"]')!.value = 'Kind staff';
    const errors = errorsOf(el);
    mount(el);
    await until(() => el.hasUpdated, 'the form to be taken over');
    await el.updateComplete;
    expect(root.querySelector('h2')).to.equal(heading);
    expect(root.querySelector<HTMLInputElement>('input[name="experience"][value="1"]')!.checked).to.equal(true);
    expect(root.querySelector<HTMLTextAreaElement>('textarea[name="why"]')!.value).to.equal('Kind staff');
    const submitted = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('cl-submitted', (e) => resolve(e as CustomEvent), {once: true}),
    );
    await pressEnter(el, root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await submitted;
    const received = Object.values(await server.log()).flat();
    expect(received).to.have.length(1);
    const envelope = JSON.parse(received[0]!.body) as {data: {answers: unknown}};
    expect(envelope.data.answers).to.deep.equal({experience: 'good', why: 'Kind staff'});
    expect(errors).to.deep.equal([]);
  });
});
