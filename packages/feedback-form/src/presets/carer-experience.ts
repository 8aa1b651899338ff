import {agreement, questionnaire, text} from './build.js';

/** A family member's or carer's experience of visiting a ward. */
export default questionnaire(
  'carer-experience',
  '1.0',
  [
    'Your experience as a visitor or carer',
    'Votre expérience de proche ou d’aidant',
    'Din upplevelse som närstående',
    'Din opplevelse som pårørende',
  ],
  [
    agreement('welcome', [
      'Did staff make you feel welcome on the ward?',
      'Le personnel vous a-t-il bien accueilli dans le service ?',
      'Fick du ett gott bemötande av personalen på avdelningen?',
      'Følte du deg velkommen av personalet på avdelingen?',
    ]),
    agreement('information', [
      'Were you given the information you needed about the care of the person you visited?',
      'Avez-vous reçu les informations dont vous aviez besoin sur les soins de la personne visitée ?',
      'Fick du den information du behövde om vården av den du besökte?',
      'Fikk du informasjonen du trengte om behandlingen til den du besøkte?',
    ]),
    agreement('involvement', [
      'Were you involved as much as you wanted to be in decisions about their care?',
      'Avez-vous été associé autant que vous le souhaitiez aux décisions sur ses soins ?',
      'Fick du vara med i besluten om vården så mycket som du ville?',
      'Ble du involvert så mye du ønsket i beslutninger om behandlingen?',
    ]),
    {
      linkId: 'involvement-help',
      type: 'text',
      maxLength: 2000,
      enableWhen: [
        {
          question: 'involvement',
          operator: '=',
          answerCoding: {system: 'https://careloop.invalid/fhir/CodeSystem/agreement', code: 'no'},
        },
      ],
      ...text([
        'What would have helped you to be more involved?',
        'Qu’est-ce qui vous aurait aidé à être davantage associé ?',
        'Vad hade hjälpt dig att vara mer delaktig?',
        'Hva ville hjulpet deg til å bli mer involvert?',
      ]),
    },
    {
      linkId: 'better',
      type: 'text',
      maxLength: 3000,
      ...text([
        'What could we do better for visitors and carers?',
        'Que pourrions-nous améliorer pour les proches et les aidants ?',
        'Vad kan vi göra bättre för närstående?',
        'Hva kan vi gjøre bedre for pårørende?',
      ]),
    },
  ],
);
