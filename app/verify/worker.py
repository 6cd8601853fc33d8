"""The web's background worker: takes jobs from the queue, checks the claim, records the outcome.

A fixed number of threads (CATALOGUE_VERIFY_WORKERS) caps the Lean processes the server runs at once.
Each job's output is kept in memory while it runs, for the live log on the page.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict

from app.settings import Settings
from app.status import ClaimStatus
from app.verify.checks import check_one
from app.verify.jobs import JobQueue, Taken
from app.verify.toolchain import INSTALL_HINT, find_toolchain

log = logging.getLogger(__name__)
KEEP_LIVE = 64


class LiveLog:
    """A running job's output so far (bounded), with when it started and whether it ended."""

    def __init__(self, max_lines: int = 4000) -> None:
        self.lines: list[str] = []
        self.dropped = 0
        self.max_lines = max_lines
        self.started = time.monotonic()
        self.finished: float | None = None
        self._lock = threading.Lock()

    def add(self, line: str) -> None:
        with self._lock:
            if len(self.lines) >= self.max_lines:
                self.dropped += 1
                return
            self.lines.append(line[:2000])

    def since(self, index: int) -> list[str]:
        with self._lock:
            return self.lines[index:]

    def finish(self) -> None:
        self.finished = time.monotonic()

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started


class Worker:
    def __init__(self, queue: JobQueue, settings: Settings) -> None:
        self.queue = queue
        self.settings = settings
        self.threads: list[threading.Thread] = []
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._live: OrderedDict[int, LiveLog] = OrderedDict()
        self._lock = threading.Lock()

    def start(self) -> None:
        recovered = self.queue.recover()
        if recovered:
            log.warning("re-queued %d job(s) interrupted by the last shutdown", recovered)
        self._stop.clear()
        for n in range(self.settings.verify_workers):
            t = threading.Thread(target=self._loop, name=f"verify-worker-{n}", daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop taking jobs; kill running checks (they go back to the queue for the next start)."""
        self._stop.set()
        self._wake.set()
        for t in self.threads:
            t.join(timeout)
        self.threads.clear()

    def wake(self) -> None:
        self._wake.set()

    def live(self, job_id: int) -> LiveLog | None:
        with self._lock:
            return self._live.get(job_id)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                job = self.queue.take_next()
            except Exception:  # the database is away for a moment: retry later
                log.exception("taking the next job failed")
                job = None
            if job is None:
                self._wake.wait(1.0)
                self._wake.clear()
                continue
            self._run(job)

    def _run(self, job: Taken) -> None:
        live = LiveLog()
        with self._lock:
            self._live[job.job_id] = live
            while len(self._live) > KEEP_LIVE:
                self._live.popitem(last=False)
        try:
            toolchain = find_toolchain(self.settings)
            if toolchain is None:
                live.add(INSTALL_HINT + "\n")
                self.queue.record(job.job_id, outcome=ClaimStatus.TOOLCHAIN_UNAVAILABLE, run_id=None, note=INSTALL_HINT)
                return
            live.add(f"Checking with {toolchain.version}\n")
            outcome = check_one(job.claim_id, settings=self.settings, toolchain=toolchain, trigger=job.trigger,
                                force=job.force, on_line=live.add, cancel=self._stop)
            if outcome is None:
                self.queue.record(job.job_id, outcome=None, run_id=None, note="the claim no longer exists")
            elif outcome.cancelled:
                self.queue.record(job.job_id, outcome=None, run_id=None, requeue=True,
                                  note="interrupted by a server shutdown; re-queued")
            else:
                self.queue.record(job.job_id, outcome=outcome.status, run_id=outcome.run_id, cached=outcome.cached,
                                  note=outcome.reason)
        except Exception as exc:  # never leave a job running forever
            log.exception("job %s failed", job.job_id)
            live.add(f"internal error: {exc}\n")
            self.queue.record(job.job_id, outcome=None, run_id=None, note=f"internal error: {type(exc).__name__}")
        finally:
            live.finish()
