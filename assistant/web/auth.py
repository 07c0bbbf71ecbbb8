"""Staff desk users: password hashes, where they are configured, and the login check.

Users come from the environment variable ``DISCLOSURE_QA_USERS`` (``Settings.users_env``) and/or
the file ``DISCLOSURE_QA_USERS_FILE`` (``Settings.users_file``); both map a username to a password
hash, never a clear password:

- environment: ``alice=HASH,bob=HASH`` (``:`` also accepted between name and hash);
- file (TOML or JSON): ``alice = "HASH"`` lines, optionally under ``[users]``, or
  ``{"alice": "HASH"}``.

A HASH is ``scrypt$N$r$p$SALT$KEY`` (salt and key base64, made by ``hash_password``) or
``pbkdf2_sha256$ITERATIONS$SALT$KEY``. Make one with::

    python -m assistant.web.auth hash          # asks for the password twice

This module uses the standard library only (it runs without the rest of disclosure-qa).
"""
from __future__ import annotations

import base64
import contextvars
import getpass
import hashlib
import hmac
import json
import os
import secrets
import sys
import threading
import time
import tomllib
from pathlib import Path

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
MAX_FAILURES = 5            # failed logins of one username within WINDOW_SECONDS before a lockout
WINDOW_SECONDS = 15 * 60


class UsersError(Exception):
    """The users configuration cannot be read (bad file, bad hash); the message names the source."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """A salted scrypt hash of ``password`` as ``scrypt$N$r$p$SALT$KEY`` (base64 parts)."""
    salt = salt or secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def check_hash(stored: str) -> None:
    """Raise UsersError if ``stored`` is not a hash this module can verify."""
    parts = stored.split("$")
    try:
        if parts[0] == "scrypt" and len(parts) == 6:
            int(parts[1]), int(parts[2]), int(parts[3])
        elif parts[0] == "pbkdf2_sha256" and len(parts) == 4:
            int(parts[1])
        else:
            raise ValueError
        base64.b64decode(parts[-2], validate=True), base64.b64decode(parts[-1], validate=True)
    except (ValueError, IndexError):
        raise UsersError("不是可识别的密码哈希（应为 scrypt$… 或 pbkdf2_sha256$…，"
                         "用 python -m assistant.web.auth hash 生成）") from None


def verify_password(password: str, stored: str) -> bool:
    """True if ``password`` matches the hash ``stored`` (constant-time comparison)."""
    parts = stored.split("$")
    try:
        if parts[0] == "scrypt":
            n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
            salt, key = base64.b64decode(parts[4]), base64.b64decode(parts[5])
            got = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(key),
                                 maxmem=256 * 1024 * 1024)
        elif parts[0] == "pbkdf2_sha256":
            iterations = int(parts[1])
            salt, key = base64.b64decode(parts[2]), base64.b64decode(parts[3])
            got = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations, dklen=len(key))
        else:
            return False
    except (ValueError, IndexError):
        return False
    return hmac.compare_digest(got, key)


# --------------------------------------------------------------------------- configuration
def parse_users_env(value: str) -> dict[str, str]:
    """``alice=HASH,bob=HASH`` → {"alice": HASH, ...}; raises UsersError on a malformed entry."""
    users: dict[str, str] = {}
    for entry in value.replace(";", ",").split(","):
        entry = entry.strip()
        if not entry:
            continue
        sep = "=" if "=" in entry.split("$")[0] else ":"
        name, _, hashed = entry.partition(sep)
        name, hashed = name.strip(), hashed.strip()
        if not name or not hashed:
            raise UsersError(f"DISCLOSURE_QA_USERS: 条目 {entry[:20]!r}… 应为 用户名=密码哈希")
        check_hash(hashed)
        users[name] = hashed
    return users


def read_users_file(path: str | os.PathLike) -> dict[str, str]:
    """Users of a TOML or JSON file (see module docstring); raises UsersError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UsersError(f"{path}: 无法读取用户文件（{exc.strerror}）") from None
    try:
        data = json.loads(text) if text.lstrip().startswith("{") else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise UsersError(f"{path}: 不是有效的 TOML/JSON（{exc}）") from None
    if isinstance(data.get("users"), dict):
        data = data["users"]
    users = {}
    for name, hashed in data.items():
        if not isinstance(hashed, str):
            raise UsersError(f"{path}: 用户 {name!r} 的值应为密码哈希字符串")
        try:
            check_hash(hashed)
        except UsersError as exc:
            raise UsersError(f"{path}: 用户 {name!r}: {exc}") from None
        users[str(name)] = hashed
    return users


