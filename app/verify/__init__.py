"""The verification flow: claim → job queue → runner (real Lean toolchain) → parsed result → database."""
