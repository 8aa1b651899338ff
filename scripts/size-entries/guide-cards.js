// What a page that uses only guide cards imports; scripts/check-size.mjs measures it.
import '@careloop/guide-cards/cl-guide-card.js';
import '@careloop/guide-cards/cl-guide-list.js';
