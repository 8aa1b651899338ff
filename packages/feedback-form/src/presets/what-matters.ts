import {questionnaire, text} from './build.js';

/** "What matters to you?", the open question at the heart of person-centred care. */
export default questionnaire(
  'what-matters',
  '1.0',
  ['What matters to you?', 'Qu’est-ce qui compte pour vous ?', 'Vad är viktigt för dig?', 'Hva er viktig for deg?'],
  [
    {
      linkId: 'what-matters',
      type: 'text',
      required: true,
      maxLength: 3000,
      ...text([
        'What matters to you?',
        'Qu’est-ce qui compte pour vous ?',
        'Vad är viktigt för dig?',
        'Hva er viktig for deg?',
      ]),
    },
    {
      linkId: 'help',
      type: 'text',
      maxLength: 3000,
      ...text([
        'What could we do to help?',
        'Que pourrions-nous faire pour vous aider ?',
        'Vad kan vi göra för att hjälpa dig?',
        'Hva kan vi gjøre for å hjelpe deg?',
      ]),
    },
  ],
);
