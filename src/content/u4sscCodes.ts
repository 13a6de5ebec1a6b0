/** The U4SSC KPI codes of `indicators/reference/u4ssc-kpis.csv` (first column, header skipped). */
export const parseU4sscCodes = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[0]?.trim() ?? '')
    .filter((code) => code !== '')
