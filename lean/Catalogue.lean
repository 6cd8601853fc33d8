import Catalogue.RatLemmas
import Catalogue.ScalingLaws
import Catalogue.NeuralScaling
import Catalogue.SpectralCertificates

/-!
# Theorem Catalogue

The root module: imports every paper's module, so `lake build` checks the whole catalogue.
-/
