import Catalogue.RatLemmas

/-!
# Neural Scaling Laws Formalized: Why Chinchilla Works

Claims of the paper `ml_scaling_laws` (Tamás Nagy). The paper assumes that the eigenvalues of the
data covariance decay as `λ_k ~ k^(-s)` with `s > 1` and derives compute-optimal scaling from it.
With hard truncation the compute-optimal model size and data size grow as `N ~ C^(1/(s+1))` and
`D ~ C^(s/(s+1))`, and the optimal loss falls as `C^(-(s-1)/(s+1))`; with soft truncation the loss
exponent is `(s-1)/s`.

The real-analytic derivation (power laws, limits, optimisation over real `N` and `D`) is not
formalised here: this module checks the algebra of the exponents as functions of a rational `s`, the
balance of the two loss terms at the optimum, one worked optimisation (`s = 2`), the grokking-time
arithmetic over natural numbers, and the arithmetic of Chinchilla's published fit.
-/

namespace Catalogue.ScalingLaws

/-- The compute exponent of the optimal model size: `N_opt ~ C^(eN s)` with `eN s = 1 / (s + 1)`. -/
def eN (s : Rat) : Rat := 1 / (s + 1)

/-- The compute exponent of the optimal data size: `D_opt ~ C^(eD s)` with `eD s = s / (s + 1)`. -/
def eD (s : Rat) : Rat := s / (s + 1)

/-- The hard-truncation loss exponent: `L*(C) ~ C^(-(eL s))` with `eL s = (s - 1) / (s + 1)`. -/
def eL (s : Rat) : Rat := (s - 1) / (s + 1)

/-- The soft-truncation (ridge regression, networks) loss exponent: `eS s = (s - 1) / s`. -/
def eS (s : Rat) : Rat := (s - 1) / s

/-! ## The exponents as functions of `s` -/

/-- Claim 1. For every rational `s ≠ -1` the two compute exponents sum to one:
`eN s + eD s = 1`, as `C = N · D` requires. -/
theorem eN_add_eD (s : Rat) (hs : s ≠ -1) : eN s + eD s = 1 := by
  have h : s + 1 ≠ 0 := by
    first
      | grind
      | (intro h0
         apply hs
         rw [← Rat.add_zero s, ← Rat.add_neg_cancel 1, ← Rat.add_assoc, h0, Rat.zero_add]
         done)
  unfold eN eD
  first
    | (rw [RatLemmas.div_add_div_same, Rat.add_comm 1 s]; exact RatLemmas.div_self_eq_one h)
    | grind

/-- Claim 2. The hard-truncation loss exponent is `s - 1` times the model-size exponent:
`eL s = (s - 1) * eN s`, for every rational `s`. -/
theorem eL_eq_mul_eN (s : Rat) : eL s = (s - 1) * eN s := by
  unfold eL eN
  first
    | (simp only [Rat.div_def, Rat.one_mul]; done)
    | grind

/-- Claim 3. The data-size exponent is `s` times the model-size exponent:
`eD s = s * eN s`, for every rational `s`. -/
theorem eD_eq_mul_eN (s : Rat) : eD s = s * eN s := by
  unfold eD eN
  first
    | (simp only [Rat.div_def, Rat.one_mul]; done)
    | grind

/-- Claim 4. Images (`s = 2`): `eN 2 = 1/3`, `eD 2 = 2/3` and `eL 2 = 1/3`. -/
theorem exponents_at_two : eN 2 = 1 / 3 ∧ eD 2 = 2 / 3 ∧ eL 2 = 1 / 3 := by
  refine ⟨?_, ?_, ?_⟩
  all_goals
    first
      | decide +kernel
      | (simp only [eN, eD, eL] <;> grind)

/-- Claim 5. Audio (`s = 3`): `eN 3 = 1/4`, `eD 3 = 3/4` and `eL 3 = 1/2`. -/
theorem exponents_at_three : eN 3 = 1 / 4 ∧ eD 3 = 3 / 4 ∧ eL 3 = 1 / 2 := by
  refine ⟨?_, ?_, ?_⟩
  all_goals
    first
      | decide +kernel
      | (simp only [eN, eD, eL] <;> grind)

/-- Claim 6. Chinchilla's limit (`s = 1`, Zipfian language): `eN 1 = eD 1 = 1/2`, so `N ∝ D`,
and the hard-truncation loss exponent `eL 1` vanishes. -/
theorem exponents_at_one : eN 1 = 1 / 2 ∧ eD 1 = 1 / 2 ∧ eL 1 = 0 := by
  refine ⟨?_, ?_, ?_⟩
  all_goals
    first
      | decide +kernel
      | (simp only [eN, eD, eL] <;> grind)

