import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * The base of the provider and of every visual element: the person's role as the `current-role`
 * attribute / `currentRole` property, and `role` as a deprecated alias of it.
 */
export class CurrentRoleElement extends LitElement {
  /**
   * The person's role id ("you are here"). When unset inside `<career-framework>`, an element
   * follows the provider's `currentRole`.
   */
  @property({ attribute: 'current-role' }) currentRole: string | null = null;

  /**
   * Deprecated alias of `currentRole` (attribute `role`), kept for this minor version: reading it
   * gives `currentRole`, writing it sets `currentRole`. `role` is ARIA's attribute; use
   * `current-role`.
   * @deprecated Use `currentRole` / `current-role`.
   */
  @property({ attribute: 'role', noAccessor: true })
  override get role(): string | null {
    return this.currentRole;
  }
  override set role(value: string | null) {
    this.currentRole = value;
  }
}
