// Option schemas shared by several detectors (the feature-space ones), kept apart from their run
// code so the catalog can describe them without loading it.

export const kOption = {
  description: "Neighbours that vote: an integer, or 'auto' (a fifth of the median trusted class size, 5–100).",
  anyOf: [
    { type: 'integer', minimum: 1, maximum: 500 },
    { type: 'string', enum: ['auto'] },
  ],
};

export const quantileOption = (what: string) => ({
  type: 'number' as const,
  minimum: 0.5,
  exclusiveMaximum: 1,
  description: `Calibration level: a candidate is flagged when ${what} fewer than 1 − quantile of the trusted samples of its class (leave-one-out).`,
});

export const rateOptions = {
  max_rate: { type: 'number' as const, minimum: 0, maximum: 1, description: 'Largest share of flagged new samples before the dataset-level finding.' },
  rate_alpha: {
    type: 'number' as const,
    exclusiveMinimum: 0,
    maximum: 1,
    description: 'The dataset-level finding also needs the count to be unlikely by chance: P(Binomial(n, 1 − quantile) ≥ count) ≤ rate_alpha.',
  },
  sample_severity: { type: 'string' as const, enum: ['error', 'warning', 'notice'], description: 'Severity of the per-sample findings (the dataset-level finding uses `severity`).' },
};
