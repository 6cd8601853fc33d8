import Catalogue.RatLemmas
import Catalogue.ScalingLaws

/-!
# Theorem Catalogue

The root module: imports every paper's module, so `lake build` checks the whole catalogue.
-/
