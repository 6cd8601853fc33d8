import Catalogue.RatLemmas

/-!
# Spectral Certificates for Trustworthy AI (`ml_spectral_certificates`)

The singular values `σ₁, …, σₙ` of a network's local Jacobian are given as a `List Rat`; the
singular value decomposition itself is not formalised. Sums, squares and the count `n` are defined
once below. Square roots are avoided by comparing squared radii: the Frobenius-based effective
constant `L_eff = ‖J‖_F / √n` gives the radius `m / (2 L_eff)`, whose square is
`m² n / (4 Σ σ_k²)`.
-/

namespace Catalogue.SpectralCertificates

/-! ### Definitions -/

/-- The square `x²` of a rational, written `x * x`. -/
def sq (x : Rat) : Rat := x * x

/-- The sum `Σ_k x_k` of a list of rationals. -/
def sum : List Rat → Rat
  | [] => 0
  | x :: xs => x + sum xs

/-- The sum of squares `Σ_k x_k²`; for the singular values of a Jacobian `J` this is `‖J‖_F²`. -/
def sumSq : List Rat → Rat
  | [] => 0
  | x :: xs => sq x + sumSq xs

/-- The number `n` of entries of a list, as a rational number. -/
def dim : List Rat → Rat
  | [] => 0
  | _ :: xs => 1 + dim xs

/-- The normalised spectrum `p_k = σ_k² / Σ_j σ_j²`. -/
def weights (sv : List Rat) : List Rat := sv.map (fun x => sq x / sumSq sv)

/-- Squared certified radius from the Frobenius-based effective Lipschitz constant:
`m² n / (4 Σ_k σ_k²)`, the square of `m / (2 L_eff)` with `L_eff = ‖J‖_F / √n`. -/
def effRadiusSq (m : Rat) (sv : List Rat) : Rat := sq m * dim sv / (4 * sumSq sv)

/-- Squared worst-case certified radius `m² / (4 σ_max²)`, the square of `m / (2 σ_max)`. -/
def worstRadiusSq (m smax : Rat) : Rat := sq m / (4 * sq smax)

/-- The certified radius `m / (2 L)` for a margin `m` and a Lipschitz constant `L`. -/
def certRadius (m L : Rat) : Rat := m / (2 * L)

/-- `suppress sv k` sets the `k`-th singular value (counting from `0`) to zero, the rest unchanged;
an index past the end changes nothing. -/
def suppress : List Rat → Nat → List Rat
  | [], _ => []
  | _ :: xs, 0 => 0 :: xs
  | x :: xs, k + 1 => x :: suppress xs k

/-! ### Rearrangements used below, each by explicit rewriting -/

/-- `p + q + (r + s) = p + r + (q + s)`. -/
private theorem add_add_add_comm_aux (p q r s : Rat) : p + q + (r + s) = p + r + (q + s) := by
  rw [Rat.add_assoc p q (r + s), Rat.add_assoc p r (q + s), ← Rat.add_assoc q r s,
    Rat.add_comm q r, Rat.add_assoc r q s]

/-- `M * (F * S) = F * M * S`. -/
private theorem mul_mul_comm_aux (M F S : Rat) : M * (F * S) = F * M * S := by
  rw [← Rat.mul_assoc M F S, Rat.mul_comm M F]

/-- `M * D * (F * Q) = F * M * (D * Q)`. -/
private theorem mul_mul_mul_comm_aux (M D F Q : Rat) : M * D * (F * Q) = F * M * (D * Q) := by
  rw [Rat.mul_comm F M, Rat.mul_assoc M D (F * Q), Rat.mul_assoc M F (D * Q),
    ← Rat.mul_assoc D F Q, Rat.mul_comm D F, Rat.mul_assoc F D Q]

/-! ### Basic facts about the definitions -/

/-- The count `n` is nonnegative. -/
theorem dim_nonneg (l : List Rat) : 0 ≤ dim l := by
  induction l with
  | nil => exact Rat.le_refl
  | cons _ xs ih =>
    show 0 ≤ 1 + dim xs
    exact Rat.add_nonneg (Rat.le_of_lt RatLemmas.zero_lt_one) ih

/-- A nonempty list has a positive count. -/
theorem dim_pos_of_ne_nil {l : List Rat} (h : l ≠ []) : 0 < dim l := by
  cases l with
  | nil => exact absurd rfl h
  | cons _ xs =>
    show 0 < 1 + dim xs
    exact RatLemmas.lt_of_lt_of_le RatLemmas.zero_lt_one
      (RatLemmas.le_add_of_nonneg_right (dim_nonneg xs))

