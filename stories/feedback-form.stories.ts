import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '@careloop/feedback-form/cl-feedback-form.js';
import {PRESETS, type FeedbackForm} from '@careloop/feedback-form';
import EVERY_TYPE from '../packages/feedback-form/test/fixtures/every-type.json';
import PHQ_9 from '../packages/feedback-form/test/fixtures/published/phq-9.json';
import REGISTRATION from '../packages/feedback-form/test/fixtures/published/registration.json';
import WARD_SURVEY from '../packages/feedback-form/test/fixtures/published/ward-survey.json';
import {answer, never, playing, themeOf} from './support.js';

interface Args {
  questionnaire?: unknown;
  preset?: string;
  endpoint?: string;
  persist: 'indexeddb' | 'none';
  paging: 'none' | 'group';
  notice?: string;
  about?: string;
  kiosk: boolean;
  'save-draft': boolean;
  'no-role': boolean;
  'no-contact': boolean;
  'next-url'?: string;
  'next-label'?: string;
  'heading-level': number;
  disabled: boolean;
}

const PAGED = {
  resourceType: 'Questionnaire',
  title: 'Your day-surgery visit',
  item: [
    {
      linkId: 'before',
      type: 'group',
      text: 'Before the operation',
      item: [
        {linkId: 'informed', type: 'boolean', required: true, text: 'Were you told what would happen on the day?'},
      ],
    },
    {
      linkId: 'after',
      type: 'group',
      text: 'Going home',
      item: [{linkId: 'better', type: 'text', text: 'What could we do better?'}],
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Feedback/cl-feedback-form',
  component: 'cl-feedback-form',
  tags: ['autodocs'],
  args: {
    preset: 'fft',
    persist: 'none',
    paging: 'none',
    kiosk: false,
    'save-draft': false,
    'no-role': false,
    'no-contact': false,
    'heading-level': 2,
    disabled: false,
  },
  argTypes: {
    preset: {control: {type: 'select'}, options: ['', ...PRESETS]},
    paging: {control: {type: 'inline-radio'}, options: ['none', 'group']},
    notice: {control: {type: 'inline-radio'}, options: ['', 'public-record']},
    'heading-level': {control: {type: 'select'}, options: [2, 3, 4, 5, 6]},
    questionnaire: {control: 'object'},
  },
  render: (args, context) =>
    html`<cl-feedback-form
      .questionnaire=${args.questionnaire}
      preset=${args.preset ?? ''}
      endpoint=${args.endpoint ?? ''}
      persist=${args.persist}
      paging=${args.paging}
      notice=${args.notice ?? ''}
      about=${args.about ?? ''}
      ?kiosk=${args.kiosk}
      ?save-draft=${args['save-draft']}
      ?no-role=${args['no-role']}
      ?no-contact=${args['no-contact']}
      ?disabled=${args.disabled}
      next-url=${args['next-url'] ?? ''}
      next-label=${args['next-label'] ?? ''}
      heading-level=${args['heading-level']}
      theme=${themeOf(context)}
    ></cl-feedback-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector<FeedbackForm>('cl-feedback-form')!;
const inForm = <E extends Element = HTMLElement>(canvas: HTMLElement, selector: string) =>
  form(canvas).shadowRoot!.querySelector<E>(selector);

async function ready(canvas: HTMLElement): Promise<FeedbackForm> {
  const el = form(canvas);
  await waitFor(() => expect(el.shadowRoot!.querySelector('.questions')).not.toBeNull(), {timeout: 4000});
  return el;
}

/** Chooses the first option and writes an answer in the first text area: the FFT, filled in. */
async function fill(canvas: HTMLElement, text = 'The nurses explained everything.'): Promise<void> {
  const el = await ready(canvas);
  await userEvent.click(el.shadowRoot!.querySelector('input[type="radio"]')!);
  await userEvent.type(el.shadowRoot!.querySelector('textarea')!, text);
}

async function send(canvas: HTMLElement): Promise<void> {
  await userEvent.click(inForm(canvas, 'button[type="submit"]')!);
}

// Playground

export const Playground: Story = {};

// Overview

export const FriendsAndFamilyTest: Story = {
  name: 'Friends and Family Test (fft)',
  args: {about: 'the outpatient clinic'},
};

// Options

export const Children: Story = {name: 'Children’s version with faces (fft-children)', args: {preset: 'fft-children'}};
export const WhatMatters: Story = {name: 'What matters to you?', args: {preset: 'what-matters'}};
export const CarerExperience: Story = {name: 'Carer experience', args: {preset: 'carer-experience'}};
export const WorkshopEvaluation: Story = {name: 'Workshop evaluation', args: {preset: 'workshop-evaluation'}};
export const EveryItemType: Story = {name: 'Every item type', args: {preset: '', questionnaire: EVERY_TYPE}};
export const PublicRecord: Story = {
  name: 'Public-record notice',
  args: {preset: 'what-matters', notice: 'public-record'},
};
export const Anonymous: Story = {name: 'No role, no contact offered', args: {'no-role': true, 'no-contact': true}};
export const Kiosk: Story = {name: 'Kiosk mode', args: {kiosk: true, 'no-contact': true}};
export const Disabled: Story = {name: 'Disabled (every control, left out of a host form)', args: {disabled: true}};
export const SaveDraft: Story = {name: 'Save and resume', args: {preset: 'what-matters', 'save-draft': true}};

// States

export const Paged: Story = {
  name: 'In steps (paging="group")',
  args: {preset: '', questionnaire: PAGED, paging: 'group'},
};

export const Errors: Story = {
  name: 'Errors after submit',
  play: playing(async ({canvasElement}) => {
    await ready(canvasElement);
    await send(canvasElement);
    await waitFor(() => expect(inForm(canvasElement, '.error-summary')).not.toBeNull());
  }),
};

export const ContactDetails: Story = {
  name: 'Contact details with consent',
  play: playing(async ({canvasElement}) => {
    const el = await ready(canvasElement);
    await userEvent.click(el.shadowRoot!.querySelector('#contact-opt-in')!);
    await waitFor(() => expect(inForm(canvasElement, '#contact-email')).not.toBeNull());
  }),
};

export const IdentifiabilityWarning: Story = {
  name: 'Answer that may identify someone',
  play: playing(async ({canvasElement}) => {
    await fill(canvasElement, 'Nurse Patel called me on 07700 900123');
    // Leaving the field is what triggers the check; testing-library's typing does not make the browser fire change.
    inForm(canvasElement, 'textarea')!.dispatchEvent(new Event('change'));
    await waitFor(() => expect(inForm(canvasElement, '.warning')).not.toBeNull());
  }),
};

export const Sending: Story = {
  name: 'Sending…',
  args: {endpoint: '/story/feedback-pending'},
  beforeEach: () => answer('/story/feedback-pending', never),
  play: playing(async ({canvasElement}) => {
    await fill(canvasElement);
    await send(canvasElement);
    await waitFor(() => expect(inForm(canvasElement, '.thanks')).not.toBeNull());
  }),
};

export const KeptWhilePageOpen: Story = {
  // With persist="none" (the stories' default) nothing outlives the page, and it says so.
  name: 'Kept only while this page is open (server unavailable, persist="none")',
  args: {endpoint: '/story/feedback-503'},
  beforeEach: () =>
    answer(
      '/story/feedback-503',
      () => new Response('{"error":"maintenance"}', {status: 503, headers: {'retry-after': '3600'}}),
    ),
  play: playing(async ({canvasElement}) => {
    await fill(canvasElement);
    await send(canvasElement);
    await waitFor(() => expect(inForm(canvasElement, '.delivery--queued')).not.toBeNull());
  }),
};

export const Sent: Story = {
  args: {endpoint: '/story/feedback-ok', 'next-url': '/you-said-we-did.html', 'next-label': 'You said, we did'},
  beforeEach: () => answer('/story/feedback-ok', () => new Response('{"status":"stored"}', {status: 201})),
  play: playing(async ({canvasElement}) => {
    await fill(canvasElement);
    await send(canvasElement);
    await waitFor(() => expect(inForm(canvasElement, '.delivery--sent')).not.toBeNull());
  }),
};

export const Failed: Story = {
  name: 'Refused by the server',
  args: {endpoint: '/story/feedback-400'},
  beforeEach: () =>
    answer(
      '/story/feedback-400',
      () => new Response('{"error":"This form is closed for the holidays."}', {status: 400}),
    ),
  play: playing(async ({canvasElement}) => {
    await fill(canvasElement);
    await send(canvasElement);
    await waitFor(() => expect(inForm(canvasElement, '.failure')).not.toBeNull());
  }),
};

export const Loading: Story = {
  args: {preset: '', questionnaire: undefined},
  render: (_args, context) =>
    html`<cl-feedback-form src="/story/questionnaire-loading.json" theme=${themeOf(context)}></cl-feedback-form>`,
  beforeEach: () => answer('/story/questionnaire-loading.json', never),
};

export const Unsupported: Story = {
  name: 'Unsupported item shown as a notice',
  args: {
    preset: '',
    questionnaire: {
      resourceType: 'Questionnaire',
      title: 'Your letter',
      item: [
        {linkId: 'scan', type: 'attachment', text: 'Upload your letter'},
        {linkId: 'note', type: 'string', text: 'Anything else?'},
      ],
    },
  },
};

const helpText = (linkId: string, text: string, url: string, code: string) => ({
  linkId,
  type: 'display',
  text,
  extension: [{url, valueCodeableConcept: {coding: [{code}]}}],
});
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';

export const HelpAndInstructions: Story = {
  name: 'Help and instructions (SDC)',
  args: {
    preset: '',
    questionnaire: {
      resourceType: 'Questionnaire',
      title: 'Your stay',
      item: [
        {
          linkId: 'stay',
          type: 'group',
          text: 'About your stay',
          item: [
            helpText(
              'stay-instructions',
              'Think about your most recent stay.',
              'http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory',
              'instructions',
            ),
            {
              linkId: 'ward',
              type: 'string',
              text: 'Which ward were you on?',
              extension: [
                {
                  url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-supportLink',
                  valueUri: 'https://hospital.example/wards',
                },
              ],
              item: [
                helpText('ward-help', 'The ward name is on your discharge letter.', ITEM_CONTROL, 'help'),
                helpText('ward-prompt', 'For example: Ward 4, Maple.', ITEM_CONTROL, 'prompt'),
              ],
            },
            {
              linkId: 'kind',
              type: 'choice',
              text: 'Was your stay planned?',
              answerOption: [{valueString: 'Planned'}, {valueString: 'Emergency'}],
              item: [helpText('kind-legal', 'Your answer is not shared with your doctor.', ITEM_CONTROL, 'legal')],
            },
          ],
        },
      ],
    },
  },
};

export const ScoredWithFhirPath: Story = {
  name: 'PHQ-9, its total worked out by FHIRPath (SDC)',
  args: {preset: '', questionnaire: PHQ_9, 'no-role': true, 'no-contact': true},
};
export const Registration: Story = {
  name: 'Registration: pages, units, a value set, “none of these” (SDC)',
  args: {preset: '', questionnaire: REGISTRATION, 'no-role': true, 'no-contact': true},
};
export const TabsTableAutocomplete: Story = {
  name: 'Ward survey: tabs (steps where narrow), a table of questions, autocomplete (SDC)',
  args: {preset: '', questionnaire: WARD_SURVEY, 'no-role': true, 'no-contact': true},
};
export const RepeatingGroup: Story = {
  name: 'A repeating group: “Add another” (SDC)',
  args: {
    preset: '',
    'no-role': true,
    'no-contact': true,
    questionnaire: {
      resourceType: 'Questionnaire',
      title: 'Your medicines',
      item: [
        {
          linkId: 'medicine',
          type: 'group',
          text: 'A medicine you take',
          repeats: true,
          item: [
            {linkId: 'name', type: 'string', text: 'Name of the medicine'},
            {linkId: 'daily', type: 'boolean', text: 'Do you take it every day?'},
          ],
        },
      ],
    },
  },
};

export const BrokenLogic: Story = {
  name: 'Questionnaire refused (cyclic condition)',
  args: {
    preset: '',
    questionnaire: {
      resourceType: 'Questionnaire',
      item: [
        {
          linkId: 'a',
          type: 'string',
          text: 'A',
          enableWhen: [{question: 'a', operator: 'exists', answerBoolean: true}],
        },
      ],
    },
  },
};

export const HostileInput: Story = {
  args: {
    preset: '',
    questionnaire: {
      resourceType: 'Questionnaire',
      title: '<img src=x onerror=alert(1)>',
      item: [
        {
          linkId: 'x',
          type: 'display',
          text: 'Plain',
          _text: {
            extension: [
              {
                url: 'http://hl7.org/fhir/StructureDefinition/rendering-xhtml',
                valueString: '<b>Bold</b><script>alert(1)</script><a href="javascript:alert(1)">link</a>',
              },
            ],
          },
        },
        {
          linkId: 'q',
          type: 'choice',
          prefix: '<svg onload=alert(1)>',
          text: '"><script>alert(1)</script>',
          answerOption: [{valueString: '<iframe src=javascript:alert(1)>'}],
        },
      ],
    },
  },
};
