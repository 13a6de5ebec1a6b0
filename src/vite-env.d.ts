/// <reference types="vite/client" />

/** The app's version from package.json, stamped into every stored record and export. */
declare const __APP_VERSION__: string

/** One language of the indicator set, produced at build time by scripts/build/indicatorTextPlugin.ts. */
declare module 'virtual:indicator-set/*' {
  const set: unknown
  export default set
}

/** The released indicator sets, listed at build time by scripts/build/indicatorTextPlugin.ts. */
declare module 'virtual:indicator-set/releases' {
  type Part = () => Promise<{ default: unknown }>
  export const releases: readonly {
    setId: string
    version: string
    /** SHA-256 of the release's content, as recorded when it was cut. */
    hash: string
    core: Part
    details: { 'zh-CN': Part; en: Part }
  }[]
}
