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

/-!
## Lemmas used by the spectral-certificate and neural-scaling modules

General facts about the rationals that core Lean does not state in this form, used by the
spectral-certificate and neural-scaling modules. Each lemma has its own short proof from the
core `Rat` lemmas (`Init.Data.Rat.Lemmas`). Where `grind` (ring and linear arithmetic over `Rat`)
is tried first, an explicit rewriting proof follows as the second alternative of `first`.

-/

namespace Catalogue.RatLemmas

/-! ### Numerals -/

/-- `0 < 1` in `Rat`. -/
theorem zero_lt_one : (0 : Rat) < 1 := by
  first
  | decide
  | grind
  | exact (Rat.natCast_pos (a := 1)).mpr (by decide)

/-- `0 < 2` in `Rat`. -/
theorem zero_lt_two : (0 : Rat) < 2 := by
  first
  | decide
  | grind
  | exact (Rat.natCast_pos (a := 2)).mpr (by decide)

/-- `0 < 4` in `Rat`. -/
theorem zero_lt_four : (0 : Rat) < 4 := by
  first
  | decide
  | grind
  | exact (Rat.natCast_pos (a := 4)).mpr (by decide)

/-- `0 ≠ 1` in `Rat`. -/
theorem zero_ne_one : (0 : Rat) ≠ 1 := by
  first
  | decide
  | exact fun h => absurd (congrArg Rat.num h) (by decide)
  | grind

/-! ### Order -/

/-- Equal rationals are related by `≤`. -/
theorem le_of_eq {a b : Rat} (h : a = b) : a ≤ b := by
  subst h
  exact Rat.le_refl

/-- `a ≤ b` and `b < c` give `a < c`. -/
theorem lt_of_le_of_lt {a b c : Rat} (h₁ : a ≤ b) (h₂ : b < c) : a < c :=
  Rat.not_le.mp fun h₃ => (Rat.not_le.mpr h₂) (Rat.le_trans h₃ h₁)

/-- `a < b` and `b ≤ c` give `a < c`. -/
theorem lt_of_lt_of_le {a b c : Rat} (h₁ : a < b) (h₂ : b ≤ c) : a < c :=
  Rat.not_le.mp fun h₃ => (Rat.not_le.mpr h₁) (Rat.le_trans h₂ h₃)

/-- Inequalities add: `a ≤ b` and `c ≤ d` give `a + c ≤ b + d`. -/
theorem add_le_add {a b c d : Rat} (h₁ : a ≤ b) (h₂ : c ≤ d) : a + c ≤ b + d :=
  Rat.le_trans (Rat.add_le_add_right.mpr h₁) (Rat.add_le_add_left.mpr h₂)

/-- Adding a nonnegative number on the right does not decrease: `0 ≤ b → a ≤ a + b`. -/
theorem le_add_of_nonneg_right {a b : Rat} (h : 0 ≤ b) : a ≤ a + b := by
  have h₁ : a + 0 ≤ a + b := Rat.add_le_add_left.mpr h
  rwa [Rat.add_zero] at h₁

/-- Adding a nonnegative number on the left does not decrease: `0 ≤ b → a ≤ b + a`. -/
theorem le_add_of_nonneg_left {a b : Rat} (h : 0 ≤ b) : a ≤ b + a := by
  have h₁ : 0 + a ≤ b + a := Rat.add_le_add_right.mpr h
  rwa [Rat.zero_add] at h₁

/-- If `a + b = c + d` with `a ≤ c` and `b ≤ d`, then both inequalities are equalities. -/
theorem eq_and_eq_of_add_eq_add {a b c d : Rat} (h : a + b = c + d) (hac : a ≤ c)
    (hbd : b ≤ d) : a = c ∧ b = d := by
  have h₁ : c + d ≤ a + d := by
    rw [← h]
    exact Rat.add_le_add_left.mpr hbd
  have h₂ : c + d ≤ c + b := by
    rw [← h]
    exact Rat.add_le_add_right.mpr hac
  exact ⟨Rat.le_antisymm hac (Rat.add_le_add_right.mp h₁),
    Rat.le_antisymm hbd (Rat.add_le_add_left.mp h₂)⟩

/-! ### Multiplication and order -/

