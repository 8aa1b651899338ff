import {styleHashes} from 'careloop/ssr.js';

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

/**
 * A page of the site around server-rendered Careloop elements. A static host sets no
 * headers here, so the page's own policy allows the elements' style blocks by their hashes.
 */
export function page({title, lang = 'en', body}) {
  const policy = [
    "default-src 'self'",
    `style-src 'self' ${styleHashes(body).join(' ')}`,
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="${escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(policy)}">
<title>${escape(title)} · Riverside Hospital</title>
<script type="module" src="/careloop/careloop-hydrate.js"></script>
</head>
<body>
<nav aria-label="Main"><a href="/">Guides</a> <a href="/feedback/">Feedback</a></nav>
<main>
${body}
</main>
</body>
</html>
`;
}

export {escape};
