import {option, questionnaire, text} from './build.js';

/** The Friends and Family Test in easy-read words for children, with a scale of faces. */
export default questionnaire(
  'fft-children',
  '2020.1',
  ['Tell us about your visit', 'Parle-nous de ta visite', 'Berätta om ditt besök', 'Fortell oss om besøket ditt'],
  [
    {
      linkId: 'experience',
      type: 'choice',
      required: true,
      ...text([
        'How was your visit?',
        'Comment s’est passée ta visite ?',
        'Hur var ditt besök?',
        'Hvordan var besøket ditt?',
      ]),
      answerOption: [
        option('fft', 'very-good', ['Very good', 'Très bien', 'Mycket bra', 'Veldig bra'], 'very-good'),
        option('fft', 'good', ['Good', 'Bien', 'Bra', 'Bra'], 'good'),
        option('fft', 'neither', ['OK', 'Moyen', 'Sådär', 'Middels'], 'neither'),
        option('fft', 'poor', ['Bad', 'Pas bien', 'Dåligt', 'Dårlig'], 'poor'),
        option('fft', 'very-poor', ['Very bad', 'Très mal', 'Mycket dåligt', 'Veldig dårlig'], 'very-poor'),
        option('fft', 'dont-know', ['I don’t know', 'Je ne sais pas', 'Vet inte', 'Vet ikke'], 'dont-know'),
      ],
    },
    {
      linkId: 'why',
      type: 'text',
      maxLength: 1000,
      ...text(['Tell us why.', 'Dis-nous pourquoi.', 'Berätta varför.', 'Fortell oss hvorfor.']),
    },
  ],
);
