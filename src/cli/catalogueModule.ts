import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where worker threads import the catalogue from: the `catalogue.js` the CLI bundle has beside it, or,
 * running from the TypeScript sources (as under vitest), the one `npm run build` compiles into
 * `dist/properties/`. @internal
 */
export function catalogueModule(): { readonly url: URL; readonly exportName: string } {
  const sibling = new URL('./catalogue.js', import.meta.url);
  const url = existsSync(fileURLToPath(sibling))
    ? sibling
    : new URL('../../dist/properties/catalogue.js', import.meta.url);
  return { url, exportName: 'catalogue' };
}
