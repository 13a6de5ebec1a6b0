import { z } from 'zod'

/**
 * Zod 4 compiles object parsers with `new Function` when the page allows it; probing for that
 * trips the app's Content-Security-Policy (no eval). Interpreted parsing is fast enough here.
 * Imported first by main.tsx, before anything parses.
 */
z.config({ jitless: true })
