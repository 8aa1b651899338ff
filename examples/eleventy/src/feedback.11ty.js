import {renderFeedbackForm} from 'careloop/ssr.js';
import {page} from './_layout.js';

export const data = {permalink: '/feedback/'};

/** The Friends and Family Test: a form a browser can send without JavaScript, to the site's collector. */
export default async function () {
  const form = await renderFeedbackForm({
    preset: 'fft',
    endpoint: '/api/submissions',
    service: 'outpatients',
    headingLevel: 2,
  });
  return page({title: 'Feedback', body: `<h1>Tell us about your visit</h1>\n${form}`});
}
