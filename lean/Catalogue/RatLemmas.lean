/-!
# Order and field lemmas for `Rat`

Small, reusable facts about the rationals that core Lean does not state in the form the catalogue's
claims need: positivity of inverses and quotients, comparing two quotients by cross-multiplication,
cancelling a factor, and nonnegativity of squares.

Every proof uses only core lemmas about `Rat` (from `Init.Data.Rat.Lemmas`, the ones behind core's
`Lean.Grind.Field Rat` and `Lean.Grind.OrderedRing Rat` instances) and core tactics. Where a step can be
done either by an explicit rewrite chain or by `grind`, both are tried (`first | … | …`), so that a
change in one of them between toolchain versions does not break the proof.

Writers of other papers may append their own lemmas in a separate section at the end of this file.
-/

namespace Catalogue.RatLemmas

/-! ## General lemmas (written for paper `ml_scaling_laws`) -/

/-- A product of two nonzero rationals is nonzero. -/
theorem mul_ne_zero {a b : Rat} (ha : a ≠ 0) (hb : b ≠ 0) : a * b ≠ 0 := by
  first
    | exact fun hab => (Rat.mul_eq_zero.mp hab).elim ha hb
    | grind

/-- Every power of a nonzero rational is nonzero. -/
theorem pow_ne_zero {x : Rat} (hx : x ≠ 0) (n : Nat) : x ^ n ≠ 0 := by
  induction n with
  | zero =>
    rw [Rat.pow_zero]
    first
      | decide
      | decide +kernel
      | grind
  | succ n ih =>
    rw [Rat.pow_succ]
    exact mul_ne_zero ih hx

/-- Every power of a positive rational is positive. -/
theorem pow_pos {x : Rat} (hx : 0 < x) (n : Nat) : 0 < x ^ n := by
  induction n with
  | zero =>
    rw [Rat.pow_zero]
    first
      | decide
      | decide +kernel
      | grind
  | succ n ih =>
    rw [Rat.pow_succ]
    exact Rat.mul_pos ih hx

