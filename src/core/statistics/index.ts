export { createRandom, type Random, type RandomState } from './createRandom.js';
