/**
 * The map's role search: the query, the highlighted result and the combobox keys. A reactive
 * controller; picking a result hands the role to the element, which focuses and frames it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Role } from '../format/types.js';
import { searchKeyAction } from './mobility-map-keys.js';
import { searchRoles } from './mobility-map-model.js';

export class MapSearch implements ReactiveController {
  query = '';
  highlighted = 0;
  readonly #host: ReactiveControllerHost;
  readonly #roles: () => readonly Role[];
  readonly #pick: (id: string) => void;

  constructor(host: ReactiveControllerHost, roles: () => readonly Role[], pick: (id: string) => void) {
    this.#host = host;
    this.#roles = roles;
    this.#pick = pick;
    host.addController(this);
  }

  hostConnected(): void {}

  get results(): Role[] {
    return searchRoles(this.#roles(), this.query);
  }

  onInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.highlighted = 0;
    this.#host.requestUpdate();
  };

  onKey = (event: KeyboardEvent): void => {
    const results = this.results;
    const action = searchKeyAction(event.key, this.highlighted, results.length);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || event.key === 'Enter') event.preventDefault();
    if (action?.type === 'highlight') this.highlighted = action.index;
    else if (action?.type === 'pick') return this.pick(results[action.index].id);
    else if (action?.type === 'close') this.query = '';
    this.#host.requestUpdate();
  };

  pick = (id: string): void => {
    this.query = '';
    this.#host.requestUpdate();
    this.#pick(id);
  };
}
