/**
 * The scoring formulas in mathematical notation, the same in both languages (the symbols are
 * explained by the translated text around them). They mirror the header of
 * src/domain/scoring/scoreAssessment.ts and src/domain/scoring/normalise.ts; they are shown as
 * plain text in <code>, never as HTML.
 */
export const formulas = {
  kpi: 's = clamp((v − b) / (t − b), 0, 1) × 100',
  band: 'r = v / t    |    r = t / v',
  level: 's = (k − 1) / (N − 1) × 100',
  capability: 'Cₖ = Σ wᵢ·mᵢₖ·sᵢ / Σ wᵢ·mᵢₖ',
  coverage: 'covₖ = Σᵢ∈A wᵢ·mᵢₖ / Σᵢ∈A∪U wᵢ·mᵢₖ',
  dimension: 'D_d = Σ eᵢ·sᵢ / Σ eᵢ,    eᵢ = (W_p / Σ W_p) × (wᵢ / Σ_p wᵢ)',
  total: 'T = Σ W_d·D_d / Σ W_d',
  gain: 'gainᵢ = (W_d / Σ W_d) × (eᵢ / Σ eᵢ) × (100 − sᵢ)',
} as const
