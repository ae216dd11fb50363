/**
 * The ladder's diff of two levels, loaded on first use (a file of its own beside the bundle): pages
 * that never open a diff never download it. Its styles stay with the element (ladder-diff.styles.ts).
 */
export { diffLayout } from './ladder-diff-layout.js';
export { diffView } from './ladder-diff-view.js';
