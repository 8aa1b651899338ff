import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {html as litHtml} from 'lit';
import {
  CareloopElement,
  ConfigController,
  FieldReader,
  baseStyles,
  defineElement,
  type CareloopErrorDetail,
  type Parsed,
} from '@careloop/core';
import {expectAccessible, mount, settled, takeConsole, textOf, until} from './support.js';

interface Sample {
  name: string;
}

function parseSample(raw: unknown): Parsed<Sample> {
  const reader = new FieldReader();
  const obj = reader.object(raw, 'config');
  const name = obj && reader.text(obj, 'name', 'config.name', true);
  return {value: name ? {name} : undefined, problems: reader.problems};
}

/** A minimal widget built the way every Careloop widget is. */
class TestWidget extends CareloopElement {
  static override styles = baseStyles;
  static override properties = {
    ...CareloopElement.properties,
    config: {attribute: false},
    src: {},
    explode: {type: Boolean},
  };
  config: unknown;
  src: string | null = null;
  explode = false;
  readonly loader = new ConfigController<Sample>(
    this,
    {property: () => this.config, src: () => this.src},
    parseSample,
    (p) => this.reportProblems(p),
  );
  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    if ((changed.has('config') || changed.has('src')) && this.hasUpdated) this.loader.load();
  }
  protected override render(): unknown {
    if (this.explode) throw new Error('boom');
    const {state, value, problems} = this.loader;
    return litHtml`<p class="state">${state}</p>${this.renderProblems(problems)}${value ? litHtml`<p class="name">${value.name}</p>` : ''}`;
  }
}
defineElement('cl-test-widget', TestWidget);
declare global {
  interface HTMLElementTagNameMap {
    'cl-test-widget': TestWidget;
  }
}

const name = (el: TestWidget) => textOf(el.shadowRoot!.querySelector('.name'));
const state = (el: TestWidget) => textOf(el.shadowRoot!.querySelector('.state'));
const alert = (el: TestWidget) => el.shadowRoot!.querySelector('[role="alert"]');

