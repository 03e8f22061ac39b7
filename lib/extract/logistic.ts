// Logistic regression over sparse binary features (a feature is a name, present or not), small
// enough to read: the learned stage's model. Training is full-batch gradient descent with AdaGrad
// steps and an L2 penalty, over the samples in the order given, so the same data gives the same
// weights. (npm's ml-logistic-regression works on dense ml-matrix matrices: tens of thousands of word
// features times thousands of sentences, which this does in a map.)

/** Feature name → weight; "bias" is the intercept. */
export type Weights = Record<string, number>;

export interface Sample {
  features: string[];
  label: 0 | 1;
}

export interface TrainOptions {
  /** A feature is kept when it occurs in at least this many samples. */
  minCount: number;
  iterations: number;
  rate: number;
  l2: number;
  /** Weights smaller than this (in absolute value) are left out of the model, to keep the file small. */
  minWeight: number;
}

export const DEFAULT_TRAINING: TrainOptions = { minCount: 2, iterations: 300, rate: 0.1, l2: 1e-4, minWeight: 1e-3 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that a sample with these features is positive. */
export function probability(weights: Weights, features: string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return sigmoid(z);
}

/** Weights fitted to the samples (see the header); rounded to 3 decimals, the smallest left out. */
export function trainLogistic(samples: Sample[], options: TrainOptions = DEFAULT_TRAINING): Weights {
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f);
  const id = new Map(names.map((f, i) => [f, i]));
  const rows = samples.map((s) => ({
    x: s.features.flatMap((f) => (id.has(f) ? [id.get(f)!] : [])),
    y: s.label,
  }));
  const w = new Float64Array(names.length);
  const squares = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (const { x, y } of rows) {
      let z = 0;
      for (const j of x) z += w[j]!;
      const err = sigmoid(z) - y;
      for (const j of x) grad[j]! += err;
    }
    for (let j = 0; j < w.length; j++) {
      const g = grad[j]! / rows.length + options.l2 * w[j]!;
      squares[j]! += g * g;
      if (squares[j]! > 0) w[j]! -= (options.rate * g) / Math.sqrt(squares[j]!);
    }
  }
  const out: Weights = {};
  names.forEach((f, j) => {
    const v = Math.round(w[j]! * 1e3) / 1e3;
    if (Math.abs(v) >= options.minWeight) out[f] = v;
  });
  return out;
}
