"""Signed content bundles: a good one installs; every kind of bad one changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils

from briefing import paths
from briefing.core.errors import BadInput, BriefingError, Integrity, NotFound, StoreError
from briefing.library import bundle, signing
from briefing.library.build import build_content
from briefing.library.store import LibraryStore

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "library"
OLD_13 = "Kunnan on laadittava kotoutumisen edistämiseksi kotoutumisohjelma"
NEW_13 = "Kunnan on laadittava joka neljäs vuosi kotoutumisohjelma"

Keys = dict[str, signing.PublicKey]


def make_library(src: Path, out: Path, built_at: str, new_text: bool = False) -> Path:
    """A content.db from the test sources, dated ``built_at``; optionally with §13 amended."""
    if new_text:
        shutil.copytree(src, out.parent / "src")
        act = out.parent / "src" / "legislation" / "act-681-2023.fi.md"
        act.write_text(act.read_text("utf-8").replace(OLD_13, NEW_13), "utf-8")
        src = out.parent / "src"
    build_content(src, out)
    db = sqlite_utils.Database(out)
    db.execute("UPDATE meta SET value = ? WHERE key = 'built_at'", [built_at])
    db.conn.commit()
    db.close()
    return out


@pytest.fixture(scope="module")
def libs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("libs")
    (base / "v1").mkdir()
    (base / "v2").mkdir()
    return {
        "v1": make_library(FIXTURES, base / "v1" / "content.db", "2026-01-01T00:00:00+00:00"),
        "v2": make_library(FIXTURES, base / "v2" / "content.db", "2026-02-01T00:00:00+00:00", True),
    }


@pytest.fixture(scope="module")
def publisher(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Keys]:
    key, pub, _id = signing.generate_keypair(tmp_path_factory.mktemp("keys"))
    return key, signing.trusted_keys([pub])


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return tmp_path / "profile"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _installed_state(profile: Path) -> tuple[str, list[str]]:
    """The installed database's hash and every file in the content folder."""
    target = paths.installed_content(profile)
    files = sorted(p.name for p in target.parent.iterdir()) if target.parent.exists() else []
    return (_digest(target) if target.exists() else ""), files


