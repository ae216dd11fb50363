// The self-contained bundle's entry: registers every element and exports the package entry.
import './define.js';
export * from './index.js';
