import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../format/types.js';
import { ENGLISH as english, type Localizer } from './localize.js';

const MAX_LISTED = 50;

/** The error panel every element shows for invalid data: each problem with its JSON Pointer. */
export function errorPanel(errors: readonly Problem[], title?: string, l10n: Localizer = english): TemplateResult {
  // The validator lists at most 1,000 errors and counts the rest in a last `too-many-problems` one.
  const unlisted = errors.at(-1)?.code === 'too-many-problems' ? errors.at(-1) : undefined;
  const listed = unlisted ? errors.slice(0, -1) : errors;
  const shown = listed.slice(0, MAX_LISTED);
  return html`<div part="error" class="error" role="alert">
    <h2>${title ?? l10n.t('This career framework could not be shown')}</h2>
    <ul>
      ${shown.map((problem) => html`<li><code>${problem.path || '/'}</code>: ${problem.message}</li>`)}
    </ul>
    ${listed.length > shown.length ? html`<p>${l10n.t({ one: '…and {count} more problem.', other: '…and {count} more problems.' }, { count: listed.length - shown.length })}</p>` : nothing}
    ${unlisted ? html`<p>${unlisted.message}</p>` : nothing}
  </div>`;
}

/** The loading, empty and error states shared by every element; `nothing` when ready. */
export function statusView(status: string, errors: readonly Problem[], emptyText: string, l10n: Localizer = english): TemplateResult | typeof nothing {
  if (status === 'loading') return html`<div part="status" class="status" role="status" aria-live="polite">${l10n.t('Loading career framework…')}</div>`;
  if (status === 'error') return errorPanel(errors, undefined, l10n);
  if (status === 'empty') return html`<div part="status" class="status">${emptyText}</div>`;
  return nothing;
}

/** True for http(s) URLs and relative references; anything else (javascript:, data:) is not a link. */
export function isSafeUrl(url: string | undefined): url is string {
  if (!url || !url.trim()) return false;
  try {
    const protocol = new URL(url, 'https://relative.invalid/').protocol;
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
