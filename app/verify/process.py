"""How the runner starts a toolchain process: argument list, cleared environment, limits, sandbox, kill.

No shell anywhere. The whole process group is killed on timeout or cancel, so Lean processes that Lake
started die with it. Memory (RLIMIT_AS) and CPU limits are set by util-linux `prlimit` before exec (a
`preexec_fn` is unsafe in the threaded web worker). When bubblewrap is installed the process runs in
new namespaces with no network and the filesystem read-only except the build and scratch directories.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Only these variables reach the toolchain: enough for elan and Lake to find the toolchain.
ENV_ALLOW = ("PATH", "HOME", "ELAN_HOME", "ELAN_TOOLCHAIN", "LANG", "LC_ALL", "TMPDIR")


@dataclass(frozen=True)
class Limits:
    wall_seconds: float = 600.0
    memory_mb: int = 16384  # 0: no limit
    cpu_seconds: int = 1200  # 0: no limit
    log_chars: int = 200_000
    sandbox: str = "auto"  # auto: bubblewrap when installed; off; require


@dataclass
class Finished:
    exit_code: int | None
    timed_out: bool
    cancelled: bool
    lines: list[str]  # every line, for parsing (bounded by max_lines)
    log: str  # bounded log for the record
    seconds: float


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: os.environ[k] for k in ENV_ALLOW if k in os.environ}
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env.setdefault("LC_ALL", "C.UTF-8")
    env.update(extra or {})
    return env


def bubblewrap() -> str | None:
    return shutil.which("bwrap")


def sandbox_argv(bwrap: str, root: Path, writable: list[Path], env: dict[str, str]) -> list[str]:
    """lean4web's recipe: new namespaces (no network), read-only system and project, tmpfs /tmp,
    writable only the Lake build directory and the scratch directory, dies with its parent."""
    argv = [bwrap, "--die-with-parent", "--new-session", "--unshare-all", "--ro-bind", "/", "/",
            "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
    for path in writable:
        argv += ["--bind", str(path), str(path)]
    argv += ["--chdir", str(root), "--clearenv"]
    for k, v in sorted(env.items()):
        argv += ["--setenv", k, v]
    return argv + ["--"]


def limit_argv(limits: Limits) -> list[str]:
    prlimit = shutil.which("prlimit")
    if not prlimit or not (limits.memory_mb or limits.cpu_seconds):
        return []
    argv = [prlimit]
    if limits.memory_mb:
        argv.append(f"--as={limits.memory_mb * 1024 * 1024}")
    if limits.cpu_seconds:
        argv.append(f"--cpu={limits.cpu_seconds}")
    return argv + ["--"]


class BoundedLog:
    """Keeps the head and the tail of a long output, and says how much was left out between them."""

    def __init__(self, limit: int) -> None:
        self.head: list[str] = []
        self.head_size = 0
        self.tail: deque[str] = deque()
        self.tail_size = 0
        self.dropped = 0
        self.half = max(limit // 2, 1)

    def add(self, line: str) -> None:
        if self.head_size + len(line) <= self.half:
            self.head.append(line)
            self.head_size += len(line)
            return
        self.tail.append(line)
        self.tail_size += len(line)
        while self.tail_size > self.half and self.tail:
            gone = self.tail.popleft()
            self.tail_size -= len(gone)
            self.dropped += 1

    def text(self) -> str:
        gap = [f"… {self.dropped} lines left out …\n"] if self.dropped else []
        return "".join(self.head + gap + list(self.tail))


def run(
    argv: list[str],
    *,
    cwd: Path,
    limits: Limits,
    env: dict[str, str],
    on_line: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
    max_lines: int = 50_000,
) -> Finished:
    """Run argv (stdout and stderr merged), streaming lines to on_line; kill the group on timeout/cancel."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    if not argv[0].endswith("prlimit"):
        _limit_after_start(proc.pid, limits)
    log = BoundedLog(limits.log_chars)
    lines: list[str] = []
    ended = threading.Event()

    def pump() -> None:
        assert proc.stdout is not None
        for raw in proc.stdout:
            # NUL cannot be stored in PostgreSQL text; crashing processes do print it.
            line = raw.decode("utf-8", errors="replace").replace("\x00", "\N{SYMBOL FOR NULL}")
            log.add(line)
            if len(lines) < max_lines:
                lines.append(line)
            if on_line:
                on_line(line)
        proc.wait()
        ended.set()

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    timed_out = cancelled = False
    deadline = started + limits.wall_seconds
    try:
        # Wait on the reader (no polling): it ends when the output closes and the process has exited.
        while not ended.wait(timeout=max(0.0, min(deadline - time.monotonic(), 0.1 if cancel else 3600.0))):
            if time.monotonic() >= deadline:
                timed_out = True
            elif cancel is not None and cancel.is_set():
                cancelled = True
            else:
                continue
            _kill_group(proc)
            break
    except BaseException:  # Ctrl-C: the group has its own session, so it must be killed here
        _kill_group(proc)
        raise
    reader.join(timeout=5)
    proc.wait()
    return Finished(
        exit_code=None if (timed_out or cancelled) else proc.returncode,
        timed_out=timed_out,
        cancelled=cancelled,
        lines=lines,
        log=log.text(),
        seconds=time.monotonic() - started,
    )


def _limit_after_start(pid: int, limits: Limits) -> None:
    """Without util-linux prlimit, set the limits on the started process (its children inherit them)."""
    import resource

    try:
        if limits.memory_mb:
            size = limits.memory_mb * 1024 * 1024
            resource.prlimit(pid, resource.RLIMIT_AS, (size, size))
        if limits.cpu_seconds:
            resource.prlimit(pid, resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds))
    except (OSError, ValueError):
        pass  # the process may already have ended


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
