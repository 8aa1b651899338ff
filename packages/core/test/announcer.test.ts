import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import {AnnouncerController} from '@careloop/core';
import {until} from './support.js';

class Announcing extends LitElement {
  readonly announcer = new AnnouncerController(this, 50);
  protected override render() {
    return this.announcer.render();
  }
}
customElements.define('cl-test-announcing', Announcing);

describe('AnnouncerController', () => {
  it('renders an empty polite live region from the start', async () => {
    const el = await fixture<Announcing>(html`<cl-test-announcing></cl-test-announcing>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('');
  });

  it('announces only the settled message', async () => {
    const el = await fixture<Announcing>(html`<cl-test-announcing></cl-test-announcing>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    el.announcer.announce('1 result');
    el.announcer.announce('2 results');
    expect(region.textContent).to.equal('');
    await until(() => region.textContent === '2 results', 'announcement');
    el.announcer.announce('2 results');
    await until(() => region.textContent === '2 results\u00a0', 'repeat announcement');
  });
});
