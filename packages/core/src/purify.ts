// The sanitiser behind sanitizeHtml (sanitize.ts), loaded with DOMPurify on first use.
import DOMPurify from 'dompurify';

const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'link',
  'meta',
  'base',
  // Media would load from wherever the author pointed: no image or sound from elsewhere.
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
];
/**
 * The only attributes kept (besides `aria-*`): words, language and table structure, and
 * `href`, the one address. Everything else that can name an address (`background`,
 * `poster`, `ping`, `srcset`, `cite`, `xlink:href`, `action`…) and every style, id and
 * class is dropped: nothing loads from elsewhere, nothing clobbers the widget's own ids.
 */
const ALLOWED_ATTR = [
  'href',
  'title',
  'lang',
  'dir',
  'colspan',
  'rowspan',
  'headers',
  'scope',
  'abbr',
  'start',
  'reversed',
  'type',
  'datetime',
];
/** http, https, mailto, tel, and relative addresses (no scheme before the first `/`, `?` or `#`). */
const SAFE_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

interface TrustedTypesPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}
type PolicyFactory = {createPolicy(name: string, rules: TrustedTypesPolicy): TrustedTypesPolicy} | undefined;

/**
 * The Trusted Types policy DOMPurify parses with, made here so that we know whether it
 * exists: undefined where the browser has no Trusted Types, null where the page's CSP
 * refuses a second `dompurify` policy (the host's own DOMPurify made one, and its
 * `trusted-types` directive lacks 'allow-duplicates').
 */
const policy = ((factory: PolicyFactory) => {
  try {
    return factory?.createPolicy('dompurify', {createHTML: (html) => html, createScriptURL: (url) => url});
  } catch {
    return null;
  }
})((globalThis as {trustedTypes?: PolicyFactory}).trustedTypes);

export function purify(dirty: string): DocumentFragment {
  // Without a policy the page's Trusted Types refuse every way to parse HTML: the caller shows the plain text.
  if (policy === null)
    throw new Error(
      "the page's Content-Security-Policy allows no second Trusted Types policy named dompurify: add 'allow-duplicates' to its trusted-types directive",
    );
  return DOMPurify.sanitize(dirty, {
    ...(policy ? {TRUSTED_TYPES_POLICY: policy as never} : {}),
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URI,
    ALLOW_DATA_ATTR: false,
  });
}
