import {page} from './_layout.js';

export const data = {permalink: '/thanks/'};

export default function () {
  return page({
    title: 'Thank you',
    body: '<h1>Thank you</h1>\n<p>Your feedback was sent. The team reads every answer.</p>',
  });
}
