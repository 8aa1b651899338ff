// The guides feed, as a CMS would export it: here, the demo portal's.
import {readFileSync} from 'node:fs';

export default JSON.parse(readFileSync(new URL('../../../../demo/public/feeds/guides.json', import.meta.url), 'utf8'));
