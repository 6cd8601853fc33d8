import Catalogue.RatLemmas

/-!
# Why Neural Networks Scale (`ml_neural_scaling_laws`)

The paper states the scaling exponent `α = β · log ρ`, with `β > 0` an optimizer efficiency and
`ρ` the Latent Number, and places a phase transition at `ρ = 1`. Core Lean has no logarithm on
`Rat`, so `ℓ` stands for `log ρ`: `ρ > 1` corresponds to `ℓ > 0` and `ρ = 1` to `ℓ = 0`.

A sibling paper on the same site gives the exponent as `log ρ / (2β)` instead. Both formulas are
stated here, and both have the same sign behaviour; their values differ.
-/

namespace Catalogue.NeuralScaling

/-- The paper's scaling exponent `α = β · ℓ`, where `β` is the optimizer efficiency and `ℓ` stands
for `log ρ`. -/
def exponent (β ℓ : Rat) : Rat := β * ℓ

/-- The sibling paper's scaling exponent `α' = ℓ / (2β)`, with `ℓ` standing for `log ρ`. -/
def siblingExponent (β ℓ : Rat) : Rat := ℓ / (2 * β)

/-- For a positive optimizer efficiency `β`, the paper's exponent `β · ℓ` is positive exactly when
`ℓ = log ρ` is positive, that is exactly above the transition `ρ = 1`. -/
theorem exponent_pos_iff {β ℓ : Rat} (hβ : 0 < β) : 0 < exponent β ℓ ↔ 0 < ℓ := by
  unfold exponent
  exact RatLemmas.mul_pos_iff_of_pos_left hβ

/-- For a positive `β`, the sibling paper's exponent `ℓ / (2β)` is positive exactly when `ℓ` is:
the transition sits at `ρ = 1` under either formula. -/
theorem siblingExponent_pos_iff {β ℓ : Rat} (hβ : 0 < β) :
    0 < siblingExponent β ℓ ↔ 0 < ℓ := by
  unfold siblingExponent
  rw [Rat.div_def]
  exact RatLemmas.mul_pos_iff_of_pos_right
    (RatLemmas.inv_pos_of_pos (Rat.mul_pos RatLemmas.zero_lt_two hβ))

end Catalogue.NeuralScaling
