"""Signed content bundles: pack a content.db, verify one, install it atomically.

A bundle is a zip with exactly three members: ``manifest.json`` (what the database
is and its SHA-256), ``manifest.sig`` (Ed25519 over the manifest's exact bytes) and
``content.db``. Nothing is trusted before the signature checks out, and the database
is only ever extracted to a temporary file in the folder it will end up in, hashed
on the way, opened as a library, and then swapped in with ``os.replace``. The
file format and its checks are in ``bundle_file``; this module is what callers use.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing import atomic, paths
from briefing.core.errors import Integrity, NotFound, StoreError
from briefing.library import signing
from briefing.library.build import SCHEMA_VERSION
from briefing.library.bundle_file import (
    CHUNK,
    DATABASE,
    FORMAT,
    MANIFEST,
    MEMBERS,
    SIGNATURE,
    SUFFIX,
    Manifest,
    check_members,
    copy_checked,
    is_bundle,
    open_zip,
    read_manifest,
    refuse,
    sha256_of,
)
from briefing.library.store import LibraryStore

__all__ = [
    "CHUNK",
    "DATABASE",
    "MANIFEST",
    "MEMBERS",
    "PREVIOUS",
    "SIGNATURE",
    "SUFFIX",
    "Installed",
    "Manifest",
    "extract_verified",
    "install",
    "installed_manifest",
    "is_bundle",
    "pack",
    "read_manifest",
    "rollback",
    "usable_content",
    "verify",
]

PREVIOUS = "content.db.previous"
ORIGIN = "installed.json"


@dataclass(frozen=True)
class Installed:
    """The outcome of ``install``: what is in place now and what it replaced."""

    manifest: Manifest
    path: Path
    previous_version: str  # "" when there was no installed content
    changed: bool  # False when this version was installed already


# --- pack ---------------------------------------------------------------------------


def pack(db: Path, out: Path, key_file: Path) -> Manifest:
    """Write a signed bundle of ``db`` to ``out`` (atomically); the key is a PEM private key."""
    private = signing.load_private_key(key_file)
    store = LibraryStore(db)  # refuses a file that is not a current library database
    try:
        version = store.version()
    finally:
        store.close()
    manifest = Manifest(
        format=FORMAT,
        content_version=version.version,
        built_at=version.built_at.isoformat(),
        packed_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        schema=SCHEMA_VERSION,
        counts=version.counts,
        sections=version.sections,
        db_sha256=sha256_of(db),
        db_size=db.stat().st_size,
        key_id=signing.key_id(private.public_key()),
    )
    data = json.dumps(asdict(manifest), indent=2, sort_keys=True).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with (
            atomic.writing(out) as stream,
            zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            archive.writestr(MANIFEST, data)
            archive.writestr(SIGNATURE, signing.sign(private, data))
            archive.write(db, DATABASE)
    except OSError as exc:
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from None
    return manifest


# --- verify -------------------------------------------------------------------------


def _check_library(bundle: Path, db: Path, manifest: Manifest) -> None:
    try:
        store = LibraryStore(db)
    except StoreError as exc:
        raise refuse(bundle, f"content.db is not a usable library ({exc})") from None
    try:
        version = store.version().version
    finally:
        store.close()
    if version != manifest.content_version:
        raise refuse(bundle, "content.db holds another version than its manifest says")


def extract_verified(
    bundle: Path, folder: Path, trusted: dict[str, signing.PublicKey]
) -> tuple[Manifest, Path]:
    """Verify everything and leave the database in a temp file in ``folder``; caller moves it."""
    manifest = read_manifest(bundle, trusted)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = atomic.new_temp(folder / DATABASE)
    try:
        with open_zip(bundle) as archive:
            check_members(bundle, archive)
            copy_checked(bundle, archive, manifest, tmp)
        _check_library(bundle, tmp, manifest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return manifest, tmp


def verify(bundle: Path, trusted: dict[str, signing.PublicKey]) -> Manifest:
    """Every check ``install`` makes, without installing anything."""
    with tempfile.TemporaryDirectory(prefix="briefing-verify-") as folder:
        manifest, _tmp = extract_verified(bundle, Path(folder), trusted)
    return manifest


# --- install ------------------------------------------------------------------------


def installed_manifest(profile: Path) -> dict[str, Any] | None:
    """Where the installed content came from (``installed.json``), if it still describes it."""
    target = paths.installed_content(profile)
    try:
        origin: dict[str, Any] = json.loads((target.parent / ORIGIN).read_text("utf-8"))
        store = LibraryStore(target)
    except (OSError, ValueError, StoreError):
        return None
    try:
        current = store.version().version
    finally:
        store.close()
    return origin if origin.get("content_version") == current else None


def _current_version(target: Path) -> tuple[str, datetime | None]:
    if not target.exists():
        return "", None
    try:
        store = LibraryStore(target)
    except StoreError:
        return "", None  # a broken installed library: anything valid is better
    try:
        version = store.version()
    finally:
        store.close()
    return version.version, version.built_at


def _keep_previous(target: Path) -> None:
    """Make ``content.db.previous`` a copy of the current content; the current stays in place."""
    staged = target.with_name(f".{PREVIOUS}.{os.urandom(4).hex()}.tmp")  # two installs at once
    staged.unlink(missing_ok=True)
    try:
        try:
            os.link(target, staged)  # no copy, no moment without a content.db
        except OSError:
            shutil.copy2(target, staged)
        atomic.replace(staged, target.with_name(PREVIOUS))
    finally:
        # rename() between two links of one file does nothing and leaves ``staged``.
        staged.unlink(missing_ok=True)


def install(
    bundle: Path,
    profile: Path,
    trusted: dict[str, signing.PublicKey],
    allow_older: bool = False,
) -> Installed:
    """Verify ``bundle`` and make its database the profile's installed content, atomically."""
    target = paths.installed_content(profile)
    manifest = read_manifest(bundle, trusted)
    current, current_built = _current_version(target)
    if current == manifest.content_version:
        return Installed(manifest, target, current, changed=False)
    if current_built and manifest.built() < current_built and not allow_older:
        raise refuse(
            bundle,
            f"it is older ({manifest.built_at}) than the installed content"
            f" ({current_built.isoformat()}); use --allow-older to go back",
        )
    try:
        manifest, tmp = extract_verified(bundle, target.parent, trusted)
        try:
            if target.exists():
                _keep_previous(target)
            atomic.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        origin = {**asdict(manifest), "bundle": str(bundle.resolve())}
        origin["installed_at"] = datetime.now(UTC).replace(microsecond=0).isoformat()
        atomic.write_text(target.parent / ORIGIN, json.dumps(origin, indent=2, sort_keys=True))
    except OSError as exc:
        raise StoreError(
            f"cannot install into {target.parent}: {exc.strerror or exc}"
            " (is Briefing open? close it and try again)"
        ) from None
    return Installed(manifest, target, current, changed=True)


