import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '@careloop/guide-cards/cl-guide-list.js';
import type {GuideList} from '@careloop/guide-cards';
import {FEED, answer, byId, never, themeOf} from './support.js';

interface Args {
  items: unknown;
  src?: string;
  'page-size': number;
  'heading-level': number;
  'no-controls': boolean;
  label?: string;
}

const meta: Meta<Args> = {
  title: 'Guide cards/cl-guide-list',
  component: 'cl-guide-list',
  tags: ['autodocs'],
  args: {items: FEED, 'page-size': 24, 'heading-level': 3, 'no-controls': false},
  argTypes: {
    'heading-level': {control: {type: 'select'}, options: [2, 3, 4, 5, 6]},
    items: {control: 'object'},
  },
  render: (args, context) =>
    html`<cl-guide-list
      .items=${args.items}
      src=${args.src ?? ''}
      page-size=${args['page-size']}
      heading-level=${args['heading-level']}
      ?no-controls=${args['no-controls']}
      label=${args.label ?? ''}
      theme=${themeOf(context)}
    ></cl-guide-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const list = (canvas: HTMLElement) => canvas.querySelector<GuideList>('cl-guide-list')!;

async function typeSearch(canvas: HTMLElement, text: string) {
  const el = list(canvas);
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  await userEvent.type(input, text);
  await el.updateComplete;
}

// Playground

export const Playground: Story = {};

// Overview

export const Overview: Story = {name: 'Guides, projects and changes'};

// Options

export const Paged: Story = {name: 'A page at a time', args: {'page-size': 4}};

export const WithoutControls: Story = {
  name: 'Without controls ("You said, we did")',
  args: {items: FEED.filter((item) => item['kind'] === 'change'), 'no-controls': true},
};

export const OwnLabel: Story = {args: {label: 'Search our family guides'}};

// Behaviours

export const Filtered: Story = {
  name: 'Filtered by a search',
  play: async ({canvasElement}) => {
    await typeSearch(canvasElement, 'carer');
    await waitFor(() => expect(list(canvasElement).shadowRoot!.querySelectorAll('.card').length).toBeGreaterThan(0));
  },
};

export const NoMatch: Story = {
  name: 'Nothing matches',
  play: async ({canvasElement}) => {
    await typeSearch(canvasElement, 'zebra crossing');
    await waitFor(() => expect(list(canvasElement).shadowRoot!.querySelector('[part="empty"]')).not.toBeNull());
  },
};

// States

export const Empty: Story = {args: {items: []}};

export const Loading: Story = {
  args: {items: undefined, src: '/story/list-loading.json'},
  beforeEach: () => answer('/story/list-loading.json', never),
};

export const NotFound: Story = {
  name: 'src answers 404',
  args: {items: undefined, src: '/story/list-404.json'},
  beforeEach: () => answer('/story/list-404.json', () => new Response('Not found', {status: 404})),
};

export const SomeItemsInvalid: Story = {
  args: {
    items: [
      byId('integrating-patient-resources'),
      {id: 'no-title', summary: 'An item without a title'},
      {...byId('ostfold-learning-network'), kind: 'event'},
      {...byId('carer-visiting-times'), date: 'last week'},
      byId('hydrotherapy-goals'),
    ],
  },
};

export const NotAList: Story = {name: 'Feed is not a list', args: {items: {guides: FEED}}};

export const VeryLongText: Story = {
  args: {
    items: FEED.slice(0, 3).map((item) => ({
      ...item,
      title: `${String(item['title'])} — ${'and a much longer title that keeps going '.repeat(3)}`,
      summary: 'A long summary that goes on. '.repeat(20),
    })),
  },
};

export const HostileInput: Story = {
  args: {
    items: [
      {
        id: 'a',
        title: '<img src=x onerror=alert(1)>',
        summary: '<script>alert(1)</script> [x](javascript:alert(1))',
        url: 'javascript:alert(1)',
      },
      {
        id: 'b',
        kind: 'project',
        title: 'Region field with markup',
        region: '"><svg onload=alert(1)>',
        themes: ['</style><style>*{display:none}</style>'],
      },
    ],
  },
};
