/// <reference types="vite/client" />

/** The app's version from package.json, stamped into every stored record and export. */
declare const __APP_VERSION__: string
