// Maximum-likelihood machinery: Nelder–Mead on log-parameters (Nelder & Mead 1965, with the
// standard coefficients 1, 2, ½, ½ and restarts from the best vertex), a Newton polish with a
// central-difference Hessian, and standard errors from the inverse Hessian (delta method from
// log-parameters: SE(θ) = θ·SE(log θ), exact at an interior optimum).

export interface OptimumResult {
  /** Best log-parameters. */
  readonly x: Float64Array;
  /** Objective (negative log-likelihood) there. */
  readonly fx: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Why the fit is not trusted, when it is not. */
  readonly reason: string | undefined;
  /** Standard errors of exp(x), or undefined when the Hessian is not positive definite. */
  readonly standardErrors: Float64Array | undefined;
}

type Objective = (x: Float64Array) => number;

function safe(f: Objective): Objective {
  return (x) => {
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };
}

function nelderMead(f: Objective, x0: Float64Array, maxIterations: number, tolerance: number): { x: Float64Array; fx: number; iterations: number; converged: boolean } {
  const d = x0.length;
  const simplex: Float64Array[] = [Float64Array.from(x0)];
  for (let i = 0; i < d; i++) {
    const v = Float64Array.from(x0);
    v[i] = (v[i] as number) + 0.5;
    simplex.push(v);
  }
  const values = simplex.map(f);
  let iterations = 0;
  const point = (base: Float64Array, toward: Float64Array, t: number): Float64Array => {
    const out = new Float64Array(d);
    for (let j = 0; j < d; j++) out[j] = (base[j] as number) + t * ((toward[j] as number) - (base[j] as number));
    return out;
  };
  while (iterations < maxIterations) {
    const order = values.map((_, i) => i).sort((i, j) => (values[i] as number) - (values[j] as number));
    const sorted = order.map((i) => simplex[i] as Float64Array);
    const sortedValues = order.map((i) => values[i] as number);
    for (let i = 0; i <= d; i++) {
      simplex[i] = sorted[i] as Float64Array;
      values[i] = sortedValues[i] as number;
    }
    const best = values[0] as number;
    const worst = values[d] as number;
    let spread = 0;
    for (let i = 1; i <= d; i++) for (let j = 0; j < d; j++) spread = Math.max(spread, Math.abs(((simplex[i] as Float64Array)[j] as number) - ((simplex[0] as Float64Array)[j] as number)));
    if (Math.abs(worst - best) <= tolerance * (Math.abs(best) + tolerance) && spread < 1e-3) {
      return { x: simplex[0] as Float64Array, fx: best, iterations, converged: true };
    }
    iterations++;
    const centroid = new Float64Array(d);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) centroid[j] = (centroid[j] as number) + ((simplex[i] as Float64Array)[j] as number) / d;
    const worstPoint = simplex[d] as Float64Array;
    const reflected = point(centroid, worstPoint, -1);
    const fr = f(reflected);
    if (fr < best) {
      const expanded = point(centroid, worstPoint, -2);
      const fe = f(expanded);
      if (fe < fr) {
        simplex[d] = expanded;
        values[d] = fe;
      } else {
        simplex[d] = reflected;
        values[d] = fr;
      }
      continue;
    }
    if (fr < (values[d - 1] as number)) {
      simplex[d] = reflected;
      values[d] = fr;
      continue;
    }
    const outside = fr < worst;
    const contracted = point(centroid, outside ? reflected : worstPoint, 0.5);
    const fc = f(contracted);
    if (fc < (outside ? fr : worst)) {
      simplex[d] = contracted;
      values[d] = fc;
      continue;
    }
    for (let i = 1; i <= d; i++) {
      simplex[i] = point(simplex[0] as Float64Array, simplex[i] as Float64Array, 0.5);
      values[i] = f(simplex[i] as Float64Array);
    }
  }
  return { x: simplex[0] as Float64Array, fx: values[0] as number, iterations, converged: false };
}

/** Central-difference gradient and Hessian of f at x with step h. */
export function derivatives(f: Objective, x: Float64Array, h: number): { gradient: Float64Array; hessian: Float64Array[] } {
  const d = x.length;
  const f0 = f(x);
  const at = (steps: readonly (readonly [number, number])[]): number => {
    const y = Float64Array.from(x);
    for (const [i, s] of steps) y[i] = (y[i] as number) + s * h;
    return f(y);
  };
  const gradient = new Float64Array(d);
  const hessian = Array.from({ length: d }, () => new Float64Array(d));
  const fp = new Float64Array(d);
  const fm = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    fp[i] = at([[i, 1]]);
    fm[i] = at([[i, -1]]);
    gradient[i] = ((fp[i] as number) - (fm[i] as number)) / (2 * h);
    (hessian[i] as Float64Array)[i] = ((fp[i] as number) - 2 * f0 + (fm[i] as number)) / (h * h);
  }
  // Off-diagonal terms from the two diagonal neighbours only, reusing the axis evaluations
  // (the seven-point formula): [f(+i,+j) − f(+i) − f(+j) + 2f₀ − f(−i) − f(−j) + f(−i,−j)]/(2h²),
  // second-order accurate like the four-point formula with half the evaluations.
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < i; j++) {
      const v =
        (at([[i, 1], [j, 1]]) - (fp[i] as number) - (fp[j] as number) + 2 * f0 - (fm[i] as number) - (fm[j] as number) + at([[i, -1], [j, -1]])) / (2 * h * h);
      (hessian[i] as Float64Array)[j] = v;
      (hessian[j] as Float64Array)[i] = v;
    }
  }
  return { gradient, hessian };
}

