import type { Framework, Problem, Profile } from './format/types.js';
import type { CareerSelection } from './context.js';

const options = { bubbles: true, composed: true } as const;

/** Fired when framework data is invalid or could not be loaded. */
export class CareerErrorEvent extends Event {
  static readonly eventName = 'career-error';
  readonly detail: { readonly errors: readonly Problem[] };
  constructor(errors: readonly Problem[]) {
    super(CareerErrorEvent.eventName, options);
    this.detail = { errors };
  }
}

/** Fired when a valid framework has been loaded (from any of the three inputs). */
export class CareerLoadEvent extends Event {
  static readonly eventName = 'career-load';
  readonly detail: { readonly framework: Framework; readonly warnings: readonly Problem[] };
  constructor(framework: Framework, warnings: readonly Problem[]) {
    super(CareerLoadEvent.eventName, options);
    this.detail = { framework, warnings };
  }
}

/** Fired when the user selects a role (never when the host sets a property in code). */
export class CareerRoleSelectEvent extends Event {
  static readonly eventName = 'career-role-select';
  readonly detail: { readonly roleId: string };
  constructor(roleId: string) {
    super(CareerRoleSelectEvent.eventName, options);
    this.detail = { roleId };
  }
}

/** Fired when the user selects a move between two roles. */
export class CareerMoveSelectEvent extends Event {
  static readonly eventName = 'career-move-select';
  readonly detail: { readonly from: string; readonly to: string };
  constructor(from: string, to: string) {
    super(CareerMoveSelectEvent.eventName, options);
    this.detail = { from, to };
  }
}

/** Fired when the user chooses one of the alternative routes to a target (`steps`: role ids, start to target). */
export class CareerRouteSelectEvent extends Event {
  static readonly eventName = 'career-route-select';
  readonly detail: { readonly steps: readonly string[] };
  constructor(steps: readonly string[]) {
    super(CareerRouteSelectEvent.eventName, options);
    this.detail = { steps };
  }
}

/** Fired when the user changes a profile (what-if); `profile` is a new object. */
export class CareerProfileChangeEvent extends Event {
  static readonly eventName = 'career-profile-change';
  readonly detail: { readonly profile: Profile };
  constructor(profile: Profile) {
    super(CareerProfileChangeEvent.eventName, options);
    this.detail = { profile };
  }
}

/** Fired by `<career-framework>` when its shared selection changes. */
export class CareerSelectionChangeEvent extends Event {
  static readonly eventName = 'career-selection-change';
  readonly detail: { readonly selection: CareerSelection };
  constructor(selection: CareerSelection) {
    super(CareerSelectionChangeEvent.eventName, options);
    this.detail = { selection };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'career-error': CareerErrorEvent;
    'career-load': CareerLoadEvent;
    'career-role-select': CareerRoleSelectEvent;
    'career-move-select': CareerMoveSelectEvent;
    'career-route-select': CareerRouteSelectEvent;
    'career-profile-change': CareerProfileChangeEvent;
    'career-selection-change': CareerSelectionChangeEvent;
  }
}
