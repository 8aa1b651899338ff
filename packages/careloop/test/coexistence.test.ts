/**
 * A host page that has its own Lit and its own @lit/localize, configured before
 * Careloop arrives, and then two copies of Careloop: the CDN bundle and the npm
 * sources. Nothing may throw; Careloop must still speak the page's language.
 * (This file deliberately does not import the shared test support: that would
 * configure Careloop's localization before the host's. It uses the built bundle:
 * run `npm run build` first; `npm test` does.)
 */
import {expect} from '@open-wc/testing';
import {LitElement, html} from 'lit';
import {configureLocalization, msg, str} from '@lit/localize';

const hostTemplates = {'host.greeting': str`Guten Tag`};
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => Promise.resolve({templates: hostTemplates}),
});

class HostGreeting extends LitElement {
  protected override render() {
    return html`<p>${msg('Good day', {id: 'host.greeting'})}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);

const errors: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
  errors.push('reason' in event ? event.reason : event.error);
window.addEventListener('error', onError);
window.addEventListener('unhandledrejection', onError);

/** As test/support.ts's `until` (not imported: see above), with the same generous ceiling. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > 30_000) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('coexisting with a host page', () => {
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('keeps the host’s own Lit and @lit/localize working beside the CDN bundle', async () => {
    await host.setLocale('de');
    const greeting = new HostGreeting();
    document.body.append(greeting);
    await greeting.updateComplete;
    expect(greeting.shadowRoot!.textContent).to.contain('Guten Tag');

    document.documentElement.lang = 'fr';
    // @ts-expect-error: the built bundle has no declaration at this address.
    await import('/packages/careloop/dist/careloop.js');
    const card = document.createElement('cl-guide-card') as HTMLElement & {
      item: unknown;
      updateComplete: Promise<unknown>;
    };
    card.item = {kind: 'project', title: 'Réseau', status: 'ongoing'};
    document.body.append(card);
    await until(() => card.shadowRoot?.textContent?.includes('En cours') ?? false, 'the card in French');

    greeting.requestUpdate();
    await greeting.updateComplete;
    expect(host.getLocale()).to.equal('de');
    expect(greeting.shadowRoot!.textContent).to.contain('Guten Tag');
    expect(errors).to.deep.equal([]);
  });

  it('survives a second copy of Careloop (the npm sources) sharing the host’s @lit/localize', async () => {
    const {GuideList, initLocalization, defineElement} = await import('careloop');
    expect(() => initLocalization()).not.to.throw();
    expect(() => defineElement('cl-guide-list', GuideList)).not.to.throw();
    const warnings = window.__clConsole.splice(0).map((entry: {text: string}) => entry.text);
    expect(warnings.some((w: string) => w.includes('localize-configured-elsewhere'))).to.equal(true);
    // One warning per tag taken by the first copy, however often it is defined again.
    const duplicates = warnings.filter((w: string) => w.includes('duplicate-definition'));
    // Every tag Careloop registers, as the combined manifest lists them (one list, not a count here).
    const manifest = (await (await fetch('/packages/careloop/custom-elements.json')).json()) as {
      modules: {declarations?: {tagName?: string}[]}[];
    };
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
    expect(tags.length).to.be.greaterThan(4);
    expect(duplicates).to.have.length(tags.length);
    expect(duplicates.some((w: string) => w.includes('<cl-guide-list>'))).to.equal(true);
    const list = document.createElement('cl-guide-list');
    document.body.append(list);
    await until(() => Boolean(list.shadowRoot?.textContent), 'the list');
    expect(errors).to.deep.equal([]);
    expect(window.__clConsole).to.deep.equal([]);
  });
});

declare global {
  interface Window {
    __clConsole: {level: string; text: string}[];
  }
}
