/**
 * The zod every schema of this code base uses: `zod/mini`, with English messages. Full zod's object parsers
 * carry a code path that compiles them with the Function constructor (and a probe for it) even in jitless
 * mode, which AMO's linter flags as eval in the background; zod/mini has neither, and validates the same.
 * Its API is functional (`z.optional(x)`, `x.check(z.minLength(1, 'message'))`); its messages need a locale,
 * set here once, before any schema parses.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());

export { z };
