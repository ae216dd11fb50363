import { property } from 'lit/decorators.js';
import type { Problem } from '../format/types.js';
import { UrlStateController } from './controllers/url-state-controller.js';
import { CurrentRoleElement } from './current-role.js';
import { applyViewState, propertyField, isText, readViewState, type ViewState, type ViewStateFields } from './view-state.js';

/**
 * The base of the provider and of every visual element for their view state: `getViewState()`,
 * `setViewState()` and the `url-state` attribute. Each element lists its own fields.
 */
export class ViewStateElement extends CurrentRoleElement {
  /**
   * Keeps the view state in the URL hash, under the element's `id` (else its tag name): read at
   * start-up and when the hash changes, written with `history.replaceState` as the view changes.
   * Give each element on a page its own `id`.
   */
  @property({ type: Boolean, attribute: 'url-state' }) urlState = false;

  constructor() {
    super();
    new UrlStateController(this);
  }

  /** The key of this element's entry in the URL hash: its `id`, else its tag name. */
  get urlStateKey(): string {
    return this.id || this.localName;
  }

  /**
   * What the element shows, as a plain versioned object (`{ v: 1, … }`) to store, share or apply
   * with `setViewState()`: selection, filters, zoom, region, view mode — the fields of each
   * element are in its docs; defaults are left out. Never personal data (no profile, no ratings).
   */
  getViewState(): ViewState {
    return readViewState(this.viewStateFields());
  }

  /**
   * Shows a view state from `getViewState()`: fields it has are applied, fields it lacks go back to
   * their defaults. Never throws and never logs: what cannot be used (not an object, another
   * version, a field of the wrong type, an unknown field) is ignored and returned as problems with
   * JSON Pointer paths — an empty array when all was applied. Ids are not checked here: an unknown
   * role shows as it would in the attribute.
   */
  setViewState(state: unknown): Problem[] {
    return applyViewState(this.viewStateFields(), state);
  }

  /** The fields of this element's view state. */
  protected viewStateFields(): ViewStateFields {
    return { currentRole: propertyField(this, 'currentRole', isText, null) };
  }
}
