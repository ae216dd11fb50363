import { isObject } from '../format/shape.js';

/** Reading loosely typed source values (parsed YAML or JSON) without trusting their shape. */

/** A trimmed string, or '' when the value is not a string. */
export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The non-empty trimmed strings of a list, or [] when the value is not a list. */
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(text).filter(Boolean) : []);

/** The objects of a list, or [] when the value is not a list. */
export const objects = (value: unknown): Array<Record<string, unknown>> => (Array.isArray(value) ? value.filter(isObject) : []);
