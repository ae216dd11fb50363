/** A lower-case, dash-separated id made from a label: `"Head of (Agile) delivery"` → `head-of-agile-delivery`. */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'item';
}

/** Hands out ids that are unique within one collection, suffixing `-2`, `-3`… on a clash. */
export class IdRegistry {
  readonly #used = new Set<string>();

  claim(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.#used.has(id); n++) id = `${wanted}-${n}`;
    this.#used.add(id);
    return id;
  }
}

/** Splits a list cell (`a; b; c`) into its trimmed, non-empty items. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
