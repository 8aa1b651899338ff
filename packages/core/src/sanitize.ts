import type {DOMPurify as Purifier} from 'dompurify';

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
/** http, https, mailto, tel, and relative addresses (no scheme before the first `/`, `?` or `#`). */
const SAFE_URI = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let purifier: Promise<Purifier> | undefined;

function loadPurifier(): Promise<Purifier> {
  purifier ??= import('dompurify').then(({default: DOMPurify}) => {
    // DOMPurify lets `data:` through on img, audio and video; we never do.
    DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (/^\s*data:/i.test(data.attrValue)) data.keepAttr = false;
    });
    return DOMPurify;
  });
  return purifier;
}

/**
 * The one path for configuration that is HTML rather than Markdown (for example a
 * FHIR Questionnaire's rendering-xhtml). DOMPurify is loaded on first use, so
 * widgets that never render HTML (guide cards) never download it.
 *
 * Scripts, event handlers, `javascript:` and `data:` URLs, forms and form
 * controls, iframes, objects, embeds, SVG, MathML, styles and media (images, video,
 * audio: they would load from elsewhere) are removed; what is
 * left is an inert DocumentFragment, ready to place in a shadow root.
 */
export async function sanitizeHtml(dirty: string): Promise<DocumentFragment> {
  const DOMPurify = await loadPurifier();
  return DOMPurify.sanitize(dirty, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction'],
    ALLOWED_URI_REGEXP: SAFE_URI,
    ALLOW_DATA_ATTR: false,
  });
}
