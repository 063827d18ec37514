import { type PresetFields, SalesPresetCreateSchema } from '../sixshop/schemas/sales-preset';
import { checkFields } from '../sixshop/validation';
import { checkPresetFields } from './validate';

/**
 * Problems of a preset as the form shows them (`name`, `fields.delivery.baseFee`, …), all at once: the
 * contract's schema, then the export rules it does not know (notice items, fee ceilings) on every field the
 * schema did not already flag. Used by the form and by the worker before saving.
 */
export function presetProblems(input: {
  name: unknown;
  isDefault: boolean;
  fields: unknown;
}): Record<string, string> {
  const out: Record<string, string> = {};
  const parsed = checkFields(SalesPresetCreateSchema, input);
  if (!parsed.ok) for (const f of parsed.fields) out[f.path] ??= f.message;
  const fields = parsed.ok ? parsed.value.fields : input.fields;
  if (typeof fields !== 'object' || fields === null) return out;
  // each rule reads defensively, so it may run on fields that did not pass the schema
  for (const p of checkPresetFields(fields as PresetFields)) {
    const path = p.path.replace(/^preset\./, 'fields.');
    const covered = Object.keys(out).some(
      (k) => k === path || k.startsWith(`${path}.`) || path.startsWith(`${k}.`),
    );
    if (!covered) out[path] = p.message;
  }
  return out;
}
