import Lake
open Lake DSL

package «theorem-catalogue» where

/-- Every paper's claims, one module per paper under `lean/Catalogue/`. -/
@[default_target]
lean_lib «Catalogue» where
  srcDir := "lean"
