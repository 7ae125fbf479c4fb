/**
 * The attacker's arithmetic: every statistic the results show is a sum over a group's members, so
 * what any set of queries reveals is a linear combination of those sums. One person's value is
 * revealed exactly when their indicator vector lies in the span of the shown groups' indicator
 * vectors. This decides it by Gaussian elimination modulo a large prime: a combination with
 * rational coefficients also exists modulo the prime, so no attack is missed.
 */
const P = 2_147_483_647n;

function inverse(a: bigint): bigint {
  let [t, newT, r, newR] = [0n, 1n, P, ((a % P) + P) % P];
  while (newR !== 0n) {
    const q = r / newR;
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return ((t % P) + P) % P;
}

/** A reduced basis of the rows' span (each row a 0/1 vector over the people). */
export class Span {
  private readonly rows: { pivot: number; values: bigint[] }[] = [];
  constructor(private readonly size: number) {}

  private reduce(vector: bigint[]): bigint[] {
    const v = [...vector];
    for (const row of this.rows) {
      const factor = v[row.pivot]!;
      if (factor === 0n) continue;
      for (let i = 0; i < this.size; i += 1) v[i] = (((v[i]! - factor * row.values[i]!) % P) + P) % P;
    }
    return v;
  }

  add(members: Iterable<number>): void {
    const vector = new Array<bigint>(this.size).fill(0n);
    for (const m of members) vector[m] = 1n;
    const reduced = this.reduce(vector);
    const pivot = reduced.findIndex((x) => x !== 0n);
    if (pivot < 0) return;
    const scale = inverse(reduced[pivot]!);
    const values = reduced.map((x) => (x * scale) % P);
    for (const row of this.rows) {
      const factor = row.values[pivot]!;
      if (factor !== 0n)
        for (let i = 0; i < this.size; i += 1)
          row.values[i] = (((row.values[i]! - factor * values[i]!) % P) + P) % P;
    }
    this.rows.push({ pivot, values });
  }

  /** People whose own value some combination of the rows isolates. */
  isolated(): number[] {
    const out: number[] = [];
    for (let p = 0; p < this.size; p += 1) {
      const unit = new Array<bigint>(this.size).fill(0n);
      unit[p] = 1n;
      if (this.reduce(unit).every((x) => x === 0n)) out.push(p);
    }
    return out;
  }
}
