// Goal Attainment Scaling summary score (Kiresuk & Sherman 1968; DOMAIN.md):
//   T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
// with levels xᵢ in -2..2 (0 = expected outcome), weights wᵢ (default 1) and ρ the assumed
// correlation between goal scales (conventionally 0.3). T = 50 means "goals met as expected",
// and the SD of T is 10 when the assumptions hold.

export const DEFAULT_GAS_RHO = 0.3;

export interface GasLevel {
  /** Attainment level, -2..2. */
  level: number;
  /** Goal weight; default 1. */
  weight?: number;
}

/**
 * The T-score of a set of goal levels, unrounded. Undefined when there is nothing to score
 * (no levels, or every weight zero), because a T-score of "nothing" would read as "as expected".
 */
export function gasTScore(levels: readonly GasLevel[], rho: number = DEFAULT_GAS_RHO): number | undefined {
  if (levels.length === 0) return undefined;
  let sumWX = 0;
  let sumW = 0;
  let sumW2 = 0;
  for (const { level, weight } of levels) {
    const w = weight ?? 1;
    sumWX += w * level;
    sumW += w;
    sumW2 += w * w;
  }
  const denominator = Math.sqrt((1 - rho) * sumW2 + rho * sumW * sumW);
  if (!(denominator > 0) || !Number.isFinite(denominator)) return undefined;
  return 50 + (10 * sumWX) / denominator;
}

/** Rounds to one decimal for display (63.69… → 63.7). */
export function roundT(t: number): number {
  return Math.round(t * 10) / 10;
}
