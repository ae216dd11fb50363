/**
 * `record[key]` for a record read from data, counting only its own properties: an id such as
 * `constructor`, `toString` or `__proto__` must not find `Object.prototype`'s members.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
