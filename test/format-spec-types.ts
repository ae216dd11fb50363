// Type-level test, checked by `npm run typecheck`: the shape checks are typed from the format's
// interfaces (SpecFor), so a field, a required flag, a value type or a word that differs from
// types.ts does not compile. Each @ts-expect-error below is a drift SpecFor must catch; if it
// stopped catching one, the unused @ts-expect-error would fail the type check.
import type { SpecFor } from '../src/format/shape.js';

type Example = { id: string; kind?: 'a' | 'b'; count?: number; items?: { name: string }[] };

export const agrees: SpecFor<Example> = {
  id: { type: 'string', required: true, nonEmpty: true },
  kind: { type: 'string', enum: ['a', 'b'] },
  count: { type: 'number' },
  items: { type: 'list', items: { name: { type: 'string', required: true } } },
};

// @ts-expect-error a field of the type missing from the spec
export const missingField: SpecFor<Example> = { id: agrees.id, kind: agrees.kind, count: agrees.count };

export const extraField: SpecFor<Example> = {
  ...agrees,
  // @ts-expect-error a field in the spec that the type does not have
  grade: { type: 'string' },
};

export const notRequired: SpecFor<Example> = {
  ...agrees,
  // @ts-expect-error a required field of the type not required in the spec
  id: { type: 'string' },
};

export const unknownWord: SpecFor<Example> = {
  ...agrees,
  // @ts-expect-error a word that is not in the type's union
  kind: { type: 'string', enum: ['a', 'c'] },
};

export const wrongType: SpecFor<Example> = {
  ...agrees,
  // @ts-expect-error a number field checked as text
  count: { type: 'string' },
};
