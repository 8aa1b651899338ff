import type {ReactiveControllerHost} from 'lit';
import type {ConfigProblem} from '@careloop/core';
import type {Preset} from './feedback-form.types.js';

/** Each preset is its own module, loaded only by the pages that use it. */
export const PRESET_MODULES: Record<Preset, () => Promise<{default: unknown}>> = {
  fft: () => import('./presets/fft.js'),
  'fft-children': () => import('./presets/fft-children.js'),
  'what-matters': () => import('./presets/what-matters.js'),
  'carer-experience': () => import('./presets/carer-experience.js'),
  'workshop-evaluation': () => import('./presets/workshop-evaluation.js'),
};

/** The presets' questionnaires loaded so far: a second form (or a server render) has them at once. */
const loadedPresets = new Map<string, unknown>();

/** Loads a preset's questionnaire ahead of a form that shows it (as a server render must). */
export async function loadPreset(preset: Preset): Promise<unknown> {
  const questionnaire = (await PRESET_MODULES[preset]()).default;
  loadedPresets.set(preset, questionnaire);
  return questionnaire;
}

/** Loads the questionnaire of the `preset` attribute; an unknown name is a problem, named with the ones there are. */
export class PresetLoader {
  /** The preset's questionnaire once loaded; undefined while loading or without a preset. */
  questionnaire: unknown;
  problems: ConfigProblem[] = [];
  #loading: string | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #report: (problems: ConfigProblem[]) => void;

  constructor(host: ReactiveControllerHost, report: (problems: ConfigProblem[]) => void) {
    this.#host = host;
    this.#report = report;
  }

  load(preset: string | null): void {
    const load = preset && Object.hasOwn(PRESET_MODULES, preset) ? PRESET_MODULES[preset as Preset] : undefined;
    this.#loading = preset ?? undefined;
    this.problems = [];
    this.questionnaire = undefined;
    if (!load) {
      if (preset) {
        this.problems = [
          {code: 'not-allowed', path: 'preset', allowed: Object.keys(PRESET_MODULES), found: JSON.stringify(preset)},
        ];
        this.#report(this.problems);
      }
      return;
    }
    const known = loadedPresets.get(preset!);
    if (known !== undefined) {
      this.questionnaire = known;
      return;
    }
    void load().then((module) => {
      loadedPresets.set(preset!, module.default);
      if (this.#loading !== preset) return;
      this.questionnaire = module.default;
      this.#host.requestUpdate();
    });
  }
}