/-- The inverse of a positive rational is positive. -/
theorem inv_pos_of_pos {c : Rat} (hc : 0 < c) : 0 < c⁻¹ := by
  have h1 : c * c⁻¹ = 1 := Rat.mul_inv_cancel c (Rat.ne_of_gt hc)
  apply Rat.not_le.mp
  intro h
  -- `h : c⁻¹ ≤ 0`, so `c * (-c⁻¹) ≥ 0`, that is `-1 ≥ 0`.
  have h2 : 0 ≤ -c⁻¹ := by
    first
      | (have h' := (Rat.le_iff_sub_nonneg _ _).mp h
         rw [Rat.sub_eq_add_neg, Rat.zero_add] at h'
         exact h')
      | grind
  have h3 : 0 ≤ c * -c⁻¹ := Rat.mul_nonneg (Rat.le_of_lt hc) h2
  first
    | (rw [Rat.mul_neg, h1] at h3; exact absurd h3 (by first | decide | decide +kernel | grind))
    | grind

/-- A quotient of two positive rationals is positive. -/
theorem div_pos {a b : Rat} (ha : 0 < a) (hb : 0 < b) : 0 < a / b := by
  rw [Rat.div_def]
  exact Rat.mul_pos ha (inv_pos_of_pos hb)

/-- A nonnegative rational divided by a positive one is nonnegative. -/
theorem div_nonneg {a b : Rat} (ha : 0 ≤ a) (hb : 0 < b) : 0 ≤ a / b := by
  rw [Rat.div_def]
  exact Rat.mul_nonneg ha (Rat.le_of_lt (inv_pos_of_pos hb))

/-- Dividing a nonzero rational by itself gives one. -/
theorem div_self_eq_one {a : Rat} (ha : a ≠ 0) : a / a = 1 := by
  rw [Rat.div_def]
  exact Rat.mul_inv_cancel a ha

/-- Multiplying by a nonzero `b` and then dividing by it gives back the first factor. -/
theorem mul_div_cancel_right {a b : Rat} (hb : b ≠ 0) : a * b / b = a := by
  first
    | (rw [Rat.div_def, Rat.mul_assoc, Rat.mul_inv_cancel b hb, Rat.mul_one]; done)
    | grind

/-- Two quotients over the same denominator add numerator by numerator:
`a / c + b / c = (a + b) / c` (for every `c`, zero included). -/
theorem div_add_div_same (a b c : Rat) : a / c + b / c = (a + b) / c := by
  first
    | (simp only [Rat.div_def, Rat.add_mul]; done)
    | grind

/-- Dividing both sides of a strict inequality by a positive rational keeps it:
`a < b` and `0 < c` give `a / c < b / c`. -/
theorem div_lt_div_of_lt {a b c : Rat} (h : a < b) (hc : 0 < c) : a / c < b / c := by
  simp only [Rat.div_def]
  exact Rat.mul_lt_mul_of_pos_right h (inv_pos_of_pos hc)

/-- A quotient of `a` by a larger positive `b` is below one: `0 < b` and `a < b` give `a / b < 1`. -/
theorem div_lt_one_of_lt {a b : Rat} (hb : 0 < b) (h : a < b) : a / b < 1 := by
  have h1 := div_lt_div_of_lt h hb
  rwa [div_self_eq_one (Rat.ne_of_gt hb)] at h1

/-- Comparing two quotients with positive denominators by cross-multiplication:
if `0 < b`, `0 < d` and `a * d < c * b`, then `a / b < c / d`. -/
theorem div_lt_div_of_mul_lt {a b c d : Rat} (hb : 0 < b) (hd : 0 < d) (h : a * d < c * b) :
    a / b < c / d := by
  have hb1 : b * b⁻¹ = 1 := Rat.mul_inv_cancel b (Rat.ne_of_gt hb)
  have hd1 : d * d⁻¹ = 1 := Rat.mul_inv_cancel d (Rat.ne_of_gt hd)
  have e1 : a / b = a * d * (b⁻¹ * d⁻¹) := by
    first
      | (rw [Rat.div_def, Rat.mul_assoc, Rat.mul_comm b⁻¹ d⁻¹, ← Rat.mul_assoc d, hd1, Rat.one_mul]; done)
      | grind
  have e2 : c / d = c * b * (b⁻¹ * d⁻¹) := by
    first
      | (rw [Rat.div_def, Rat.mul_assoc, ← Rat.mul_assoc b, hb1, Rat.one_mul]; done)
      | grind
  rw [e1, e2]
  exact Rat.mul_lt_mul_of_pos_right h (Rat.mul_pos (inv_pos_of_pos hb) (inv_pos_of_pos hd))

/-- Two quotients with nonzero denominators are equal when their cross products are:
if `b ≠ 0`, `d ≠ 0` and `a * d = c * b`, then `a / b = c / d`. -/
theorem div_eq_div_of_mul_eq {a b c d : Rat} (hb : b ≠ 0) (hd : d ≠ 0) (h : a * d = c * b) :
    a / b = c / d := by
  have hb1 : b * b⁻¹ = 1 := Rat.mul_inv_cancel b hb
  have hd1 : d * d⁻¹ = 1 := Rat.mul_inv_cancel d hd
  have e1 : a / b = a * d * (b⁻¹ * d⁻¹) := by
    first
      | (rw [Rat.div_def, Rat.mul_assoc, Rat.mul_comm b⁻¹ d⁻¹, ← Rat.mul_assoc d, hd1, Rat.one_mul]; done)
      | grind
  have e2 : c / d = c * b * (b⁻¹ * d⁻¹) := by
    first
      | (rw [Rat.div_def, Rat.mul_assoc, ← Rat.mul_assoc b, hb1, Rat.one_mul]; done)
      | grind
  rw [e1, e2, h]

/-- The square of a rational is nonnegative: `0 ≤ x * x`. -/
theorem mul_self_nonneg (x : Rat) : 0 ≤ x * x := by
  by_cases hx : 0 ≤ x
  · exact Rat.mul_nonneg hx hx
  · have hx' : 0 ≤ -x := by
      first
        | (have h' := (Rat.le_iff_sub_nonneg _ _).mp (Rat.le_of_lt (Rat.not_le.mp hx))
           rw [Rat.sub_eq_add_neg, Rat.zero_add] at h'
           exact h')
        | grind
    have h2 : 0 ≤ -x * -x := Rat.mul_nonneg hx' hx'
    -- `-x * -x = -(-(x * x)) = x * x`, the last step by cancelling `-(x * x)` on the right.
    have e : -x * -x = x * x := by
      first
        | (rw [Rat.neg_mul, Rat.mul_neg]
           apply Rat.add_right_cancel (-(x * x))
           rw [Rat.neg_add_cancel, Rat.add_neg_cancel]
           done)
        | grind
    rw [e] at h2
    exact h2

/-- A factor whose product with a positive `d` is nonnegative is itself nonnegative:
`0 ≤ x * d` and `0 < d` give `0 ≤ x`. -/
theorem nonneg_of_mul_nonneg_of_pos {x d : Rat} (h : 0 ≤ x * d) (hd : 0 < d) : 0 ≤ x := by
  by_cases hx : 0 ≤ x
  · exact hx
  · have hx' : x < 0 := Rat.not_le.mp hx
    have h2 : x * d < 0 * d := Rat.mul_lt_mul_of_pos_right hx' hd
    rw [Rat.zero_mul] at h2
    exact absurd h (Rat.not_le.mpr h2)

end Catalogue.RatLemmas