/-- A sum of squares is nonnegative. -/
theorem sumSq_nonneg (l : List Rat) : 0 ≤ sumSq l := by
  induction l with
  | nil => exact Rat.le_refl
  | cons x xs ih =>
    show 0 ≤ sq x + sumSq xs
    exact Rat.add_nonneg (RatLemmas.mul_self_nonneg x) ih

/-- A sum of nonnegative numbers is nonnegative. -/
theorem sum_nonneg (l : List Rat) (h : ∀ x ∈ l, 0 ≤ x) : 0 ≤ sum l := by
  revert h
  induction l with
  | nil => intro _; exact Rat.le_refl
  | cons y ys ih =>
    intro h
    show 0 ≤ y + sum ys
    exact Rat.add_nonneg (h y (List.mem_cons.mpr (Or.inl rfl)))
      (ih fun x hx => h x (List.mem_cons.mpr (Or.inr hx)))

/-- Each square is at most the sum of squares: `x ∈ l → x² ≤ Σ_k x_k²`. -/
theorem sq_le_sumSq_of_mem {x : Rat} {l : List Rat} (hx : x ∈ l) : sq x ≤ sumSq l := by
  revert hx
  induction l with
  | nil => intro hx; cases hx
  | cons y ys ih =>
    intro hx
    show sq x ≤ sq y + sumSq ys
    rcases List.mem_cons.mp hx with hxy | hxs
    · rw [hxy]
      exact RatLemmas.le_add_of_nonneg_right (sumSq_nonneg ys)
    · exact Rat.le_trans (ih hxs) (RatLemmas.le_add_of_nonneg_left (RatLemmas.mul_self_nonneg y))

/-- Each entry of a list of nonnegative numbers is at most the sum. -/
theorem le_sum_of_mem {x : Rat} {l : List Rat} (h : ∀ y ∈ l, 0 ≤ y) (hx : x ∈ l) :
    x ≤ sum l := by
  revert h hx
  induction l with
  | nil => intro _ hx; cases hx
  | cons y ys ih =>
    intro h hx
    show x ≤ y + sum ys
    have hys : ∀ z ∈ ys, 0 ≤ z := fun z hz => h z (List.mem_cons.mpr (Or.inr hz))
    rcases List.mem_cons.mp hx with hxy | hxs
    · rw [hxy]
      exact RatLemmas.le_add_of_nonneg_right (sum_nonneg ys hys)
    · exact Rat.le_trans (ih hys hxs)
        (RatLemmas.le_add_of_nonneg_left (h y (List.mem_cons.mpr (Or.inl rfl))))

/-- If every entry equals `c`, then `Σ_k x_k² = n c²`. -/
theorem sumSq_of_forall_eq (l : List Rat) (c : Rat) (h : ∀ x ∈ l, x = c) :
    sumSq l = dim l * sq c := by
  revert h
  induction l with
  | nil => intro _; exact (Rat.zero_mul (sq c)).symm
  | cons y ys ih =>
    intro h
    have hy : y = c := h y (List.mem_cons.mpr (Or.inl rfl))
    have hys : sumSq ys = dim ys * sq c := ih fun x hx => h x (List.mem_cons.mpr (Or.inr hx))
    show sq y + sumSq ys = (1 + dim ys) * sq c
    rw [hy, hys, Rat.add_mul, Rat.one_mul]

/-- Summing `x² / c` over a list gives `(Σ_k x_k²) / c`. -/
theorem sum_map_sq_div (l : List Rat) (c : Rat) :
    sum (l.map (fun x => sq x / c)) = sumSq l / c := by
  induction l with
  | nil =>
    show (0 : Rat) = 0 / c
    rw [Rat.div_def, Rat.zero_mul]
  | cons y ys ih =>
    show sq y / c + sum (ys.map (fun x => sq x / c)) = (sq y + sumSq ys) / c
    rw [ih]
    exact RatLemmas.div_add_div_same (sq y) (sumSq ys) c

