/// <reference types="vite/client" />

/** The app's version from package.json, stamped into every stored record and export. */
declare const __APP_VERSION__: string

/** One language of the indicator set, produced at build time by scripts/build/indicatorTextPlugin.ts. */
declare module 'virtual:indicator-set/*' {
  const set: unknown
  export default set
}
