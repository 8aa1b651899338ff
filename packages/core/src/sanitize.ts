/**
 * The one path for configuration that is HTML rather than Markdown (for example a
 * FHIR Questionnaire's rendering-xhtml). The sanitiser (DOMPurify) is loaded on first
 * use, so widgets that never render HTML (guide cards) never download it.
 *
 * Scripts, event handlers, `javascript:` and `data:` URLs, forms and form controls,
 * iframes, objects, embeds, SVG, MathML, styles and media (images, video, audio: they
 * would load from elsewhere) are removed, and of the attributes only words, language,
 * table structure and `href` are kept (purify.ts); what is left is an inert
 * DocumentFragment, ready to place in a shadow root. It rejects where the sanitiser
 * cannot load (offline) or the page's Trusted Types refuse it a policy: callers then
 * show the plain text.
 */
export async function sanitizeHtml(dirty: string): Promise<DocumentFragment> {
  return (await import('./purify.js')).purify(dirty);
}
