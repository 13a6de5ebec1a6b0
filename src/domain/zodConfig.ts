import { z } from 'zod/mini'

/**
 * Zod 4 compiles object parsers with `new Function` when the page allows it; probing for that
 * trips the app's Content-Security-Policy (no eval). Interpreted parsing is fast enough here.
 * Every module that builds zod schemas imports this first: zod reads the flag when a schema is
 * constructed, and ES module order then guarantees it is set before any schema exists.
 *
 * `zod/mini` (used for its smaller, tree-shakable bundle) loads no locale, so every issue would
 * read "Invalid input". Import problems and storage errors show zod's message to the user, and the
 * indicator build lists them, so the English messages of full zod are kept.
 */
z.config({ jitless: true, ...z.locales.en() })