/-- Claim 7. For `s > 1` the hard-truncation loss exponent lies strictly between 0 and 1:
`0 < eL s < 1`. -/
theorem eL_pos_lt_one {s : Rat} (hs : 1 < s) : 0 < eL s ∧ eL s < 1 := by
  have h1 : 0 < s - 1 := by
    first
      | exact (Rat.lt_iff_sub_pos 1 s).mp hs
      | grind
  have h2 : 0 < s + 1 := by grind
  unfold eL
  exact ⟨RatLemmas.div_pos h1 h2, RatLemmas.div_lt_one_of_lt h2 (by grind)⟩

/-- Claim 8. For `s > 1` compute goes more to data than to parameters:
`eN s < 1/2 < eD s`. -/
theorem eN_lt_half_lt_eD {s : Rat} (hs : 1 < s) : eN s < 1 / 2 ∧ 1 / 2 < eD s := by
  have h2 : (0 : Rat) < 2 := by
    first
      | decide
      | decide +kernel
      | grind
  have hs1 : 0 < s + 1 := by grind
  unfold eN eD
  constructor
  · exact RatLemmas.div_lt_div_of_mul_lt hs1 h2 (by grind)
  · exact RatLemmas.div_lt_div_of_mul_lt h2 hs1 (by grind)

