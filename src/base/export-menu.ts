import { css, html, type TemplateResult } from 'lit';
import type { Localizer } from './localize.js';
export type ExportFormat = 'svg' | 'png';

/** The caption under an exported view, in the element's language: the framework's name and revision. */
export const exportCaption = (l10n: Localizer, name: string, revision?: string) => (revision ? l10n.t('{name} (revision {revision})', { name, revision }) : name);

/** Closes the menu on Escape and gives the focus back to its button. */
function onKey(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * The export button (with the `export` attribute): a disclosure whose items download the view as
 * SVG or PNG. A `<details>` element, so it opens with Enter or Space and needs no script for that;
 * Escape closes it.
 */
export function exportMenu(onPick: (format: ExportFormat) => void, l10n: Localizer): TemplateResult {
  const pick = (event: Event, format: ExportFormat) => {
    (event.currentTarget as HTMLElement).closest('details')!.open = false;
    onPick(format);
  };
  return html`<details part="export" class="export-menu" @keydown=${onKey}>
    <summary>${l10n.t('Export')}</summary>
    <div class="export-items" role="group" aria-label=${l10n.t('Export this view')}>
      <button type="button" data-export="svg" @click=${(e: Event) => pick(e, 'svg')}>${l10n.t('Download SVG')}</button>
      <button type="button" data-export="png" @click=${(e: Event) => pick(e, 'png')}>${l10n.t('Download PNG')}</button>
    </div>
  </details>`;
}

export const exportMenuStyles = css`
  .export-bar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5em;
  }
  .export-menu {
    position: relative;
  }
  .export-menu summary {
    list-style: none;
    cursor: pointer;
    padding: 0.3em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .export-menu summary::-webkit-details-marker {
    display: none;
  }
  .export-menu summary::after {
    content: ' ▾';
    color: var(--_muted);
  }
  .export-menu[open] summary {
    border-color: var(--_accent);
  }
  .export-items {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + 4px);
    z-index: 3;
    display: flex;
    flex-direction: column;
    min-width: 11em;
    padding: 0.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.12);
  }
  .export-items button {
    font: inherit;
    color: var(--_text);
    text-align: start;
    padding: 0.35em 0.6em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .export-items button:hover {
    background: var(--_surface-alt);
  }
  @media print {
    .export-bar,
    .export-menu {
      display: none;
    }
  }
`;