/-- Every entry `x² / c` of the normalised list is nonnegative when `c > 0`. -/
theorem map_sq_div_nonneg (l : List Rat) {c : Rat} (hc : 0 < c) :
    ∀ p ∈ l.map (fun x => sq x / c), 0 ≤ p := by
  induction l with
  | nil =>
    intro p hp
    have hp' : p ∈ ([] : List Rat) := hp
    cases hp'
  | cons y ys ih =>
    intro p hp
    have hp' : p ∈ sq y / c :: ys.map (fun x => sq x / c) := hp
    rcases List.mem_cons.mp hp' with hpy | hps
    · rw [hpy]
      exact RatLemmas.div_nonneg (RatLemmas.mul_self_nonneg y) hc
    · exact ih p hps

/-- Setting one entry to zero keeps the count `n`. -/
theorem dim_suppress (l : List Rat) (k : Nat) : dim (suppress l k) = dim l := by
  induction l generalizing k with
  | nil => rfl
  | cons _ xs ih =>
    cases k with
    | zero => rfl
    | succ k =>
      show 1 + dim (suppress xs k) = 1 + dim xs
      rw [ih k]

/-- The sum of squares of a concatenation is the sum of the two sums of squares. -/
theorem sumSq_append (u v : List Rat) : sumSq (u ++ v) = sumSq u + sumSq v := by
  induction u with
  | nil =>
    show sumSq v = 0 + sumSq v
    rw [Rat.zero_add]
  | cons y ys ih =>
    show sq y + sumSq (ys ++ v) = sq y + sumSq ys + sumSq v
    rw [ih, Rat.add_assoc]

/-- A list of zeros has sum of squares zero. -/
theorem sumSq_replicate_zero (j : Nat) : sumSq (List.replicate j (0 : Rat)) = 0 := by
  induction j with
  | zero => rfl
  | succ j ih =>
    show sq 0 + sumSq (List.replicate j 0) = 0
    rw [ih]
    show (0 : Rat) * 0 + 0 = 0
    rw [Rat.mul_zero, Rat.add_zero]

/-- The sum-of-squares bound used by Claims 1 and 2, by induction on the list. -/
theorem sumSq_le_dim_mul_sq (l : List Rat) (smax : Rat) (hl : ∀ x ∈ l, 0 ≤ x ∧ x ≤ smax) :
    sumSq l ≤ dim l * sq smax := by
  revert hl
  induction l with
  | nil => intro _; exact RatLemmas.le_of_eq (Rat.zero_mul (sq smax)).symm
  | cons y ys ih =>
    intro hl
    have hy := hl y (List.mem_cons.mpr (Or.inl rfl))
    have hys : sumSq ys ≤ dim ys * sq smax :=
      ih fun x hx => hl x (List.mem_cons.mpr (Or.inr hx))
    show sq y + sumSq ys ≤ (1 + dim ys) * sq smax
    rw [Rat.add_mul, Rat.one_mul]
    exact RatLemmas.add_le_add (RatLemmas.mul_self_le_mul_self hy.1 hy.2) hys

/-- The inequality behind the lower bound of Claim 6: for every `a`,
`2a Σ_k x_k ≤ Σ_k x_k² + n a²` (each term is `(x_k - a)² ≥ 0`). -/
theorem mul_sum_add_le (l : List Rat) (a : Rat) :
    a * sum l + a * sum l ≤ sumSq l + dim l * (a * a) := by
  induction l with
  | nil =>
    show a * 0 + a * 0 ≤ 0 + 0 * (a * a)
    apply RatLemmas.le_of_eq
    rw [Rat.mul_zero, Rat.zero_mul, Rat.add_zero]
  | cons y ys ih =>
    show a * (y + sum ys) + a * (y + sum ys) ≤ sq y + sumSq ys + (1 + dim ys) * (a * a)
    have e₁ : a * (y + sum ys) + a * (y + sum ys) = (a * y + a * y) + (a * sum ys + a * sum ys) := by
      first
      | (rw [Rat.mul_add]; exact add_add_add_comm_aux (a * y) (a * sum ys) (a * y) (a * sum ys))
      | grind
    have e₂ : sq y + sumSq ys + (1 + dim ys) * (a * a)
        = (sq y + a * a) + (sumSq ys + dim ys * (a * a)) := by
      first
      | (rw [Rat.add_mul, Rat.one_mul]
         exact add_add_add_comm_aux (sq y) (sumSq ys) (a * a) (dim ys * (a * a)))
      | grind
    rw [e₁, e₂]
    exact RatLemmas.add_le_add (RatLemmas.mul_add_mul_le_mul_self_add_mul_self y a) ih

