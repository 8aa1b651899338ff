import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '@careloop/consent-prompt/cl-consent-prompt.js';
import type {ConsentPrompt, ConsentRecord} from '@careloop/consent-prompt';
import {answer, playing, themeOf} from './support.js';

interface Args {
  config: unknown;
  mode: 'inline' | 'dialog';
  notice?: string;
  remember: boolean;
  'no-proxy': boolean;
  endpoint?: string;
  previous?: ConsentRecord;
  'heading-level': number;
  disabled: boolean;
}

const CONFIG = {
  policy: {
    id: 'involvement',
    version: '3',
    url: '/privacy/involvement',
    changes: 'Stories in the annual report are now kept for **five** years.',
  },
  controller: 'Riverside Hospital, Patient Experience Team',
  retention: 'two years after your last contact with us',
  purposes: [
    {
      id: 'contact-workshop',
      title: 'Contact me about this workshop',
      description: 'By e-mail or phone, **only** about this workshop.',
      required: true,
    },
    {
      id: 'future',
      title: 'Contact me about future involvement',
      description: 'At most four times a year. You can stop it at any time.',
    },
    {
      id: 'story',
      title: 'Use my story in our annual report',
      description: 'Without your name. We show you the text before it is published.',
    },
  ],
};

const PREVIOUS: ConsentRecord = {
  id: '0b6f6c1e-5d0a-4c43-9a55-6b8c3f0a2e71',
  policy: {id: 'involvement', version: '3'},
  language: 'en',
  text: 'Who processes your information: Riverside Hospital, Patient Experience Team.',
  digest: 'sha256:0000000000000000000000000000000000000000000000000000000000000000',
  decidedAt: '2026-09-14T09:30:00.000Z',
  decisions: {'contact-workshop': 'granted', future: 'granted', story: 'granted'},
  decidedBy: {onBehalf: false},
};

const meta: Meta<Args> = {
  title: 'Consent/cl-consent-prompt',
  component: 'cl-consent-prompt',
  tags: ['autodocs'],
  args: {config: CONFIG, mode: 'inline', remember: false, 'no-proxy': false, 'heading-level': 2, disabled: false},
  argTypes: {
    mode: {control: {type: 'inline-radio'}, options: ['inline', 'dialog']},
    notice: {control: {type: 'inline-radio'}, options: ['', 'public-record']},
    'heading-level': {control: {type: 'select'}, options: [2, 3, 4, 5, 6]},
    config: {control: 'object'},
  },
  render: (args, context) =>
    html`<cl-consent-prompt
      .config=${args.config}
      .previous=${args.previous}
      mode=${args.mode}
      notice=${args.notice ?? ''}
      ?remember=${args.remember}
      ?no-proxy=${args['no-proxy']}
      ?disabled=${args.disabled}
      endpoint=${args.endpoint ?? ''}
      persist="none"
      heading-level=${args['heading-level']}
      theme=${themeOf(context)}
    ></cl-consent-prompt>`,
};
export default meta;
type Story = StoryObj<Args>;

const prompt = (canvas: HTMLElement) => canvas.querySelector<ConsentPrompt>('cl-consent-prompt')!;
const inPrompt = <E extends Element = HTMLElement>(canvas: HTMLElement, selector: string) =>
  prompt(canvas).shadowRoot!.querySelector<E>(selector);

async function ready(canvas: HTMLElement): Promise<ConsentPrompt> {
  const el = prompt(canvas);
  await waitFor(() => expect(el.shadowRoot!.querySelector('.consent')).not.toBeNull());
  return el;
}

// Playground

export const Playground: Story = {};

// Overview

export const Inline: Story = {name: 'Inline'};

// Options

export const AcceptOrDeclineAll: Story = {
  name: 'With "Accept all" and "Decline all"',
  args: {config: {...CONFIG, offerAll: true}},
};
export const Disabled: Story = {name: 'Disabled (every control, left out of a host form)', args: {disabled: true}};

export const PublicRecord: Story = {name: 'Public-record notice', args: {notice: 'public-record'}};

export const Dialog: Story = {
  name: 'In a dialog',
  args: {mode: 'dialog'},
  play: playing(async ({canvasElement}) => {
    await ready(canvasElement);
    await userEvent.click(inPrompt(canvasElement, '.trigger')!);
    await waitFor(() => expect(inPrompt<HTMLDialogElement>(canvasElement, 'dialog')!.open).toBe(true));
  }),
};

// States

export const OnBehalf: Story = {
  name: 'On someone’s behalf',
  play: playing(async ({canvasElement}) => {
    await ready(canvasElement);
    await userEvent.click(inPrompt(canvasElement, '#for-other')!);
    await waitFor(() => expect(inPrompt(canvasElement, '#relationship')).not.toBeNull());
  }),
};

export const RequiredMissing: Story = {
  name: 'Required purpose missing',
  play: playing(async ({canvasElement}) => {
    await ready(canvasElement);
    await userEvent.click(inPrompt(canvasElement, '[part="save"]')!);
    await waitFor(() => expect(inPrompt(canvasElement, '.error-summary')).not.toBeNull());
  }),
};

export const Decided: Story = {
  name: 'Choices saved and sent',
  args: {endpoint: '/story/consent-ok'},
  beforeEach: () => answer('/story/consent-ok', () => new Response('{"status":"stored"}', {status: 201})),
  play: playing(async ({canvasElement}) => {
    await ready(canvasElement);
    await userEvent.click(inPrompt(canvasElement, '#purpose-contact-workshop')!);
    await userEvent.click(inPrompt(canvasElement, '[part="save"]')!);
    await waitFor(() => expect(inPrompt(canvasElement, '.delivery--sent')).not.toBeNull());
  }),
};

export const Withdrawal: Story = {name: 'Changing an earlier decision', args: {previous: PREVIOUS}};

export const VersionChanged: Story = {
  name: 'Policy version changed since last time',
  args: {remember: true},
  beforeEach: () => {
    localStorage.setItem(
      'careloop-consent:involvement',
      JSON.stringify({version: '2', decisions: {future: 'granted'}, decidedAt: '2026-01-10T10:00:00Z'}),
    );
    return () => localStorage.removeItem('careloop-consent:involvement');
  },
};

export const BadConfiguration: Story = {
  name: 'Configuration with problems',
  args: {
    config: {
      policy: {id: 'involvement'},
      purposes: [
        {id: 'a', title: 'A'},
        {id: 'a', title: 'B'},
      ],
    },
  },
};

export const HostileText: Story = {
  args: {
    config: {
      ...CONFIG,
      controller: '<img src=x onerror=alert(1)>',
      purposes: [
        {
          id: 'p',
          title: '<script>alert(1)</script>',
          description: '<iframe src="javascript:alert(1)"></iframe> [link](javascript:alert(1))',
        },
      ],
    },
  },
};
