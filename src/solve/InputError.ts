/**
 * The class now lives in `src/linalg/InputError.ts`, shared by every solver entry; this re-export keeps
 * the public barrel's import working until the barrel imports it from there.
 * @public
 */
export { InputError } from '../linalg/InputError.js';
