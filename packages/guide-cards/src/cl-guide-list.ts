import {defineElement} from '@careloop/core';
import {GuideList} from './guide-list.js';

defineElement('cl-guide-list', GuideList);

declare global {
  interface HTMLElementTagNameMap {
    'cl-guide-list': GuideList;
  }
}

export {GuideList};
