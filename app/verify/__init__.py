"""The verification flow: claim → job queue → runner (real Lean toolchain) → parsed result → database.

Files in flow order:
  toolchain.py  find `lake` and `lean`, and `lean --version`
  sources.py    what a check depends on, as one hash (for the cache)
  runner.py     build the module, `#print axioms` each declaration (subprocess; no database)
  process.py    how a toolchain process runs: argument list, cleared env, limits, sandbox, kill
  parser.py     parse `lean --json`, Lake's log and `#print axioms` (pure)
  verdict.py    decide the claim's status from the parsed output (pure; the one place it is decided)
  record.py     read the claim, reuse a cached result, write the run and the claim's status
  checks.py     one claim end to end (used by the CLI and the worker)
  batch.py      `catalogue verify`: many claims, parallel across modules; cli.py prints it
  jobs.py       the web's re-run queue behind a small interface (enqueue, take next, record)
  worker.py     background threads that run queued jobs, with their live logs
  guards.py     rate limit and CSRF tokens for the re-run form
  views.py      what the re-run pages show (database reads)
"""
