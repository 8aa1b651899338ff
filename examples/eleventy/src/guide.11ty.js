import {renderGuideCard} from 'careloop/ssr.js';
import {escape, page} from './_layout.js';

/** A page for each guide or project, at the address its card links to. */
export const data = {
  pagination: {data: 'guides', size: 1, alias: 'guide', before: (items) => items.filter((i) => i.url?.startsWith('/'))},
  permalink: ({guide}) => guide.url,
};

export default async function ({guide}) {
  const card = await renderGuideCard({item: guide, headingLevel: 2, locale: guide.languages?.[0]});
  return page({
    title: guide.title,
    lang: guide.languages?.[0],
    body: `<h1>${escape(guide.title)}</h1>\n${card}\n<p><a href="/">All guides</a></p>`,
  });
}
