import { z } from 'zod'

/**
 * Zod 4 compiles object parsers with `new Function` when the page allows it; probing for that
 * trips the app's Content-Security-Policy (no eval). Interpreted parsing is fast enough here.
 * Every module that builds zod schemas imports this first: zod reads the flag when a schema is
 * constructed, and ES module order then guarantees it is set before any schema exists.
 */
z.config({ jitless: true })