/** Inverse of a symmetric matrix by Cholesky, or undefined when it is not positive definite. */
export function inverseSpd(m: readonly Float64Array[]): Float64Array[] | undefined {
  const d = m.length;
  const L = Array.from({ length: d }, () => new Float64Array(d));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (m[i] as Float64Array)[j] as number;
      for (let k = 0; k < j; k++) s -= ((L[i] as Float64Array)[k] as number) * ((L[j] as Float64Array)[k] as number);
      if (i === j) {
        if (!(s > 0) || !Number.isFinite(s)) return undefined;
        (L[i] as Float64Array)[i] = Math.sqrt(s);
      } else (L[i] as Float64Array)[j] = s / ((L[j] as Float64Array)[j] as number);
    }
  }
  const inv = Array.from({ length: d }, () => new Float64Array(d));
  for (let c = 0; c < d; c++) {
    const y = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= ((L[i] as Float64Array)[k] as number) * (y[k] as number);
      y[i] = s / ((L[i] as Float64Array)[i] as number);
    }
    for (let i = d - 1; i >= 0; i--) {
      let s = y[i] as number;
      for (let k = i + 1; k < d; k++) s -= ((L[k] as Float64Array)[i] as number) * ((inv[k] as Float64Array)[c] as number);
      (inv[i] as Float64Array)[c] = s / ((L[i] as Float64Array)[i] as number);
    }
  }
  return inv;
}

/**
 * Minimises a negative log-likelihood over log-parameters: Nelder–Mead with up to three restarts,
 * then up to five damped Newton steps, then standard errors. Parameters whose log leaves ±15
 * (e^15 ≈ 3.3e6) are reported as not converged (the optimum lies on the boundary), and so are
 * fits whose standard error of a log-parameter exceeds 10 (the likelihood is flat there).
 */
export function fitLogParameters(objective: Objective, start: Float64Array, maxIterations: number, tolerance: number): OptimumResult {
  const f = safe(objective);
  if (!Number.isFinite(f(start))) {
    return { x: start, fx: Infinity, iterations: 0, converged: false, reason: 'the log-likelihood is not finite at the starting values', standardErrors: undefined };
  }
  let run = nelderMead(f, start, maxIterations, tolerance);
  let iterations = run.iterations;
  for (let restart = 0; restart < 3 && run.converged; restart++) {
    const again = nelderMead(f, run.x, maxIterations, tolerance);
    iterations += again.iterations;
    const improved = run.fx - again.fx > tolerance * (Math.abs(run.fx) + tolerance);
    run = again.fx <= run.fx ? again : run;
    if (!improved) break;
  }
  let x = run.x;
  let fx = run.fx;
  const h = 1e-4;
  let hess = derivatives(f, x, h);
  for (let step = 0; step < 5; step++) {
    const inv = inverseSpd(hess.hessian);
    if (inv === undefined) break;
    const d = x.length;
    const delta = new Float64Array(d);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) delta[i] = (delta[i] as number) - ((inv[i] as Float64Array)[j] as number) * (hess.gradient[j] as number);
    let t = 1;
    let moved = false;
    for (let k = 0; k < 10; k++, t /= 2) {
      const y = x.map((v, i) => v + t * (delta[i] as number));
      const fy = f(y);
      if (fy < fx) {
        x = y;
        fx = fy;
        moved = true;
        break;
      }
    }
    if (!moved) break;
    // A step below 1e-6 in every log-parameter leaves the Hessian (step 1e-4) unchanged to its own
    // accuracy: keep it rather than spend another 2d² + 1 evaluations.
    let size = 0;
    for (let i = 0; i < d; i++) size = Math.max(size, Math.abs(t * (delta[i] as number)));
    if (size < 1e-6) break;
    hess = derivatives(f, x, h);
  }
  const inv = inverseSpd(hess.hessian);
  const boundary = x.some((v) => Math.abs(v) > 15);
  const flat = inv !== undefined && inv.some((row, i) => Math.sqrt(Math.max(0, row[i] as number)) > 10);
  let reason: string | undefined;
  if (!run.converged) reason = `Nelder–Mead did not converge in ${String(maxIterations)} iterations`;
  else if (boundary) reason = 'a parameter tends to 0 or infinity: the maximum lies on the boundary of the parameter space';
  else if (inv === undefined) reason = 'the Hessian of the log-likelihood is not positive definite at the optimum';
  else if (flat) reason = 'the likelihood is flat in some direction: a parameter is not identified by these data';
  const standardErrors = inv === undefined || boundary || flat ? undefined : x.map((v, i) => Math.exp(v) * Math.sqrt(Math.max(0, (inv[i] as Float64Array)[i] as number)));
  return { x, fx, iterations, converged: reason === undefined, reason, standardErrors };
}
