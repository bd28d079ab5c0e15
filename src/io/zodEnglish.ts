import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Every schema of the project is written with zod/mini rather than zod's classic API: the same
// validation in some 40 KB instead of 750 KB once bundled (as long as each file reads `z.` members
// statically, so that the bundler can drop the rest), which takes ~25 ms off the start of every
// command. zod/mini loads no locale by itself; importing this module gives English messages.
config(en());

/** Marks the import of this module for its effect: zod's messages are in English. @internal */
export const zodEnglish = true;
