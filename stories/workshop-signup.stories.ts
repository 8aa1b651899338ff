import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '@careloop/workshop-signup/cl-workshop-signup.js';
import type {WorkshopSignup} from '@careloop/workshop-signup';
import workshops from '../demo/public/feeds/workshops.json';
import {answer, playing, themeOf} from './support.js';

interface Args {
  items: unknown;
  'workshop-id'?: string;
  endpoint?: string;
  'time-zone'?: string;
  'heading-level': number;
}

const FEED = workshops as Record<string, unknown>[];
const byId = (id: string) => FEED.find((w) => w['id'] === id)!;

const meta: Meta<Args> = {
  title: 'Workshops/cl-workshop-signup',
  component: 'cl-workshop-signup',
  tags: ['autodocs'],
  args: {items: FEED, 'heading-level': 3},
  argTypes: {'heading-level': {control: {type: 'select'}, options: [2, 3, 4, 5, 6]}, items: {control: 'object'}},
  render: (args, context) =>
    html`<cl-workshop-signup
      .items=${args.items}
      workshop-id=${args['workshop-id'] ?? ''}
      endpoint=${args.endpoint ?? ''}
      persist="none"
      time-zone=${args['time-zone'] ?? ''}
      heading-level=${args['heading-level']}
      theme=${themeOf(context)}
    ></cl-workshop-signup>`,
};
export default meta;
type Story = StoryObj<Args>;

const signup = (canvas: HTMLElement) => canvas.querySelector<WorkshopSignup>('cl-workshop-signup')!;
const inside = <E extends Element = HTMLElement>(canvas: HTMLElement, selector: string) =>
  signup(canvas).shadowRoot!.querySelector<E>(selector);

async function openRegistration(canvas: HTMLElement, id = 'familles-ressources-2027'): Promise<void> {
  await waitFor(() => expect(inside(canvas, '.workshops')).not.toBeNull());
  const button = [...signup(canvas).shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="register"]')].find(
    (b) => b.textContent?.includes(String(byId(id)['title'])),
  )!;
  await userEvent.click(button);
  await waitFor(() => expect(inside(canvas, '.form')).not.toBeNull());
}

// Playground

export const Playground: Story = {};

// Overview

export const List: Story = {name: 'Upcoming workshops'};

// Options

export const Single: Story = {name: 'One workshop (workshop-id)', args: {'workshop-id': 'laeringsnettverk-2027'}};
export const OtherTimeZone: Story = {name: 'Seen from another time zone', args: {'time-zone': 'Asia/Tokyo'}};

export const Filtered: Story = {
  name: 'Filtered by audience',
  play: playing(async ({canvasElement}) => {
    await waitFor(() => expect(inside(canvasElement, '#filter-audience')).not.toBeNull());
    await userEvent.selectOptions(inside<HTMLSelectElement>(canvasElement, '#filter-audience')!, 'professionals');
  }),
};

// States

export const FullWaitlist: Story = {name: 'Full: waitlist offered', args: {items: [byId('evaluation-workshop-2027')]}};
export const DeadlinePassed: Story = {
  name: 'Registration closed',
  args: {items: [{...byId('laeringsnettverk-2027'), registrationDeadline: '2021-01-01'}]},
};
export const Cancelled: Story = {args: {items: [{...byId('familles-ressources-2027'), status: 'cancelled'}]}};
export const Empty: Story = {name: 'Nothing upcoming', args: {items: []}};

export const Registration: Story = {
  name: 'Registration form',
  play: playing(async ({canvasElement}) => openRegistration(canvasElement)),
};

export const AccessNeeds: Story = {
  name: 'Registration with access needs',
  play: playing(async ({canvasElement}) => {
    await openRegistration(canvasElement);
    await userEvent.click(inside(canvasElement, '#access-sign-language')!);
    await userEvent.click(inside(canvasElement, '#access-interpreter')!);
    await waitFor(() => expect(inside(canvasElement, '#interpreter-language')).not.toBeNull());
  }),
};

export const RegistrationErrors: Story = {
  name: 'Registration with errors',
  play: playing(async ({canvasElement}) => {
    await openRegistration(canvasElement);
    await userEvent.click(inside(canvasElement, 'button[type="submit"]')!);
    await waitFor(() => expect(inside(canvasElement, '.error-summary')).not.toBeNull());
  }),
};

export const Availability: Story = {
  name: 'None of these times suit me',
  play: playing(async ({canvasElement}) => {
    await waitFor(() => expect(inside(canvasElement, '.interest button')).not.toBeNull());
    await userEvent.click(inside(canvasElement, '.interest button')!);
    await waitFor(() => expect(inside(canvasElement, '#weekday-monday')).not.toBeNull());
  }),
};

async function register(canvas: HTMLElement): Promise<void> {
  await openRegistration(canvas);
  await userEvent.type(inside<HTMLInputElement>(canvas, '#name')!, 'Sam Okafor');
  await userEvent.type(inside<HTMLInputElement>(canvas, '#email')!, 'sam@example.org');
  await userEvent.click(inside(canvas, '#role-carer')!);
  const prompt = inside(canvas, 'cl-consent-prompt')!;
  await waitFor(() => expect(prompt.shadowRoot!.querySelector('#purpose-contact-workshop')).not.toBeNull());
  await userEvent.click(prompt.shadowRoot!.querySelector('#purpose-contact-workshop')!);
  await userEvent.click(inside(canvas, 'button[type="submit"]')!);
}

export const Confirmation: Story = {
  args: {endpoint: '/story/workshop-ok'},
  beforeEach: () => answer('/story/workshop-ok', () => new Response('{"status":"stored"}', {status: 201})),
  play: playing(async ({canvasElement}) => {
    await register(canvasElement);
    await waitFor(() => expect(inside(canvasElement, '.delivery--sent')).not.toBeNull());
  }),
};

export const FilledUp: Story = {
  name: 'Filled up meanwhile (409): waitlist offer',
  args: {endpoint: '/story/workshop-409'},
  beforeEach: () =>
    answer('/story/workshop-409', () => new Response('{"error":"The workshop is full."}', {status: 409})),
  play: playing(async ({canvasElement}) => {
    await register(canvasElement);
    await waitFor(() => expect(inside(canvasElement, '.delivery--failed')).not.toBeNull());
  }),
};

export const BadFeed: Story = {
  name: 'Feed with problems',
  args: {
    items: [
      byId('laeringsnettverk-2027'),
      {id: 'x', title: 'No times', timeZone: 'Mars/Olympus', format: 'online'},
      {...byId('familles-ressources-2027'), id: 'y', end: '2027-03-16T17:00'},
    ],
  },
};

export const HostileText: Story = {
  args: {
    items: [
      {
        ...byId('laeringsnettverk-2027'),
        title: '<img src=x onerror=alert(1)>',
        description: '<script>alert(1)</script> [x](javascript:alert(1))',
      },
    ],
  },
};
