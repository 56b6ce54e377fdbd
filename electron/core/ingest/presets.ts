import { genericPreset } from './genericPreset';
import type { Preset } from './preset';

/** Every built-in preset by name. Later presets (twcs, airline, jsonl, saved mappings) register here. */
export const PRESETS: Record<string, Preset> = {
  generic: genericPreset,
};

/** Looks a preset up by name. */
export function findPreset(name: string): Preset | undefined {
  return Object.prototype.hasOwnProperty.call(PRESETS, name) ? PRESETS[name] : undefined;
}
