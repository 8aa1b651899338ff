import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '@careloop/guide-cards/cl-guide-card.js';
import {answer, byId, never, themeOf} from './support.js';

interface Args {
  item: unknown;
  'heading-level': number;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Guide cards/cl-guide-card',
  component: 'cl-guide-card',
  tags: ['autodocs'],
  args: {item: byId('integrating-patient-resources'), 'heading-level': 3},
  argTypes: {
    'heading-level': {control: {type: 'select'}, options: [2, 3, 4, 5, 6]},
    item: {control: 'object'},
  },
  render: (args, context) =>
    html`<cl-guide-card
      style="max-inline-size: 26rem"
      .item=${args.item}
      src=${args.src ?? ''}
      heading-level=${args['heading-level']}
      theme=${themeOf(context)}
    ></cl-guide-card>`,
};
export default meta;
type Story = StoryObj<Args>;

// Playground

export const Playground: Story = {};

// Overview: the three kinds of card

export const Guide: Story = {args: {item: byId('integrating-patient-resources')}};
export const GuideInFrench: Story = {args: {item: byId('integrer-ressources-patients')}};
export const Project: Story = {args: {item: byId('ostfold-learning-network')}};
export const ProjectOngoing: Story = {args: {item: byId('training-plan-families')}};
export const ProjectPlanned: Story = {args: {item: byId('patientupplevelsevecka')}};
export const YouSaidWeDid: Story = {args: {item: byId('carer-visiting-times')}};

// Options

export const WithoutLink: Story = {
  args: {item: {...byId('involvement-top-tips'), url: undefined}},
};

export const HeadingLevel2: Story = {args: {'heading-level': 2}};

export const InlineJson: Story = {
  name: 'Inline JSON (as in a CMS)',
  render: (_args, context) =>
    html`<cl-guide-card style="max-inline-size: 26rem" theme=${themeOf(context)}>
      <script type="application/json">
        {
          "kind": "guide",
          "title": "Getting involvement right: top tips for teams",
          "url": "#tips",
          "audience": ["professionals"],
          "readingMinutes": 6
        }
      </script>
    </cl-guide-card>`,
};

// States

export const Empty: Story = {args: {item: undefined}};

export const Loading: Story = {
  args: {item: undefined, src: '/story/card-loading.json'},
  beforeEach: () => answer('/story/card-loading.json', never),
};

export const VeryLongText: Story = {
  args: {
    item: {
      ...byId('integrating-patient-resources'),
      title:
        'Integrating patient resources, family partners, carers and every other person with lived experience into the working groups of a large paediatric care network',
      summary: `${'A long summary that goes on to check wrapping and reflow. '.repeat(12)}\n\nSupercalifragilisticexpialidocious-Krankenhausinformationssystem-Zusammenarbeit.`,
      themes: ['Partnership', 'Working groups', 'Evaluation', 'Training', 'Co-design', 'Family-centred care'],
    },
  },
};

// Bad input

export const MissingTitle: Story = {args: {item: {kind: 'guide', url: '/x'}}};

export const ImageWithoutAlt: Story = {
  args: {item: {...byId('integrating-patient-resources'), image: {src: '/images/working-group.svg'}}},
};

export const WrongTypes: Story = {
  args: {
    item: {
      ...byId('involvement-top-tips'),
      readingMinutes: 'ten',
      updated: 'yesterday',
      audience: ['aliens'],
      kind: 'guide',
    },
  },
};

export const ServerError: Story = {
  name: 'src answers 503',
  args: {item: undefined, src: '/story/card-503.json'},
  beforeEach: () => answer('/story/card-503.json', () => new Response('Service unavailable', {status: 503})),
};

export const HostileInput: Story = {
  args: {
    item: {
      title: '<img src=x onerror=alert(1)> <script>alert(1)</script>',
      summary: '[click me](javascript:alert(1)) <iframe src="javascript:alert(1)"></iframe> **still bold**',
      url: 'javascript:alert(1)',
      themes: ['</style><style>*{display:none}</style>'],
    },
  },
};
