import {option, questionnaire, text} from './build.js';

/**
 * The NHS Friends and Family Test as asked since April 2020: one question with six
 * answers in this order, then the free-text "why".
 */
export default questionnaire(
  'fft',
  '2020.1',
  ['Friends and Family Test', 'Questionnaire de recommandation', 'Vän- och familjetestet', 'Venner og familie-testen'],
  [
    {
      linkId: 'experience',
      type: 'choice',
      required: true,
      ...text([
        'Overall, how was your experience of our service?',
        'Dans l’ensemble, comment s’est passée votre expérience de notre service ?',
        'Sammantaget, hur var din upplevelse av vår verksamhet?',
        'Alt i alt, hvordan var opplevelsen din av tjenesten vår?',
      ]),
      answerOption: [
        option('fft', 'very-good', ['Very good', 'Très bonne', 'Mycket bra', 'Svært god']),
        option('fft', 'good', ['Good', 'Bonne', 'Bra', 'God']),
        option('fft', 'neither', [
          'Neither good nor poor',
          'Ni bonne ni mauvaise',
          'Varken bra eller dålig',
          'Verken god eller dårlig',
        ]),
        option('fft', 'poor', ['Poor', 'Mauvaise', 'Dålig', 'Dårlig']),
        option('fft', 'very-poor', ['Very poor', 'Très mauvaise', 'Mycket dålig', 'Svært dårlig']),
        option('fft', 'dont-know', ['Don’t know', 'Je ne sais pas', 'Vet inte', 'Vet ikke']),
      ],
    },
    {
      linkId: 'why',
      type: 'text',
      required: true,
      maxLength: 2000,
      ...text([
        'Please tell us why you gave this answer.',
        'Pouvez-vous nous dire pourquoi vous avez donné cette réponse ?',
        'Berätta gärna varför du svarade så.',
        'Fortell oss gjerne hvorfor du svarte dette.',
      ]),
    },
  ],
);