/-- Setting one singular value to zero never increases the sum of squares. -/
theorem sumSq_suppress_le (l : List Rat) (k : Nat) : sumSq (suppress l k) ≤ sumSq l := by
  induction l generalizing k with
  | nil => exact Rat.le_refl
  | cons x xs ih =>
    cases k with
    | zero =>
      show sq 0 + sumSq xs ≤ sq x + sumSq xs
      exact RatLemmas.add_le_add
        (Rat.le_trans (RatLemmas.le_of_eq (Rat.mul_zero 0)) (RatLemmas.mul_self_nonneg x))
        Rat.le_refl
    | succ k =>
      show sq x + sumSq (suppress xs k) ≤ sq x + sumSq xs
      exact RatLemmas.add_le_add Rat.le_refl (ih k)

/-! ### The paper's claims -/

/-- **Claim 1.** If every singular value satisfies `0 ≤ σ_k ≤ σ_max`, then
`Σ_k σ_k² ≤ n σ_max²`, i.e. `‖J‖_F² / n ≤ σ_max²`. -/
theorem frobenius_sq_le_dim_mul_sq_max (sv : List Rat) (smax : Rat)
    (hsv : ∀ x ∈ sv, 0 ≤ x ∧ x ≤ smax) : sumSq sv ≤ dim sv * sq smax :=
  sumSq_le_dim_mul_sq sv smax hsv

/-- **Claim 2.** Under the hypotheses of Claim 1, equality `Σ_k σ_k² = n σ_max²` holds exactly
when every singular value equals `σ_max`. -/
theorem frobenius_sq_eq_iff (sv : List Rat) (smax : Rat) (hsv : ∀ x ∈ sv, 0 ≤ x ∧ x ≤ smax) :
    sumSq sv = dim sv * sq smax ↔ ∀ x ∈ sv, x = smax := by
  constructor
  · revert hsv
    induction sv with
    | nil => intro _ _ x hx; cases hx
    | cons y ys ih =>
      intro hsv heq
      have hy := hsv y (List.mem_cons.mpr (Or.inl rfl))
      have hys : ∀ x ∈ ys, 0 ≤ x ∧ x ≤ smax := fun x hx => hsv x (List.mem_cons.mpr (Or.inr hx))
      have heq' : sq y + sumSq ys = sq smax + dim ys * sq smax := by
        have h₁ : sq y + sumSq ys = (1 + dim ys) * sq smax := heq
        rw [Rat.add_mul, Rat.one_mul] at h₁
        exact h₁
      have hparts := RatLemmas.eq_and_eq_of_add_eq_add heq'
        (RatLemmas.mul_self_le_mul_self hy.1 hy.2) (sumSq_le_dim_mul_sq ys smax hys)
      have hyeq : y = smax :=
        Rat.le_antisymm hy.2 (Rat.not_lt.mp fun hlt =>
          Rat.ne_of_lt (RatLemmas.mul_self_lt_mul_self hy.1 hlt) hparts.1)
      have hrest := ih hys hparts.2
      intro x hx
      rcases List.mem_cons.mp hx with hxy | hxs
      · rw [hxy]
        exact hyeq
      · exact hrest x hxs
  · intro h
    exact sumSq_of_forall_eq sv smax h

/-- **Claim 3.** With `0 ≤ σ_k ≤ σ_max`, `σ_max > 0` and `Σ_k σ_k² > 0`, the squared radius from
the effective constant dominates the worst-case one: `m² / (4 σ_max²) ≤ m² n / (4 Σ_k σ_k²)`. -/
theorem worstRadiusSq_le_effRadiusSq (m smax : Rat) (sv : List Rat)
    (hsv : ∀ x ∈ sv, 0 ≤ x ∧ x ≤ smax) (hmax : 0 < smax) (hS : 0 < sumSq sv) :
    worstRadiusSq m smax ≤ effRadiusSq m sv := by
  unfold worstRadiusSq effRadiusSq
  have hb : (0 : Rat) < 4 * sq smax := Rat.mul_pos RatLemmas.zero_lt_four (Rat.mul_pos hmax hmax)
  have hd : (0 : Rat) < 4 * sumSq sv := Rat.mul_pos RatLemmas.zero_lt_four hS
  apply RatLemmas.div_le_div_of_mul_le hb hd
  have h₁ : sumSq sv ≤ dim sv * sq smax := sumSq_le_dim_mul_sq sv smax hsv
  have h₂ : 4 * sq m * sumSq sv ≤ 4 * sq m * (dim sv * sq smax) :=
    RatLemmas.mul_le_mul_of_nonneg_left h₁
      (Rat.mul_nonneg (Rat.le_of_lt RatLemmas.zero_lt_four) (RatLemmas.mul_self_nonneg m))
  have e₁ : sq m * (4 * sumSq sv) = 4 * sq m * sumSq sv := by
    first
    | exact mul_mul_comm_aux (sq m) 4 (sumSq sv)
    | grind
  have e₂ : sq m * dim sv * (4 * sq smax) = 4 * sq m * (dim sv * sq smax) := by
    first
    | exact mul_mul_mul_comm_aux (sq m) (dim sv) 4 (sq smax)
    | grind
  rw [e₁, e₂]
  exact h₂

