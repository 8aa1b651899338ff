// The SDC codes the form renders, apart from the model: only the SDC reader (a chunk of
// its own) needs the values; the rest of the form needs only their types (model.ts).

export const ITEM_CONTROLS = ['radio-button', 'check-box', 'drop-down', 'slider', 'autocomplete'] as const;

/**
 * How a display item goes with the question (or group) it is in, rather than standing
 * as an item of its own: SDC's itemControl codes for text, or its displayCategory.
 * `help` and `flyover` open as a disclosure; `lower` and `upper` name a slider's ends;
 * the others are shown as hint text.
 */
export const HINTS = [
  'help',
  'flyover',
  'prompt',
  'legal',
  'context-display',
  'instructions',
  'security',
  'lower',
  'upper',
] as const;
