// Every msg() in Careloop names its id ({id: 'feedback.submit'}), and
// scripts/check-translations.mjs fails if one does not. So @lit/localize's fallback,
// which hashes a message's text into an id when none is given (FNV-1a, ~0.3 KB brotli in
// every bundle), can never run: the bundles get a stand-in that finds no translation.
const STAND_IN = '\0careloop:msg-id';

export const explicitMsgIds = () => ({
  name: 'careloop-explicit-msg-ids',
  resolveId: (source, importer) =>
    source === './id-generation.js' && /[\\/]@lit[\\/]localize[\\/]internal[\\/]/.test(importer ?? '')
      ? STAND_IN
      : null,
  load: (id) => (id === STAND_IN ? "export const generateMsgId = () => '';" : null),
});