def load_users(users_file: str | os.PathLike | None, users_env: str | None) -> dict[str, str]:
    """All configured staff users (file first, then the environment value overriding by name)."""
    users: dict[str, str] = {}
    if users_file:
        users.update(read_users_file(users_file))
    if users_env:
        users.update(parse_users_env(users_env))
    return users


# --------------------------------------------------------------------------- login check
# the address of the login request being checked, set by the web app's login middleware
client_address: contextvars.ContextVar[str] = contextvars.ContextVar("client_address", default="")

LOGINS_PER_ADDRESS = 10         # login attempts one address may make within ADDRESS_WINDOW seconds
ADDRESS_WINDOW = 5 * 60
LOGINS_GLOBAL = 60              # login attempts of all addresses together within GLOBAL_WINDOW seconds
GLOBAL_WINDOW = 60


class LoginLimiter:
    """Sliding-window limits on login attempts, checked before any password hash is computed:
    per client address and for all addresses together. ``allow(address)`` → seconds to wait
    (0 when the attempt may go ahead; it is then counted)."""

    def __init__(self, clock=time.monotonic, per_address: int = LOGINS_PER_ADDRESS,
                 address_window: float = ADDRESS_WINDOW, overall: int = LOGINS_GLOBAL,
                 overall_window: float = GLOBAL_WINDOW):
        self.clock = clock
        self.per_address, self.address_window = per_address, address_window
        self.overall, self.overall_window = overall, overall_window
        self._by_address: dict[str, list[float]] = {}
        self._all: list[float] = []
        self._lock = threading.Lock()

    def allow(self, address: str) -> float:
        now = self.clock()
        with self._lock:
            mine = [t for t in self._by_address.get(address, []) if now - t < self.address_window]
            self._all = [t for t in self._all if now - t < self.overall_window]
            if len(mine) >= self.per_address:
                self._by_address[address] = mine
                return mine[0] + self.address_window - now
            if len(self._all) >= self.overall:
                return self._all[0] + self.overall_window - now
            mine.append(now)
            self._by_address[address] = mine
            self._all.append(now)
            if len(self._by_address) > 10_000:          # bounded memory under a spread-out flood
                self._by_address = {a: ts for a, ts in self._by_address.items() if ts and now - ts[-1] < self.address_window}
            return 0.0


class Authenticator:
    """Callable ``(username, password) -> bool`` for ``gr.mount_gradio_app(auth=...)``.

    Gives no hint which part was wrong: an unknown name costs the same hash work as a wrong
    password. After MAX_FAILURES failures of one username from one address (``client_address``)
    within WINDOW_SECONDS, that name is refused from that address until the window passes — a
    flood from elsewhere cannot lock a staff member out.
    """

    def __init__(self, users: dict[str, str], clock=time.monotonic):
        self.users = dict(users)
        self.clock = clock
        self._failures: dict[tuple[str, str], list[float]] = {}
        self._lock = threading.Lock()
        self._dummy = hash_password(secrets.token_hex(8))

    def _locked(self, key: tuple[str, str], now: float) -> bool:
        with self._lock:
            recent = [t for t in self._failures.get(key, []) if now - t < WINDOW_SECONDS]
            self._failures[key] = recent
            return len(recent) >= MAX_FAILURES

    def __call__(self, username: str, password: str) -> bool:
        now = self.clock()
        username = (username or "").strip()
        key = (username, client_address.get())
        if self._locked(key, now):
            return False
        stored = self.users.get(username)
        ok = verify_password(password or "", stored or self._dummy) and stored is not None
        if not ok:
            with self._lock:
                self._failures.setdefault(key, []).append(now)
        return ok


# --------------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    """``python -m assistant.web.auth hash [USERNAME]``: print a password hash (or a
    ``USERNAME = "HASH"`` line for a users file). The password is asked twice on a terminal, or
    read as one line from standard input."""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] != "hash" or len(argv) > 2:
        print("用法: python -m assistant.web.auth hash [用户名]", file=sys.stderr)
        return 2
    if sys.stdin.isatty():
        password = getpass.getpass("密码: ")
        if password != getpass.getpass("再输入一次: "):
            print("两次输入不一致", file=sys.stderr)
            return 1
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        print("密码不能为空", file=sys.stderr)
        return 1
    hashed = hash_password(password)
    print(f'{argv[1]} = "{hashed}"' if len(argv) == 2 else hashed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
