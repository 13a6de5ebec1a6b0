/**
 * The names of the department file formats, on their own so that the assessment import can
 * recognise (and refuse) a department file without loading its schemas.
 */
export const packageFormat = 'smartcity-department-package'
export const returnFormat = 'smartcity-department-return'
