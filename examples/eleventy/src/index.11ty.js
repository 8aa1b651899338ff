import {renderGuideList} from 'careloop/ssr.js';
import {page} from './_layout.js';

export default async function ({guides}) {
  const list = await renderGuideList({items: guides, headingLevel: 2});
  return page({title: 'Guides and projects', body: `<h1>Guides and projects</h1>\n${list}`});
}