def _rezip(src: Path, out: Path, change: Callable[[str, bytes], tuple[str, bytes] | None]) -> Path:
    """A copy of a bundle with members renamed, altered or dropped by ``change``."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            result = change(info.filename, old.read(info))
            if result is not None:
                new.writestr(result[0], result[1])
    return out


def test_pack_verify_install_round_trip(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys], profile: Path
) -> None:
    key, trusted = publisher
    out = tmp_path / "v1.briefing-content"
    packed = bundle.pack(libs["v1"], out, key)
    verified = bundle.verify(out, trusted)
    assert verified == packed
    assert verified.db_sha256 == _digest(libs["v1"])
    result = bundle.install(out, profile, trusted)
    assert result.changed and result.previous_version == ""
    store = LibraryStore(paths.installed_content(profile))
    try:
        assert store.version().version == packed.content_version
        assert store.get_section("act-681-2023/s-13", lang="fi").body.startswith(OLD_13)
    finally:
        store.close()
    origin = bundle.installed_manifest(profile)
    assert origin is not None and origin["bundle"] == str(out.resolve())
    assert origin["key_id"] == packed.key_id
    # Installing the same bundle again is a no-op that says so.
    assert bundle.install(out, profile, trusted).changed is False


def test_update_keeps_the_previous_content_for_rollback(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys], profile: Path
) -> None:
    key, trusted = publisher
    one = bundle.pack(libs["v1"], tmp_path / "1.briefing-content", key)
    two = bundle.pack(libs["v2"], tmp_path / "2.briefing-content", key)
    bundle.install(tmp_path / "1.briefing-content", profile, trusted)
    result = bundle.install(tmp_path / "2.briefing-content", profile, trusted)
    assert (result.previous_version, result.manifest.content_version) == (
        one.content_version,
        two.content_version,
    )
    target = paths.installed_content(profile)
    assert _digest(target) == _digest(libs["v2"])
    assert _digest(target.with_name(bundle.PREVIOUS)) == _digest(libs["v1"])
    assert bundle.rollback(profile) == (two.content_version, one.content_version)
    assert _digest(target) == _digest(libs["v1"])
    assert bundle.installed_manifest(profile) is None  # no longer from the bundle it names


def _tampered_db(src: Path, out: Path) -> Path:
    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name == bundle.DATABASE:
            pos = data.index(b"Kunnan on laadittava")
            data = data[:pos] + b"X" + data[pos + 1 :]
        return name, data

    return _rezip(src, out, change)


def _tampered_manifest(src: Path, out: Path) -> Path:
    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name == bundle.MANIFEST:
            data = data.replace(b'"format": 1', b'"format": 1 ')
        return name, data

    return _rezip(src, out, change)


def _traversal(src: Path, out: Path) -> Path:
    return _rezip(
        src, out, lambda n, d: ("../../evil.db" if n == bundle.DATABASE else n, d)
    )  # fmt: skip


def _extra_member(src: Path, out: Path) -> Path:
    _rezip(src, out, lambda n, d: (n, d))
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("autorun.sh", b"rm -rf ~")
    return out


def _truncated(src: Path, out: Path) -> Path:
    data = src.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def _not_a_bundle(src: Path, out: Path) -> Path:
    out.write_bytes(b"PK\x03\x04 but nothing after the magic")
    return out


def _zip_bomb(src: Path, out: Path) -> Path:
    return _rezip(
        src, out, lambda n, d: (n, b"\0" * (20 * 1024 * 1024) if n == bundle.DATABASE else d)
    )  # fmt: skip


REFUSALS: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "tampered db": (_tampered_db, "does not match its signed manifest"),
    "tampered manifest": (_tampered_manifest, "bad signature"),
    "path traversal": (_traversal, "unsafe member name '../../evil.db'"),
    "extra member": (_extra_member, "unexpected contents"),
    "truncated": (_truncated, "damaged or truncated"),
    "not a bundle": (_not_a_bundle, "damaged or truncated"),
    "zip bomb": (_zip_bomb, "zip bomb"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_bad_bundles_are_refused_and_change_nothing(
    case: str,
    tmp_path: Path,
    libs: dict[str, Path],
    publisher: tuple[Path, Keys],
    profile: Path,
) -> None:
    key, trusted = publisher
    bundle.pack(libs["v1"], tmp_path / "1.briefing-content", key)
    bundle.install(tmp_path / "1.briefing-content", profile, trusted)
    before = _installed_state(profile)
    good = tmp_path / "2.briefing-content"
    bundle.pack(libs["v2"], good, key)
    make, message = REFUSALS[case]
    bad = make(good, tmp_path / "bad.briefing-content")
    with pytest.raises(Integrity, match="the installed content is unchanged") as refused:
        bundle.install(bad, profile, trusted)
    assert message in str(refused.value)
    assert "\n" not in str(refused.value)
    with pytest.raises(Integrity):
        bundle.verify(bad, trusted)
    assert _installed_state(profile) == before
    assert not (tmp_path / "evil.db").exists() and not (tmp_path.parent / "evil.db").exists()


def test_untrusted_key_is_refused(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys], profile: Path
) -> None:
    _key, trusted = publisher
    stranger, _pub, stranger_id = signing.generate_keypair(tmp_path / "other", "stranger")
    out = tmp_path / "x.briefing-content"
    bundle.pack(libs["v1"], out, stranger)
    with pytest.raises(Integrity, match=f"untrusted key '{stranger_id}'"):
        bundle.install(out, profile, trusted)
    assert _installed_state(profile) == ("", [])


def test_a_downgrade_needs_allow_older(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys], profile: Path
) -> None:
    key, trusted = publisher
    bundle.pack(libs["v1"], tmp_path / "1.briefing-content", key)
    bundle.pack(libs["v2"], tmp_path / "2.briefing-content", key)
    bundle.install(tmp_path / "2.briefing-content", profile, trusted)
    before = _installed_state(profile)
    with pytest.raises(Integrity, match=r"older .* --allow-older"):
        bundle.install(tmp_path / "1.briefing-content", profile, trusted)
    assert _installed_state(profile) == before
    bundle.install(tmp_path / "1.briefing-content", profile, trusted, allow_older=True)
    assert _digest(paths.installed_content(profile)) == _digest(libs["v1"])


def test_a_crash_between_steps_leaves_the_old_content(
    tmp_path: Path,
    libs: dict[str, Path],
    publisher: tuple[Path, Keys],
    profile: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key, trusted = publisher
    bundle.pack(libs["v1"], tmp_path / "1.briefing-content", key)
    bundle.pack(libs["v2"], tmp_path / "2.briefing-content", key)
    bundle.install(tmp_path / "1.briefing-content", profile, trusted)
    target = paths.installed_content(profile)
    real_replace = bundle.os.replace

    def power_cut(src: str | Path, dst: str | Path) -> None:
        if Path(dst) == target:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(bundle.os, "replace", power_cut)
    with pytest.raises(StoreError, match="No space left on device"):
        bundle.install(tmp_path / "2.briefing-content", profile, trusted)
    monkeypatch.undo()
    assert _digest(target) == _digest(libs["v1"])
    leftovers = [p.name for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    # And the update goes through once the disk has room again.
    assert bundle.install(tmp_path / "2.briefing-content", profile, trusted).changed


def test_a_bundle_as_content_is_extracted_once(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys], profile: Path
) -> None:
    key, trusted = publisher
    out = tmp_path / "1.briefing-content"
    bundle.pack(libs["v1"], out, key)
    assert bundle.usable_content(profile, libs["v1"], trusted) == libs["v1"]
    first = bundle.usable_content(profile, out, trusted)
    assert _digest(first) == _digest(libs["v1"]) and profile in first.parents
    stamp = first.stat().st_mtime_ns
    assert bundle.usable_content(profile, out, trusted) == first
    assert first.stat().st_mtime_ns == stamp
    with pytest.raises(Integrity, match="untrusted key"):
        bundle.usable_content(profile, out, {})


def test_pack_refuses_what_is_not_a_library_or_not_a_key(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys]
) -> None:
    key, _trusted = publisher
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite")
    with pytest.raises(StoreError):
        bundle.pack(junk, tmp_path / "x.briefing-content", key)
    with pytest.raises(BadInput, match="not an unencrypted PEM private key"):
        bundle.pack(libs["v1"], tmp_path / "x.briefing-content", junk)
    assert not (tmp_path / "x.briefing-content").exists()


def test_keygen_never_overwrites_a_key(tmp_path: Path) -> None:
    key, pub, key_id = signing.generate_keypair(tmp_path)
    assert (key.stat().st_mode & 0o077) == 0  # the private key is the owner's alone
    assert signing.load_public_key(pub).key_id == key_id
    before = key.read_bytes()
    with pytest.raises(BadInput, match="already exists"):
        signing.generate_keypair(tmp_path)
    assert key.read_bytes() == before


def test_keygen_cut_short_leaves_no_half_key_and_can_be_run_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def power_cut(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(StoreError, match="cannot write"):
        signing.generate_keypair(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no key, no temp file
    monkeypatch.setattr(os, "fsync", real_fsync)
    key, pub, key_id = signing.generate_keypair(tmp_path)
    assert signing.load_public_key(pub).key_id == key_id
    assert signing.load_private_key(key)


def test_keygen_works_where_files_cannot_be_hard_linked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FAT and exFAT (a publisher's USB stick) have no hard links.
    def no_links(src: object, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    key, pub, key_id = signing.generate_keypair(tmp_path)
    assert signing.load_public_key(pub).key_id == key_id
    assert signing.load_private_key(key)
    assert (key.stat().st_mode & 0o077) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["publisher.key", "publisher.pub"]
    with pytest.raises(BadInput, match="already exists"):
        signing.generate_keypair(tmp_path)


def test_keys_beside_the_policy_file_are_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "it" / "policy.ini"
    monkeypatch.setenv(paths.POLICY_ENV, str(policy))
    _key, _pub, key_id = signing.generate_keypair(policy.parent / "keys", "org")
    (policy.parent / "keys" / "README.pub").write_text("not a key", "utf-8")
    assert key_id in signing.trusted_keys()
    with pytest.raises(NotFound):
        signing.trusted_keys([tmp_path / "missing.pub"])


def test_manifest_records_what_it_signs(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys]
) -> None:
    key, _trusted = publisher
    out = tmp_path / "1.briefing-content"
    manifest = bundle.pack(libs["v1"], out, key)
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == sorted(bundle.MEMBERS)
        raw = json.loads(archive.read(bundle.MANIFEST))
    assert raw["db_size"] == libs["v1"].stat().st_size
    assert raw["built_at"] == "2026-01-01T00:00:00+00:00"
    assert raw["counts"] == manifest.counts and raw["sections"] == manifest.sections > 0
    assert isinstance(BriefingError("x"), Exception)


def test_any_flipped_byte_is_refused_cleanly_or_harmless(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys]
) -> None:
    """Damage anywhere in the file: a clean refusal, never a crash, never other content."""
    key, trusted = publisher
    good = tmp_path / "1.briefing-content"
    manifest = bundle.pack(libs["v1"], good, key)
    data = good.read_bytes()
    bad = tmp_path / "bad.briefing-content"
    refused = 0
    for pos in range(0, len(data), max(1, len(data) // 150)):
        bad.write_bytes(data[:pos] + bytes([data[pos] ^ 0x41]) + data[pos + 1 :])
        try:
            assert bundle.verify(bad, trusted) == manifest  # e.g. a timestamp byte
        except Integrity:
            refused += 1
    assert refused > 100


def test_a_full_disk_while_extracting_leaves_nothing_behind(
    tmp_path: Path,
    libs: dict[str, Path],
    publisher: tuple[Path, Keys],
    profile: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key, trusted = publisher
    bundle.pack(libs["v1"], tmp_path / "1.briefing-content", key)
    bundle.pack(libs["v2"], tmp_path / "2.briefing-content", key)
    bundle.install(tmp_path / "1.briefing-content", profile, trusted)
    before = _installed_state(profile)

    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle.os, "fsync", full)
    with pytest.raises(StoreError, match="No space left on device"):
        bundle.install(tmp_path / "2.briefing-content", profile, trusted)
    assert _installed_state(profile) == before


def test_rollback_needs_a_previous_content(profile: Path) -> None:
    with pytest.raises(NotFound, match="no previous content"):
        bundle.rollback(profile)


def test_pack_takes_the_key_from_the_environment(
    tmp_path: Path,
    libs: dict[str, Path],
    publisher: tuple[Path, Keys],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key, trusted = publisher
    with pytest.raises(BadInput, match="BRIEFING_SIGNING_KEY"):
        signing.signing_key_path(None)
    monkeypatch.setenv(signing.SIGNING_KEY_ENV, str(key))
    out = tmp_path / "env.briefing-content"
    bundle.pack(libs["v1"], out, signing.signing_key_path(None))
    assert bundle.verify(out, trusted).key_id in trusted


def test_installs_at_the_same_time_end_with_one_whole_content(
    tmp_path: Path, libs: dict[str, Path], publisher: tuple[Path, Keys], profile: Path
) -> None:
    """Two logons of one roaming profile: neither fails, the result is one whole library."""
    import threading

    key, trusted = publisher
    bundle.pack(libs["v1"], tmp_path / "1.briefing-content", key)
    bundle.pack(libs["v2"], tmp_path / "2.briefing-content", key)
    bundle.install(tmp_path / "1.briefing-content", profile, trusted)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            bundle.install(tmp_path / "2.briefing-content", profile, trusted)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _digest(paths.installed_content(profile)) == _digest(libs["v2"])
    assert [
        p.name for p in paths.installed_content(profile).parent.iterdir() if p.suffix == ".tmp"
    ] == []


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"format": 2, "extra": "from a newer publisher"}, "bundle format 2 is not supported"),
        ({"schema": 999}, "made for library schema 999"),
        ({"schema": 1}, "made for library schema 1"),
        ({"db_size": "118784"}, "the manifest is not valid"),
        ({"built_at": "yesterday"}, "the manifest is not valid"),
    ],
)
def test_a_signed_but_unusable_manifest_is_refused(
    edit: dict[str, object],
    message: str,
    tmp_path: Path,
    libs: dict[str, Path],
    publisher: tuple[Path, Keys],
) -> None:
    key, trusted = publisher
    good = tmp_path / "1.briefing-content"
    bundle.pack(libs["v1"], good, key)
    private = signing.load_private_key(key)
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read(bundle.MANIFEST)) | edit
        db = archive.read(bundle.DATABASE)
    data = json.dumps(manifest).encode()
    bad = tmp_path / "resigned.briefing-content"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(bundle.MANIFEST, data)
        archive.writestr(bundle.SIGNATURE, signing.sign(private, data))
        archive.writestr(bundle.DATABASE, db)
    with pytest.raises(Integrity, match=message):
        bundle.verify(bad, trusted)
