import { genericPreset, jsonlPreset } from './genericPreset';
import type { Preset } from './preset';
import { airlinePreset, twcsPreset } from './tweetPresets';

/** Every built-in preset by name. Saved column mappings register beside these. */
export const PRESETS: Record<string, Preset> = {
  generic: genericPreset,
  jsonl: jsonlPreset,
  twcs: twcsPreset,
  airline: airlinePreset,
};

/** Looks a preset up by name. */
export function findPreset(name: string): Preset | undefined {
  return Object.prototype.hasOwnProperty.call(PRESETS, name) ? PRESETS[name] : undefined;
}