def rollback(profile: Path) -> tuple[str, str]:
    """Swap the installed content with the one it replaced; returns (from, to) versions."""
    target = paths.installed_content(profile)
    previous = target.with_name(PREVIOUS)
    if not previous.is_file():
        raise NotFound(f"no previous content to go back to in {target.parent}")
    before, _ = _current_version(target)
    after, _ = _current_version(previous)
    if not after:
        raise Integrity(f"{previous} is not a usable library; the installed content is unchanged")
    try:
        with atomic.staged(target) as staged:
            shutil.copy2(previous, staged)
            if target.exists():
                _keep_previous(target)
    except OSError as exc:
        raise StoreError(f"cannot roll back in {target.parent}: {exc.strerror or exc}") from None
    with contextlib.suppress(OSError):
        (target.parent / ORIGIN).unlink()
    return before, after


# --- a bundle named as --content ----------------------------------------------------


def usable_content(
    profile: Path, content: Path, trusted: dict[str, signing.PublicKey] | None = None
) -> Path:
    """``content`` itself, or for a bundle its verified database in the profile's cache.

    The signature is checked every time (cheap); the database is extracted and hashed
    only the first time, into a file named after its signed hash.
    """
    if not is_bundle(content):
        return content
    keys = signing.trusted_keys() if trusted is None else trusted
    manifest = read_manifest(content, keys)
    cache = paths.installed_content(profile).parent / "cache"
    cached = cache / f"{manifest.db_sha256}.db"
    if cached.is_file() and cached.stat().st_size == manifest.db_size:
        return cached
    _manifest, tmp = extract_verified(content, cache, keys)
    try:
        atomic.replace(tmp, cached)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {cached}: {exc.strerror or exc}") from None
    for old in cache.glob("*.db"):
        if old != cached:
            with contextlib.suppress(OSError):  # in use by another window: next time
                old.unlink()
    return cached
