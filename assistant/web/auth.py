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
class Authenticator:
    """Callable ``(username, password) -> bool`` for ``gr.mount_gradio_app(auth=...)``.

    Gives no hint which part was wrong: an unknown name costs the same hash work as a wrong
    password. After MAX_FAILURES failures of one username within WINDOW_SECONDS every login of
    that name is refused until the window passes.
    """

    def __init__(self, users: dict[str, str], clock=time.monotonic):
        self.users = dict(users)
        self.clock = clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        self._dummy = hash_password(secrets.token_hex(8))

    def _locked(self, username: str, now: float) -> bool:
        with self._lock:
            recent = [t for t in self._failures.get(username, []) if now - t < WINDOW_SECONDS]
            self._failures[username] = recent
            return len(recent) >= MAX_FAILURES

    def __call__(self, username: str, password: str) -> bool:
        now = self.clock()
        username = (username or "").strip()
        stored = self.users.get(username)
        ok = verify_password(password or "", stored or self._dummy) and stored is not None
        if self._locked(username, now):
            return False
        if not ok:
            with self._lock:
                self._failures.setdefault(username, []).append(now)
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
