"""The job queue's rules: one active job per claim, a bounded queue, compare-and-set taking, restart recovery."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db import session_scope
from app.models import Claim, VerificationJob
from app.settings import get_settings
from app.status import ClaimStatus
from app.verify.guards import Csrf, RateLimiter
from app.verify.jobs import DatabaseQueue, QueueFull
from app.verify.worker import Worker


def ids(numbers, *names):
    with session_scope() as s:
        return [s.scalar(select(Claim.id).where(Claim.number == numbers[n])) for n in names]


def test_second_enqueue_joins(project):
    _root, numbers = project
    (cid,) = ids(numbers, "Good")
    q = DatabaseQueue(max_queued=5)
    a = q.enqueue(cid, trigger="web")
    b = q.enqueue(cid, trigger="web")
    assert (a.joined, b.joined, a.job_id == b.job_id, a.position) == (False, True, True, 1)


def test_database_refuses_two_active_jobs_for_one_claim(project):
    _root, numbers = project
    (cid,) = ids(numbers, "Good")
    with pytest.raises(IntegrityError):
        with session_scope() as s:
            for _ in range(2):
                s.add(VerificationJob(claim_id=cid, state="queued", trigger="web", client="", force=False,
                                      attempts=0, interrupted=False, note="", cached=False))
                s.flush()


def test_queue_bound(project):
    _root, numbers = project
    a, b, c = ids(numbers, "Good", "Plain", "Sorry")
    q = DatabaseQueue(max_queued=2, retry_after=17)
    q.enqueue(a, trigger="web")
    assert q.enqueue(b, trigger="web").position == 2
    with pytest.raises(QueueFull) as full:
        q.enqueue(c, trigger="web")
    assert full.value.retry_after == 17
    assert q.enqueue(a, trigger="web").joined  # joining never counts against the bound


def test_take_next_in_order_and_only_once(project):
    _root, numbers = project
    a, b = ids(numbers, "Good", "Plain")
    q = DatabaseQueue(max_queued=5)
    ja, jb = q.enqueue(a, trigger="web").job_id, q.enqueue(b, trigger="web").job_id
    first, second, third = q.take_next(), q.take_next(), q.take_next()
    assert (first.job_id, second.job_id, third) == (ja, jb, None)
    assert q.position(ja) == 0
    q.record(ja, outcome=ClaimStatus.VERIFIED, run_id=None, note="ok")
    assert q.enqueue(a, trigger="web").job_id != ja  # a finished job is not joined


def test_restart_requeues_interrupted_jobs_and_the_worker_finishes_them(project, lean_on_path):
    _root, numbers = project
    a, b = ids(numbers, "Good", "Plain")
    q = DatabaseQueue(max_queued=5)
    running = q.enqueue(a, trigger="web").job_id
    waiting = q.enqueue(b, trigger="web").job_id
    assert q.take_next().job_id == running  # ... and then the server dies
    worker = Worker(DatabaseQueue(max_queued=5), get_settings())  # a new server process
    worker.start()
    try:
        end = time.monotonic() + 20
        while time.monotonic() < end:
            with session_scope() as s:
                states = {j.id: (j.state, j.interrupted, j.outcome) for j in s.scalars(select(VerificationJob))}
            if all(st == "done" for st, _, _ in states.values()):
                break
            time.sleep(0.1)
    finally:
        worker.stop()
    assert states[running] == ("done", True, ClaimStatus.VERIFIED)
    assert states[waiting] == ("done", False, ClaimStatus.VERIFIED)


def test_recovery_gives_up_after_repeated_interruptions(project):
    _root, numbers = project
    (a,) = ids(numbers, "Good")
    q = DatabaseQueue(max_queued=5)
    job = q.enqueue(a, trigger="web").job_id
    for _ in range(3):
        q.take_next()
        q.recover()
    with session_scope() as s:
        row = s.get(VerificationJob, job)
        assert row.state == "done" and row.interrupted and "given up" in row.note


def test_shutdown_cancels_the_running_check_and_requeues_it(project, lean_on_path):
    _root, numbers = project
    (slow,) = ids(numbers, "Slow")
    q = DatabaseQueue(max_queued=5)
    job = q.enqueue(slow, trigger="web").job_id
    worker = Worker(q, get_settings())
    worker.start()
    time.sleep(1.0)
    worker.stop()
    with session_scope() as s:
        row = s.get(VerificationJob, job)
        assert (row.state, row.interrupted) == ("queued", True)
        assert s.get(Claim, slow).runs == []  # a cancelled run records nothing


def test_rate_limiter_window():
    rl = RateLimiter(limit=2, window=10)
    assert rl.check("a", now=0) == 0 and rl.check("a", now=1) == 0
    assert rl.check("a", now=2) == 8
    assert rl.check("b", now=2) == 0
    assert rl.check("a", now=10.5) == 0


def test_csrf_tokens():
    c = Csrf("secret", max_age=100)
    t = c.token(7, now=1000)
    assert c.valid(7, t, now=1050)
    assert not c.valid(8, t, now=1050)
    assert not c.valid(7, t, now=1200)
    assert not c.valid(7, Csrf("other").token(7, now=1000), now=1050)
    assert not c.valid(7, None) and not c.valid(7, "garbage")