/-- Claim 9. The model-size exponent strictly decreases in `s` on `s > 1`:
`1 < s < s'` gives `eN s' < eN s`. -/
theorem eN_strictAnti {s s' : Rat} (hs : 1 < s) (hss' : s < s') : eN s' < eN s := by
  have h1 : 0 < s + 1 := by grind
  have h2 : 0 < s' + 1 := by grind
  unfold eN
  exact RatLemmas.div_lt_div_of_mul_lt h2 h1 (by grind)

/-- Claim 10. The hard-truncation loss exponent strictly increases in `s` on `s > 1`:
`1 < s < s'` gives `eL s < eL s'`. -/
theorem eL_strictMono {s s' : Rat} (hs : 1 < s) (hss' : s < s') : eL s < eL s' := by
  have h1 : 0 < s + 1 := by grind
  have h2 : 0 < s' + 1 := by grind
  have key : (s' - 1) * (s + 1) - (s - 1) * (s' + 1) = 2 * (s' - s) := by grind
  have hpos : 0 < 2 * (s' - s) :=
    Rat.mul_pos (by first | decide | decide +kernel | grind) ((Rat.lt_iff_sub_pos s s').mp hss')
  have hcross : (s - 1) * (s' + 1) < (s' - 1) * (s + 1) := by
    first
      | (apply (Rat.lt_iff_sub_pos _ _).mpr; rw [key]; exact hpos)
      | grind
  unfold eL
  exact RatLemmas.div_lt_div_of_mul_lt h1 h2 hcross

/-- Claim 11. Soft-truncation loss exponents: `eS 2 = 1/2`, `eS 3 = 2/3`, and `eS 1 = 0`. -/
theorem eS_values : eS 2 = 1 / 2 ∧ eS 3 = 2 / 3 ∧ eS 1 = 0 := by
  refine ⟨?_, ?_, ?_⟩
  all_goals
    first
      | decide +kernel
      | (simp only [eS] <;> grind)

/-- Claim 12. For `s > 1` soft truncation gives a strictly larger loss exponent than hard
truncation: `eL s < eS s`, that is `(s - 1)/(s + 1) < (s - 1)/s`. -/
theorem eL_lt_eS {s : Rat} (hs : 1 < s) : eL s < eS s := by
  have h0 : 0 < s := by grind
  have h1 : 0 < s + 1 := by grind
  have hs1 : 0 < s - 1 := by
    first
      | exact (Rat.lt_iff_sub_pos 1 s).mp hs
      | grind
  have key : (s - 1) * (s + 1) - (s - 1) * s = s - 1 := by grind
  have hcross : (s - 1) * s < (s - 1) * (s + 1) := by
    first
      | (apply (Rat.lt_iff_sub_pos _ _).mpr; rw [key]; exact hs1)
      | grind
  unfold eL eS
  exact RatLemmas.div_lt_div_of_mul_lt h1 h0 hcross

/-- Claim 13. For `s > 1` the soft-truncation loss exponent lies strictly between 0 and 1:
`0 < eS s < 1`. -/
theorem eS_pos_lt_one {s : Rat} (hs : 1 < s) : 0 < eS s ∧ eS s < 1 := by
  have h0 : 0 < s := by grind
  have hs1 : 0 < s - 1 := by
    first
      | exact (Rat.lt_iff_sub_pos 1 s).mp hs
      | grind
  unfold eS
  exact ⟨RatLemmas.div_pos hs1 h0, RatLemmas.div_lt_one_of_lt h0 (by grind)⟩

/-! ## The compute-optimal trade-off -/

/-- Claim 14. Worked optimisation for `s = 2`. With `C = N · D` the loss `N^(1-s) + N/D` becomes
`L(M) = 1/M + M^2/C` as a function of the model size `M`. If `N > 0` satisfies the stationarity
condition `C = 2 N^3` (that is `N^3 = C/2`), then `N` minimises `L` over all `M > 0`:
`1/N + N^2/C ≤ 1/M + M^2/C`. -/
theorem loss_optimum_at_two {N C : Rat} (hN : 0 < N) (hC : C = 2 * N ^ 3) {M : Rat} (hM : 0 < M) :
    1 / N + N ^ 2 / C ≤ 1 / M + M ^ 2 / C := by
  have hN0 : N ≠ 0 := Rat.ne_of_gt hN
  have hM0 : M ≠ 0 := Rat.ne_of_gt hM
  have h2 : (0 : Rat) < 2 := by
    first
      | decide
      | decide +kernel
      | grind
  have hCpos : 0 < C := by
    rw [hC]
    exact Rat.mul_pos h2 (RatLemmas.pow_pos hN 3)
  have hC0 : C ≠ 0 := Rat.ne_of_gt hCpos
  have hD : 0 < C * M := Rat.mul_pos hCpos hM
  -- The four terms of the loss difference, each multiplied by `C * M`.
  have e1 : 1 / M * (C * M) = C := by
    first
      | (rw [Rat.div_def, Rat.one_mul, Rat.mul_comm C M, ← Rat.mul_assoc, Rat.inv_mul_cancel M hM0,
          Rat.one_mul]; done)
      | grind
  have e2 : M ^ 2 / C * (C * M) = M ^ 3 := by
    first
      | (rw [Rat.div_def, Rat.mul_assoc, ← Rat.mul_assoc C⁻¹ C M, Rat.inv_mul_cancel C hC0,
          Rat.one_mul]; exact (Rat.pow_succ M 2).symm)
      | grind
  have e3 : 1 / N * (C * M) = 2 * N ^ 2 * M := by
    -- First `C * M = N * (2 * N ^ 2 * M)` (no inverse involved), then cancel `N⁻¹ * N`.
    have hN3 : N ^ 3 = N ^ 2 * N := Rat.pow_succ N 2
    have h3 : C * M = N * (2 * N ^ 2 * M) := by
      rw [hC]
      first
        | (rw [hN3, Rat.mul_comm N (2 * N ^ 2 * M), ← Rat.mul_assoc 2 (N ^ 2) N,
            Rat.mul_assoc (2 * N ^ 2) N M, Rat.mul_assoc (2 * N ^ 2) M N, Rat.mul_comm N M]
           done)
        | grind
    first
      | (rw [h3, Rat.div_def, Rat.one_mul, ← Rat.mul_assoc, Rat.inv_mul_cancel N hN0, Rat.one_mul]
         done)
      | grind
  have e4 : N ^ 2 / C * (C * M) = N ^ 2 * M := by
    first
      | (rw [Rat.div_def, Rat.mul_assoc, ← Rat.mul_assoc C⁻¹ C M, Rat.inv_mul_cancel C hC0,
          Rat.one_mul]; done)
      | grind
  have key : ((1 / M + M ^ 2 / C) - (1 / N + N ^ 2 / C)) * (C * M)
      = (M - N) * (M - N) * (M + 2 * N) := by
    first
      | (rw [Rat.sub_eq_add_neg (1 / M + M ^ 2 / C), Rat.add_mul, Rat.add_mul, Rat.neg_mul,
          Rat.add_mul, e1, e2, e3, e4, hC]; grind)
      | grind
  have hR : 0 ≤ (M - N) * (M - N) * (M + 2 * N) :=
    Rat.mul_nonneg (RatLemmas.mul_self_nonneg (M - N)) (Rat.le_of_lt (by grind))
  have hX : 0 ≤ (1 / M + M ^ 2 / C) - (1 / N + N ^ 2 / C) :=
    RatLemmas.nonneg_of_mul_nonneg_of_pos (by rw [key]; exact hR) hD
  first
    | exact (Rat.le_iff_sub_nonneg _ _).mpr hX
    | grind

/-- Claim 15. At the balance point the two loss terms are equal. Write `s = k + 1` (`k` a natural
number). If `N ≠ 0` and `N^(s+1) = C`, then the variance term `N^2 / C` equals the bias term
`N^(1-s) = 1 / N^k`. -/
theorem bias_eq_variance_at_balance {N C : Rat} (k : Nat) (hN : N ≠ 0) (hC : N ^ (k + 2) = C) :
    N ^ 2 / C = 1 / N ^ k := by
  have e1 : N ^ (k + 2) = N ^ k * N * N := by
    rw [show k + 2 = k + 1 + 1 by omega, Rat.pow_succ, Rat.pow_succ]
  have e2 : N ^ 2 = N * N := by
    first
      | grind
      | rw [show (2 : Nat) = 0 + 1 + 1 by decide, Rat.pow_succ, Rat.pow_succ, Rat.pow_zero,
          Rat.one_mul]
  subst hC
  apply RatLemmas.div_eq_div_of_mul_eq (RatLemmas.pow_ne_zero hN (k + 2)) (RatLemmas.pow_ne_zero hN k)
  rw [e1, e2]
  first
    | (rw [Rat.one_mul, Rat.mul_comm (N * N) (N ^ k), Rat.mul_assoc]; done)
    | grind

/-- Claim 16. The data size at the balance point: with `C = N · D`, if `N ≠ 0` and
`N^(s+1) = C` (`s` a natural number), then `D = C / N = N^s`; hence `N ~ C^(1/(s+1))` and
`D ~ C^(s/(s+1))`. -/
theorem data_at_balance {N C : Rat} (s : Nat) (hN : N ≠ 0) (hC : N ^ (s + 1) = C) :
    C / N = N ^ s := by
  rw [← hC, Rat.pow_succ]
  exact RatLemmas.mul_div_cancel_right hN

/-! ## Grokking times -/

/-- Claim 17. Grokking order: with learning time `t_k = k^s` for mode `k` and an integer exponent
`s ≥ 1`, a later mode takes strictly longer: `k < k'` gives `k^s < k'^s`. -/
theorem grokking_time_strictMono {s k k' : Nat} (hs : 1 ≤ s) (hk : k < k') : k ^ s < k' ^ s := by
  first
    | exact Nat.pow_lt_pow_left hk (by omega)
    | exact Nat.pow_lt_pow_of_lt_left hk (by omega)

/-- Claim 18. Doubling the mode index multiplies the learning time by `2^s`:
`(2k)^s = 2^s · k^s` for all natural numbers `k` and `s`. -/
theorem grokking_time_double (k s : Nat) : (2 * k) ^ s = 2 ^ s * k ^ s :=
  Nat.mul_pow 2 k s

/-! ## Chinchilla's published fit -/

/-- Claim 19. Chinchilla's fitted exponents `α = 0.34` and `β = 0.28` give
`N_opt ~ C^(β/(α+β))` and `D_opt ~ C^(α/(α+β))` with `β/(α+β) = 14/31` and `α/(α+β) = 17/31`,
which sum to one. -/
theorem chinchilla_fit_exponents :
    (28 / 100 : Rat) / (34 / 100 + 28 / 100) = 14 / 31 ∧
      (34 / 100 : Rat) / (34 / 100 + 28 / 100) = 17 / 31 ∧
      (14 / 31 : Rat) + 17 / 31 = 1 := by
  refine ⟨?_, ?_, ?_⟩
  all_goals
    first
      | decide +kernel
      | grind

/-- Claim 20. Chinchilla's allocation: 70 billion parameters and 1.4 trillion tokens give
`1400 = 20 · 70` (20 tokens per parameter, in units of `10^9`), and the training compute
`C ≈ 6 N D = 6 · 70 · 1400 = 588000` in units of `10^18` FLOPs, i.e. `5.88 · 10^23`. -/
theorem chinchilla_allocation : (1400 : Nat) = 20 * 70 ∧ (6 * 70 * 1400 : Nat) = 588000 := by
  first
    | decide
    | exact ⟨by omega, by omega⟩

end Catalogue.ScalingLaws
