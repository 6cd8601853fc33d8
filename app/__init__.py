"""Theorem Catalogue: research claims indexed from files, checked by the real Lean 4 toolchain, served as pages."""
