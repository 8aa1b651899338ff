import {defineElement} from '@careloop/core';
import {GuideCard} from './guide-card.js';

defineElement('cl-guide-card', GuideCard);

declare global {
  interface HTMLElementTagNameMap {
    'cl-guide-card': GuideCard;
  }
}

export {GuideCard};
