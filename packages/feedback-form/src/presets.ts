import type {Preset} from './feedback-form.types.js';

/** Each preset is its own module, loaded only by the pages that use it. */
export const PRESET_MODULES: Record<Preset, () => Promise<{default: unknown}>> = {
  fft: () => import('./presets/fft.js'),
  'fft-children': () => import('./presets/fft-children.js'),
  'what-matters': () => import('./presets/what-matters.js'),
  'carer-experience': () => import('./presets/carer-experience.js'),
  'workshop-evaluation': () => import('./presets/workshop-evaluation.js'),
};
