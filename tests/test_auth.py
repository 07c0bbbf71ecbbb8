"""Staff desk users: hashes, configuration formats, the login check and its lockout."""
from __future__ import annotations

import io
import json

import pytest

from assistant.web import auth
from assistant.web.auth import Authenticator, UsersError, hash_password, load_users, parse_users_env, \
    read_users_file, verify_password


@pytest.fixture(scope="module")
def alice_hash():
    return hash_password("s3cret-密码")


def test_hash_is_salted_and_verifies(alice_hash):
    assert alice_hash.startswith("scrypt$")
    assert "s3cret" not in alice_hash
    assert hash_password("s3cret-密码") != alice_hash          # a fresh salt each time
    assert verify_password("s3cret-密码", alice_hash)
    assert not verify_password("s3cret-密码 ", alice_hash)
    assert not verify_password("", alice_hash)


def test_pbkdf2_hashes_are_accepted():
    import base64
    import hashlib

    salt = b"0123456789abcdef"
    key = hashlib.pbkdf2_hmac("sha256", b"pw", salt, 1000)
    stored = f"pbkdf2_sha256$1000${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    assert verify_password("pw", stored)
    assert not verify_password("pw2", stored)
    assert parse_users_env(f"bob={stored}") == {"bob": stored}


def test_users_from_environment_value(alice_hash):
    bob = hash_password("other")
    users = parse_users_env(f"alice={alice_hash}, bob:{bob}")
    assert users == {"alice": alice_hash, "bob": bob}
    with pytest.raises(UsersError):
        parse_users_env("alice=plaintext-password")
    with pytest.raises(UsersError):
        parse_users_env("=" + alice_hash)


def test_users_from_toml_and_json_files(tmp_path, alice_hash):
    toml = tmp_path / "users.toml"
    toml.write_text(f'[users]\nalice = "{alice_hash}"\n', encoding="utf-8")
    assert read_users_file(toml) == {"alice": alice_hash}
    js = tmp_path / "users.json"
    js.write_text(json.dumps({"carol": alice_hash}), encoding="utf-8")
    assert read_users_file(js) == {"carol": alice_hash}
    # file first, then the environment overrides by name
    bob = hash_password("x")
    assert load_users(toml, f"alice={bob}") == {"alice": bob}
    assert load_users(None, None) == {}


def test_bad_users_files_name_the_file(tmp_path):
    bad = tmp_path / "users.toml"
    bad.write_text('alice = "not-a-hash"\n', encoding="utf-8")
    with pytest.raises(UsersError, match="users.toml"):
        read_users_file(bad)
    with pytest.raises(UsersError, match="missing.toml"):
        read_users_file(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("alice = \n", encoding="utf-8")
    with pytest.raises(UsersError, match="broken.toml"):
        read_users_file(broken)


def test_login_check_gives_no_hint(alice_hash):
    check = Authenticator({"alice": alice_hash})
    assert check("alice", "s3cret-密码")
    assert check(" alice ", "s3cret-密码")                    # the login form may keep spaces
    assert check("alice", "wrong") is False
    assert check("mallory", "s3cret-密码") is False           # unknown name: same answer as a wrong password
    assert check("", "") is False


def test_lockout_after_repeated_failures(alice_hash):
    now = [1000.0]
    check = Authenticator({"alice": alice_hash}, clock=lambda: now[0])
    for _ in range(auth.MAX_FAILURES):
        assert not check("alice", "guess")
    assert not check("alice", "s3cret-密码")                  # locked: even the right password is refused
    now[0] += auth.WINDOW_SECONDS + 1
    assert check("alice", "s3cret-密码")                      # the window has passed


def test_hash_command_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("pw-from-stdin\n"))
    assert auth.main(["hash", "alice"]) == 0
    line = capsys.readouterr().out.strip()
    name, _, quoted = line.partition(" = ")
    assert name == "alice"
    assert verify_password("pw-from-stdin", json.loads(quoted))
    assert auth.main(["nonsense"]) == 2


def test_a_lockout_is_per_address(alice_hash):
    # a flood of wrong tries from one address must not lock the staff member out elsewhere
    check = Authenticator({"alice": alice_hash})
    token = auth.client_address.set("10.0.0.66")
    try:
        for _ in range(auth.MAX_FAILURES):
            assert not check("alice", "guess")
        assert not check("alice", "s3cret-密码")
    finally:
        auth.client_address.reset(token)
    token = auth.client_address.set("10.0.0.7")
    try:
        assert check("alice", "s3cret-密码")
    finally:
        auth.client_address.reset(token)


def test_login_limiter_per_address_and_overall():
    now = [0.0]
    limiter = auth.LoginLimiter(clock=lambda: now[0], per_address=3, address_window=60, overall=5, overall_window=10)
    assert [limiter.allow("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.allow("a") == pytest.approx(60.0)          # fourth try from a: wait a minute
    assert limiter.allow("b") == 0.0 and limiter.allow("c") == 0.0
    assert limiter.allow("d") == pytest.approx(10.0)          # 5 attempts in 10 s overall
    now[0] = 61.0
    assert limiter.allow("a") == 0.0
