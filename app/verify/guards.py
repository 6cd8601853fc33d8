"""Guards on the web re-run: a per-client rate limit and CSRF tokens for the form (pure, in memory)."""
from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import threading
import time
from collections import defaultdict, deque


class RateLimiter:
    """At most `limit` requests per client in any `window` seconds (sliding window)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._seen: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, client: str, now: float | None = None) -> int:
        """0 if allowed (and counted), else the seconds to wait."""
        now = time.monotonic() if now is None else now
        with self._lock:
            seen = self._seen[client]
            while seen and seen[0] <= now - self.window:
                seen.popleft()
            if len(seen) >= self.limit:
                return max(1, math.ceil(seen[0] + self.window - now))
            seen.append(now)
            if len(self._seen) > 10_000:  # forget idle clients
                for key in [k for k, v in self._seen.items() if not v][:5000]:
                    del self._seen[key]
            return 0


class Csrf:
    """Signed, expiring tokens bound to one claim: the form carries one; a forged cross-site POST cannot."""

    def __init__(self, secret: str | None, max_age: float = 12 * 3600) -> None:
        self.secret = (secret or secrets.token_hex(32)).encode()
        self.max_age = max_age

    def token(self, claim_id: int, now: float | None = None) -> str:
        ts = str(int(time.time() if now is None else now))
        return f"{ts}.{self._sign(claim_id, ts)}"

    def valid(self, claim_id: int, token: str | None, now: float | None = None) -> bool:
        if not token or "." not in token:
            return False
        ts, sig = token.split(".", 1)
        if not ts.isdigit() or not hmac.compare_digest(sig, self._sign(claim_id, ts)):
            return False
        age = (time.time() if now is None else now) - int(ts)
        return -60 <= age <= self.max_age

    def _sign(self, claim_id: int, ts: str) -> str:
        return hmac.new(self.secret, f"rerun:{claim_id}:{ts}".encode(), hashlib.sha256).hexdigest()


def client_key(host: str | None) -> str:
    """Clients are counted by address; stored hashed."""
    return hashlib.sha256((host or "unknown").encode()).hexdigest()[:32]
