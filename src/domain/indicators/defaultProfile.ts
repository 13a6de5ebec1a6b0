/**
 * The id the set's own dimension weights go by, as a weight profile: an assessment without a
 * stored profile is weighted with it, and no profile in a set file may take it. Its own module,
 * free of zod, because the first screen's scoring needs it and not the set-file schemas.
 */
export const defaultProfileId = 'default'