/-- Multiplying `a ≤ b` on the left by `c ≥ 0` keeps the order: `c * a ≤ c * b`. -/
theorem mul_le_mul_of_nonneg_left {a b c : Rat} (h : a ≤ b) (hc : 0 ≤ c) :
    c * a ≤ c * b := by
  have hd : 0 ≤ b - a := (Rat.le_iff_sub_nonneg a b).mp h
  have e : c * b - c * a = c * (b - a) := by
    first
    | (rw [Rat.sub_eq_add_neg, Rat.sub_eq_add_neg, Rat.mul_add, Rat.mul_neg]; done)
    | grind
  rw [Rat.le_iff_sub_nonneg, e]
  exact Rat.mul_nonneg hc hd

/-- Multiplying `a ≤ b` on the right by `c ≥ 0` keeps the order: `a * c ≤ b * c`. -/
theorem mul_le_mul_of_nonneg_right {a b c : Rat} (h : a ≤ b) (hc : 0 ≤ c) :
    a * c ≤ b * c := by
  rw [Rat.mul_comm a c, Rat.mul_comm b c]
  exact mul_le_mul_of_nonneg_left h hc

/-- Cancelling a positive right factor: `a * c ≤ b * c` and `0 < c` give `a ≤ b`. -/
theorem le_of_mul_le_mul_right {a b c : Rat} (h : a * c ≤ b * c) (hc : 0 < c) : a ≤ b :=
  Rat.not_lt.mp fun hlt => (Rat.not_le.mpr (Rat.mul_lt_mul_of_pos_right hlt hc)) h

/-- Squaring is monotone on nonnegatives: `0 ≤ a ≤ b → a * a ≤ b * b`. -/
theorem mul_self_le_mul_self {a b : Rat} (ha : 0 ≤ a) (h : a ≤ b) : a * a ≤ b * b :=
  Rat.le_trans (mul_le_mul_of_nonneg_left h ha)
    (mul_le_mul_of_nonneg_right h (Rat.le_trans ha h))

/-- Squaring is strictly monotone on nonnegatives: `0 ≤ a < b → a * a < b * b`. -/
theorem mul_self_lt_mul_self {a b : Rat} (ha : 0 ≤ a) (h : a < b) : a * a < b * b := by
  have hb : 0 < b := lt_of_le_of_lt ha h
  exact lt_of_le_of_lt (mul_le_mul_of_nonneg_left (Rat.le_of_lt h) ha)
    (Rat.mul_lt_mul_of_pos_right h hb)

/-- `p + q + (r + s) = p + r + (q + s)`, by explicit rewriting. -/
private theorem add_add_add_comm_spec (p q r s : Rat) : p + q + (r + s) = p + r + (q + s) := by
  rw [Rat.add_assoc p q (r + s), Rat.add_assoc p r (q + s), ← Rat.add_assoc q r s,
    Rat.add_comm q r, Rat.add_assoc r q s]

/-- `-(p + q) = -p + -q`, by cancelling `p + q` on the right. -/
private theorem neg_add_spec (p q : Rat) : -(p + q) = -p + -q := by
  apply Rat.add_right_cancel (p + q)
  rw [Rat.neg_add_cancel, add_add_add_comm_spec (-p) (-q) p q, Rat.neg_add_cancel,
    Rat.neg_add_cancel, Rat.add_zero]