/-- **Claim 4.** If `σ_max` is one of the singular values, `σ_max > 0` and `0 ≤ σ_k ≤ σ_max` for
all `k`, the improvement ratio `n σ_max² / Σ_k σ_k²` lies between `1` and `n`. -/
theorem improvement_ratio_bounds (sv : List Rat) (smax : Rat) (hmem : smax ∈ sv)
    (hmax : 0 < smax) (hsv : ∀ x ∈ sv, 0 ≤ x ∧ x ≤ smax) :
    1 ≤ dim sv * sq smax / sumSq sv ∧ dim sv * sq smax / sumSq sv ≤ dim sv := by
  have hsq : sq smax ≤ sumSq sv := sq_le_sumSq_of_mem hmem
  have hS : 0 < sumSq sv := RatLemmas.lt_of_lt_of_le (Rat.mul_pos hmax hmax) hsq
  constructor
  · apply (RatLemmas.le_div_iff_mul_le hS).mpr
    rw [Rat.one_mul]
    exact sumSq_le_dim_mul_sq sv smax hsv
  · apply (RatLemmas.div_le_iff_le_mul hS).mpr
    exact RatLemmas.mul_le_mul_of_nonneg_left hsq (dim_nonneg sv)

/-- **Claim 5.** If `Σ_k σ_k² > 0`, the normalised spectrum `p_k = σ_k² / Σ_j σ_j²` is a
probability vector: every `p_k ≥ 0` and `Σ_k p_k = 1`. -/
theorem weights_distribution (sv : List Rat) (hS : 0 < sumSq sv) :
    (∀ p ∈ weights sv, 0 ≤ p) ∧ sum (weights sv) = 1 := by
  constructor
  · exact map_sq_div_nonneg sv hS
  · unfold weights
    rw [sum_map_sq_div]
    exact RatLemmas.div_self_eq_one (Rat.ne_of_gt hS)

/-- **Claim 6.** For a probability vector `p` (entries `≥ 0`, `Σ_k p_k = 1`) with `n` entries,
`1/n ≤ Σ_k p_k² ≤ 1`, a rational stand-in for the range of the spectral entropy. -/
theorem sumSq_prob_bounds (p : List Rat) (hp : ∀ x ∈ p, 0 ≤ x) (hsum : sum p = 1) :
    1 / dim p ≤ sumSq p ∧ sumSq p ≤ 1 := by
  constructor
  · have hne : p ≠ [] := by
      intro h
      subst h
      exact RatLemmas.zero_ne_one hsum
    have hn : dim p ≠ 0 := Rat.ne_of_gt (dim_pos_of_ne_nil hne)
    have key := mul_sum_add_le p (1 / dim p)
    rw [hsum, Rat.mul_one, RatLemmas.mul_mul_one_div_self hn] at key
    exact Rat.add_le_add_right.mp key
  · have hle : ∀ x ∈ p, 0 ≤ x ∧ x ≤ 1 := by
      intro x hx
      have h₁ : x ≤ sum p := le_sum_of_mem hp hx
      rw [hsum] at h₁
      exact ⟨hp x hx, h₁⟩
    have h₃ : sumSq p ≤ sum p := by
      revert hle
      clear hsum hp
      induction p with
      | nil => intro _; exact Rat.le_refl
      | cons y ys ih =>
        intro hle
        have hy := hle y (List.mem_cons.mpr (Or.inl rfl))
        have hys : ∀ x ∈ ys, 0 ≤ x ∧ x ≤ 1 := fun x hx => hle x (List.mem_cons.mpr (Or.inr hx))
        show sq y + sumSq ys ≤ y + sum ys
        have hyy : y * y ≤ y * 1 := RatLemmas.mul_le_mul_of_nonneg_left hy.2 hy.1
        rw [Rat.mul_one] at hyy
        exact RatLemmas.add_le_add hyy (ih hys)
    rw [hsum] at h₃
    exact h₃

