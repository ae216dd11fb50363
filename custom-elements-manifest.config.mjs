// The custom-elements manifest (custom-elements.json) is built from the elements' JSDoc.
export default {
  globs: ['src/**/*.component.ts', 'src/base/career-element.ts', 'src/base/current-role.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer guesses an event name from the first argument of `new SomeEvent(arg)`; the kit's
      // events are typed classes whose names are documented with @fires, so keep only those.
      name: 'career-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => /^career-[a-z-]+$/.test(event.name ?? ''));
          }
        }
      },
    },
  ],
};