/-- `-(-p) = p`, by cancelling `-p` on the right (core's `Rat.neg_neg` is not relied on). -/
private theorem neg_neg_spec (p : Rat) : -(-p) = p := by
  apply Rat.add_right_cancel (-p)
  rw [Rat.neg_add_cancel, Rat.add_neg_cancel]

/-- `2ab ≤ a² + b²`, written without numerals: `a * x + a * x ≤ x * x + a * a`. -/
theorem mul_add_mul_le_mul_self_add_mul_self (x a : Rat) :
    a * x + a * x ≤ x * x + a * a := by
  have h := mul_self_nonneg (x - a)
  have e : (x - a) * (x - a) = x * x + a * a - (a * x + a * x) := by
    first
    | (rw [Rat.sub_eq_add_neg x a, Rat.sub_eq_add_neg (x * x + a * a) (a * x + a * x),
         neg_add_spec (a * x) (a * x), Rat.add_mul x (-a) (x + -a), Rat.mul_add x x (-a),
         Rat.mul_add (-a) x (-a), Rat.mul_neg x a, Rat.neg_mul a x, Rat.neg_mul a (-a),
         Rat.mul_neg a a, neg_neg_spec (a * a), Rat.mul_comm x a,
         Rat.add_comm (-(a * x)) (a * a),
         add_add_add_comm_spec (x * x) (-(a * x)) (a * a) (-(a * x))]; done)
    | grind
  rw [e] at h
  exact (Rat.le_iff_sub_nonneg _ _).mpr h

/-- A product with a positive left factor is positive exactly when the right factor is. -/
theorem mul_pos_iff_of_pos_left {a b : Rat} (ha : 0 < a) : 0 < a * b ↔ 0 < b := by
  constructor
  · intro h
    exact Rat.not_le.mp fun hb => by
      have h₁ : a * b ≤ a * 0 := mul_le_mul_of_nonneg_left hb (Rat.le_of_lt ha)
      rw [Rat.mul_zero] at h₁
      exact (Rat.not_le.mpr h) h₁
  · intro hb
    exact Rat.mul_pos ha hb

/-- A product with a positive right factor is positive exactly when the left factor is. -/
theorem mul_pos_iff_of_pos_right {a b : Rat} (hb : 0 < b) : 0 < a * b ↔ 0 < a := by
  rw [Rat.mul_comm]
  exact mul_pos_iff_of_pos_left hb

/-! ### Inverse and division -/

/-- Dividing and multiplying back by a nonzero number: `a / b * b = a`. -/
theorem div_mul_cancel_of_ne {a b : Rat} (hb : b ≠ 0) : a / b * b = a := by
  rw [Rat.div_def, Rat.mul_assoc, Rat.inv_mul_cancel b hb, Rat.mul_one]

/-- `a * (1 / a) = 1` for `a ≠ 0`. -/
theorem mul_one_div_self {a : Rat} (h : a ≠ 0) : a * (1 / a) = 1 := by
  rw [Rat.div_def, Rat.one_mul]
  exact Rat.mul_inv_cancel a h

/-- `a * (1/a · 1/a) = 1/a` for `a ≠ 0`: `n` copies of `(1/n)²` add up to `1/n`. -/
theorem mul_mul_one_div_self {a : Rat} (h : a ≠ 0) : a * (1 / a * (1 / a)) = 1 / a := by
  rw [← Rat.mul_assoc, mul_one_div_self h, Rat.one_mul]

/-- For `c > 0`: `a ≤ b / c ↔ a * c ≤ b`. -/
theorem le_div_iff_mul_le {a b c : Rat} (hc : 0 < c) : a ≤ b / c ↔ a * c ≤ b := by
  constructor
  · intro h
    have h₁ : a * c ≤ b / c * c := mul_le_mul_of_nonneg_right h (Rat.le_of_lt hc)
    rwa [div_mul_cancel_of_ne (Rat.ne_of_gt hc)] at h₁
  · intro h
    refine le_of_mul_le_mul_right ?_ hc
    rw [div_mul_cancel_of_ne (Rat.ne_of_gt hc)]
    exact h

/-- For `c > 0`: `a / c ≤ b ↔ a ≤ b * c`. -/
theorem div_le_iff_le_mul {a b c : Rat} (hc : 0 < c) : a / c ≤ b ↔ a ≤ b * c := by
  constructor
  · intro h
    have h₁ : a / c * c ≤ b * c := mul_le_mul_of_nonneg_right h (Rat.le_of_lt hc)
    rwa [div_mul_cancel_of_ne (Rat.ne_of_gt hc)] at h₁
  · intro h
    refine le_of_mul_le_mul_right ?_ hc
    rw [div_mul_cancel_of_ne (Rat.ne_of_gt hc)]
    exact h

/-- Comparing fractions by cross-multiplying: for `b, d > 0`, `a * d ≤ c * b → a / b ≤ c / d`. -/
theorem div_le_div_of_mul_le {a b c d : Rat} (hb : 0 < b) (hd : 0 < d) (h : a * d ≤ c * b) :
    a / b ≤ c / d := by
  apply (le_div_iff_mul_le hd).mpr
  have e : a / b * d = a * d / b := by
    first
    | (rw [Rat.div_def, Rat.div_def, Rat.mul_assoc, Rat.mul_comm b⁻¹ d, ← Rat.mul_assoc]; done)
    | grind
  rw [e]
  exact (div_le_iff_le_mul hb).mpr h

/-- Dividing a nonnegative number by a larger positive denominator gives a smaller result:
`0 ≤ a`, `0 < b ≤ c` give `a / c ≤ a / b`. -/
theorem div_le_div_of_nonneg_left {a b c : Rat} (ha : 0 ≤ a) (hb : 0 < b) (hbc : b ≤ c) :
    a / c ≤ a / b :=
  div_le_div_of_mul_le (lt_of_lt_of_le hb hbc) hb (mul_le_mul_of_nonneg_left hbc ha)

end Catalogue.RatLemmas