describe('CareloopElement', () => {
  describe('defaults', () => {
    it('knows its version and uses the light theme', async () => {
      const el = await fixture<TestWidget>(html`<cl-test-widget></cl-test-widget>`);
      expect(TestWidget.version).to.match(/^\d+\.\d+\.\d+$/);
      expect(el.theme).to.equal('light');
      expect(el.getAttribute('theme')).to.equal('light');
      expect(state(el)).to.equal('empty');
    });
  });

  describe('configuration sources', () => {
    it('reads inline JSON, as a CMS page gives it', async () => {
      const el = await fixture<TestWidget>(
        html`<cl-test-widget
          ><script type="application/json">
            {"name": "inline"}
          </script></cl-test-widget
        >`,
      );
      expect(name(el)).to.equal('inline');
    });

    it('follows inline JSON that a CMS adds later', async () => {
      const el = await fixture<TestWidget>(html`<cl-test-widget></cl-test-widget>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"name": "late"}';
      el.append(script);
      await until(() => name(el) === 'late', 'late inline JSON');
    });

    it('prefers the property over inline JSON', async () => {
      const el = await fixture<TestWidget>(
        html`<cl-test-widget .config=${{name: 'property'}}
          ><script type="application/json">
            {"name": "inline"}
          </script></cl-test-widget
        >`,
      );
      expect(name(el)).to.equal('property');
    });

    it('loads a src address from the server', async () => {
      const el = await fixture<TestWidget>(
        html`<cl-test-widget src="/packages/core/test/fixtures/config.json"></cl-test-widget>`,
      );
      await until(() => name(el) === 'from src', 'src to load');
    });

    it('shows a loading state while src is on its way', async () => {
      const el = await fixture<TestWidget>(
        html`<cl-test-widget src="/__slow/300/packages/core/test/fixtures/config.json"></cl-test-widget>`,
      );
      expect(state(el)).to.equal('loading');
      await until(() => state(el) === 'ready', 'ready');
    });

    it('goes back to inline JSON when src is removed', async () => {
      const el = await fixture<TestWidget>(
        html`<cl-test-widget src="/packages/core/test/fixtures/config.json"
          ><script type="application/json">
            {"name": "inline"}
          </script></cl-test-widget
        >`,
      );
      await until(() => name(el) === 'from src', 'src');
      el.removeAttribute('src');
      await el.updateComplete;
      expect(name(el)).to.equal('inline');
    });
  });

  describe('bad input', () => {
    it('names the field that is wrong, in the widget and in cl-error', async () => {
      const el = document.createElement('cl-test-widget');
      el.config = {name: 42};
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      const {detail} = await event;
      await el.updateComplete;
      expect(detail.code).to.equal('wrong-type');
      expect(detail.problems[0]!.path).to.equal('config.name');
      expect(detail.message).to.equal('config.name: expected a text, got 42.');
      expect(textOf(alert(el))).to.contain('config.name: expected a text, got 42.');
      await expectAccessible(el);
      el.remove();
    });

    it('reports JSON that cannot be read', async () => {
      const el = await fixture<TestWidget>(
        html`<cl-test-widget
          ><script type="application/json">
            {"name":
          </script></cl-test-widget
        >`,
      );
      await settled(el);
      expect(state(el)).to.equal('error');
      expect(textOf(alert(el))).to.contain('the JSON could not be read');
    });

    it('reports a src that answers 404, naming the address and the status', async () => {
      const el = document.createElement('cl-test-widget');
      el.src = '/__status/404';
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      expect((await event).detail.code).to.equal('http-error');
      await el.updateComplete;
      expect(textOf(alert(el)))
        .to.contain('/__status/404')
        .and.contain('404');
      el.remove();
    });

    it('reports a src whose JSON is broken', async () => {
      const el = document.createElement('cl-test-widget');
      el.src = '/packages/core/test/fixtures/broken.json';
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      expect((await event).detail.code).to.equal('invalid-json');
      el.remove();
    });

    it('reports a network failure', async () => {
      const el = document.createElement('cl-test-widget');
      el.src = 'http://127.0.0.1:9/unreachable.json';
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      mount(el);
      expect((await event).detail.code).to.equal('fetch-failed');
      await el.updateComplete;
      expect(state(el)).to.equal('error');
      el.remove();
      takeConsole(); // Some engines log the refused connection.
    });

    it('recovers when a valid configuration follows an invalid one', async () => {
      const el = await fixture<TestWidget>(html`<cl-test-widget .config=${{name: ''}}></cl-test-widget>`);
      expect(alert(el)).to.exist;
      el.config = {name: 'fixed'};
      await el.updateComplete;
      expect(alert(el)).to.equal(null);
      expect(name(el)).to.equal('fixed');
    });

    it('lists at most eight problems and counts the rest', async () => {
      class Many extends TestWidget {
        protected override render(): unknown {
          return this.renderProblems(
            Array.from({length: 11}, (_, i) => ({code: 'required' as const, path: `x[${i}]`})),
          );
        }
      }
      defineElement('cl-test-many', Many);
      const el = await fixture<Many>(html`<cl-test-many></cl-test-many>`);
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(9);
      expect(textOf(alert(el))).to.contain('and 3 more');
    });

    it('never throws into the page when rendering fails', async () => {
      const el = await fixture<TestWidget>(html`<cl-test-widget .config=${{name: 'ok'}}></cl-test-widget>`);
      const event = oneEvent<CustomEvent<CareloopErrorDetail>>(el, 'cl-error');
      el.explode = true;
      const {detail} = await event;
      expect(detail.code).to.equal('render-failed');
      expect(detail.message).to.equal('boom');
      expect(textOf(alert(el))).to.equal('This content could not be shown');
      el.explode = false;
      await el.updateComplete;
      expect(name(el), el.shadowRoot!.innerHTML).to.equal('ok');
    });
  });

  describe('theme', () => {
    it('reflects the theme and returns to light when the attribute is removed', async () => {
      const el = await fixture<TestWidget>(html`<cl-test-widget theme="dark" .config=${{name: 'x'}}></cl-test-widget>`);
      expect(el.theme).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.removeAttribute('theme');
      await el.updateComplete;
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });
  });
});

describe('defineElement', () => {
  it('warns once, and does not throw, when a second copy defines the same tag', () => {
    class Other extends HTMLElement {}
    class Third extends HTMLElement {}
    expect(() => defineElement('cl-test-widget', Other)).not.to.throw();
    defineElement('cl-test-widget', Third);
    const warnings = takeConsole();
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.level).to.equal('warn');
    expect(warnings[0]!.text).to.contain('duplicate-definition').and.contain('<cl-test-widget>');
    expect(customElements.get('cl-test-widget')).to.equal(TestWidget);
  });

  it('is silent when the same class is defined again', () => {
    defineElement('cl-test-widget', TestWidget);
    expect(takeConsole()).to.deep.equal([]);
  });
});
