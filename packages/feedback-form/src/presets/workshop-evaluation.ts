import {agreement, questionnaire, text} from './build.js';

/** Evaluating an involvement workshop from the patient and family point of view. */
export default questionnaire(
  'workshop-evaluation',
  '1.0',
  ['How was the workshop?', 'Comment s’est passé l’atelier ?', 'Hur var workshoppen?', 'Hvordan var verkstedet?'],
  [
    agreement('worth', [
      'Was the workshop worth your time?',
      'L’atelier valait-il le temps que vous y avez consacré ?',
      'Var workshoppen värd din tid?',
      'Var verkstedet verdt tiden din?',
    ]),
    agreement('listened', [
      'Did you feel listened to?',
      'Vous êtes-vous senti écouté ?',
      'Kände du dig lyssnad på?',
      'Følte du at du ble lyttet til?',
    ]),
    agreement('access', [
      'Did you have what you needed to take part (information, access, breaks)?',
      'Aviez-vous ce qu’il fallait pour participer (informations, accessibilité, pauses) ?',
      'Hade du det du behövde för att delta (information, tillgänglighet, pauser)?',
      'Hadde du det du trengte for å delta (informasjon, tilgjengelighet, pauser)?',
    ]),
    {
      linkId: 'change',
      type: 'text',
      maxLength: 3000,
      ...text([
        'What should change for the next workshop?',
        'Que faudrait-il changer pour le prochain atelier ?',
        'Vad borde ändras till nästa workshop?',
        'Hva bør endres til neste verksted?',
      ]),
    },
    {
      linkId: 'anything-else',
      type: 'text',
      maxLength: 3000,
      ...text([
        'Is there anything else you would like to tell us?',
        'Souhaitez-vous nous dire autre chose ?',
        'Är det något mer du vill berätta?',
        'Er det noe mer du vil fortelle oss?',
      ]),
    },
  ],
);