/-- **Claim 7.** The two extremes of `Σ_k p_k²`: a uniform vector with every entry `1/n`
(`n ≥ 1`) has `Σ_k p_k² = 1/n`, and a one-hot vector has `Σ_k p_k² = 1`. -/
theorem sumSq_uniform (p : List Rat) (hne : p ≠ []) (hu : ∀ x ∈ p, x = 1 / dim p) :
    sumSq p = 1 / dim p := by
  rw [sumSq_of_forall_eq p (1 / dim p) hu]
  exact RatLemmas.mul_mul_one_div_self (Rat.ne_of_gt (dim_pos_of_ne_nil hne))

/-- **Claim 7 (one-hot case).** The vector with a single `1` after `i` zeros and before `j`
zeros has `Σ_k p_k² = 1`. -/
theorem sumSq_one_hot (i j : Nat) :
    sumSq (List.replicate i (0 : Rat) ++ (1 : Rat) :: List.replicate j (0 : Rat)) = 1 := by
  rw [sumSq_append]
  show sumSq (List.replicate i 0) + (sq 1 + sumSq (List.replicate j 0)) = 1
  rw [sumSq_replicate_zero, sumSq_replicate_zero]
  show (0 : Rat) + (1 * 1 + 0) = 1
  rw [Rat.mul_one, Rat.add_zero, Rat.zero_add]

/-- **Claim 8.** Rotating an orthonormal pair of modes in the plane (`c² + s² = 1`) preserves the
sum of squared alignments with a direction `d = (d₁, d₂)`:
`(c d₁ + s d₂)² + (−s d₁ + c d₂)² = d₁² + d₂²`; for a unit `d` both sides equal `1`. -/
theorem rotation_preserves_alignment (c s d₁ d₂ : Rat) (h : sq c + sq s = 1) :
    sq (c * d₁ + s * d₂) + sq (-s * d₁ + c * d₂) = sq d₁ + sq d₂ := by
  have e : sq (c * d₁ + s * d₂) + sq (-s * d₁ + c * d₂) = (sq c + sq s) * (sq d₁ + sq d₂) := by
    unfold sq
    grind
  rw [e, h, Rat.one_mul]

/-- **Claim 9.** Suppressing a mode (setting one singular value to zero) never increases the
squared Frobenius norm `Σ_k σ_k²`. -/
theorem suppress_mode_sumSq_le (sv : List Rat) (k : Nat) : sumSq (suppress sv k) ≤ sumSq sv :=
  sumSq_suppress_le sv k

/-- **Claim 10.** Suppressing a mode never shrinks the effective radius: if the suppressed
spectrum still has `Σ_k σ_k² > 0`, then `m² n / (4 Σ σ²)` does not decrease. -/
theorem effRadiusSq_le_suppress (m : Rat) (sv : List Rat) (k : Nat)
    (h : 0 < sumSq (suppress sv k)) : effRadiusSq m sv ≤ effRadiusSq m (suppress sv k) := by
  unfold effRadiusSq
  rw [dim_suppress]
  exact RatLemmas.div_le_div_of_nonneg_left
    (Rat.mul_nonneg (RatLemmas.mul_self_nonneg m) (dim_nonneg sv))
    (Rat.mul_pos RatLemmas.zero_lt_four h)
    (RatLemmas.mul_le_mul_of_nonneg_left (sumSq_suppress_le sv k)
      (Rat.le_of_lt RatLemmas.zero_lt_four))

/-- **Claim 11.** The Jacobian certificate dominates the weight-product certificate: if
`0 < σ_max(J) ≤ P` (with `P` the product of the layers' weight norms) and `m ≥ 0`, then
`m / (2P) ≤ m / (2 σ_max(J))`. -/
theorem jacobian_radius_ge_product_radius (m sJ P : Rat) (hm : 0 ≤ m) (hJ : 0 < sJ)
    (hP : sJ ≤ P) : certRadius m P ≤ certRadius m sJ := by
  unfold certRadius
  exact RatLemmas.div_le_div_of_nonneg_left hm (Rat.mul_pos RatLemmas.zero_lt_two hJ)
    (RatLemmas.mul_le_mul_of_nonneg_left hP (Rat.le_of_lt RatLemmas.zero_lt_two))

end Catalogue.SpectralCertificates
