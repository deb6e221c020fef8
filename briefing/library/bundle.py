"""Signed content bundles: pack a content.db, verify one, install it atomically.

A bundle is a zip with exactly three members: ``manifest.json`` (what the database
is and its SHA-256), ``manifest.sig`` (Ed25519 over the manifest's exact bytes) and
``content.db``. Nothing is trusted before the signature checks out, and the database
is only ever extracted to a temporary file in the folder it will end up in, hashed
on the way, opened as a library, and then swapped in with ``os.replace``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.core.errors import Integrity, NotFound, StoreError
from briefing.library import signing
from briefing.library.build import SCHEMA_VERSION
from briefing.library.store import LibraryStore

FORMAT = 1
SUFFIX = ".briefing-content"
MANIFEST, SIGNATURE, DATABASE = "manifest.json", "manifest.sig", "content.db"
MEMBERS = frozenset((MANIFEST, SIGNATURE, DATABASE))
MAX_MANIFEST = 64 * 1024
MAX_SIGNATURE = 1024
MAX_DATABASE = 4 * 1024**3
MAX_RATIO = 200  # SQLite pages compress well, but not a thousandfold: that is a zip bomb
CHUNK = 1024 * 1024
PREVIOUS = "content.db.previous"
ORIGIN = "installed.json"
_ZIP_MAGIC = b"PK\x03\x04"
# What the zip module raises for damage in a member, besides BadZipFile.
_DAMAGE = (zipfile.BadZipFile, EOFError, ValueError, zlib.error, NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about the database it holds (signed)."""

    format: int
    content_version: str
    built_at: str
    packed_at: str
    schema: int
    counts: dict[str, dict[str, int]]
    sections: int
    db_sha256: str
    db_size: int
    key_id: str

    def built(self) -> datetime:
        return datetime.fromisoformat(self.built_at)


@dataclass(frozen=True)
class Installed:
    """The outcome of ``install``: what is in place now and what it replaced."""

    manifest: Manifest
    path: Path
    previous_version: str  # "" when there was no installed content
    changed: bool  # False when this version was installed already


def _refuse(bundle: Path, why: str) -> Integrity:
    return Integrity(f"{bundle.name}: {why}; the installed content is unchanged")


# --- pack ---------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


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
        db_sha256=_sha256(db),
        db_size=db.stat().st_size,
        key_id=signing.key_id(private.public_key()),
    )
    data = json.dumps(asdict(manifest), indent=2, sort_keys=True).encode("utf-8")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp_name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, data)
            archive.writestr(SIGNATURE, signing.sign(private, data))
            archive.write(db, DATABASE)
        os.replace(tmp_name, out)
    except OSError as exc:
        raise StoreError(f"cannot write {out}: {exc.strerror or exc}") from None
    finally:
        Path(tmp_name).unlink(missing_ok=True)
    return manifest


# --- read and verify ----------------------------------------------------------------


def is_bundle(path: Path) -> bool:
    """True for a file that starts like a zip (a content database starts ``SQLite``)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _ZIP_MAGIC
    except OSError:
        return False


def _open_zip(bundle: Path) -> zipfile.ZipFile:
    if not bundle.is_file():
        raise NotFound(f"no bundle at {bundle}")
    if not is_bundle(bundle):
        raise _refuse(bundle, "not a content bundle")
    try:
        return zipfile.ZipFile(bundle)
    except (*_DAMAGE, OSError):
        raise _refuse(bundle, "damaged or truncated file") from None


def _check_members(bundle: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Exactly the three expected members, of sane sizes: no traversal, no bombs."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    for name in names:
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise _refuse(bundle, f"unsafe member name {name!r}")
    if len(names) != len(set(names)) or set(names) != MEMBERS:
        raise _refuse(bundle, f"unexpected contents {sorted(names)}")
    by_name = {info.filename: info for info in infos}
    limits = {MANIFEST: MAX_MANIFEST, SIGNATURE: MAX_SIGNATURE, DATABASE: MAX_DATABASE}
    for name, info in by_name.items():
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or (
            info.flag_bits & 0x1  # encrypted
        ):
            raise _refuse(bundle, f"{name} is stored in a way bundles never use")
        if info.file_size > limits[name]:
            raise _refuse(bundle, f"{name} is too large")
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > CHUNK:
            raise _refuse(bundle, f"{name} is compressed suspiciously well (a zip bomb?)")
    return by_name


def _read_member(bundle: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except (*_DAMAGE, OSError):
        raise _refuse(bundle, f"damaged or truncated member {name}") from None


def _parse_manifest(bundle: Path, data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise _refuse(bundle, "the manifest is not valid") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else None
        raise _refuse(bundle, f"bundle format {found} is not supported (this program reads 1)")
    try:
        manifest = Manifest(**raw)
        manifest.built()
    except (ValueError, TypeError):
        raise _refuse(bundle, "the manifest is not valid") from None
    types = {name: type(getattr(manifest, name)) for name in Manifest.__dataclass_fields__}
    expected = {"format": int, "schema": int, "sections": int, "db_size": int, "counts": dict}
    if any(types[name] is not expected.get(name, str) for name in types):
        raise _refuse(bundle, "the manifest is not valid")
    if manifest.schema != SCHEMA_VERSION:
        raise _refuse(bundle, f"made for library schema {manifest.schema}, not {SCHEMA_VERSION}")
    return manifest


def read_manifest(bundle: Path, trusted: dict[str, signing.PublicKey]) -> Manifest:
    """The manifest, once its signature is checked (cheap: the database is not read)."""
    with _open_zip(bundle) as archive:
        _check_members(bundle, archive)
        data = _read_member(bundle, archive, MANIFEST)
        signature = _read_member(bundle, archive, SIGNATURE)
    try:
        signer = str(json.loads(data.decode("utf-8")).get("key_id", ""))
    except (ValueError, UnicodeDecodeError, AttributeError):
        raise _refuse(bundle, "the manifest is not valid") from None
    try:
        signing.check_signature(trusted, signer, data, signature)
    except Integrity as exc:
        raise _refuse(bundle, str(exc)) from None
    return _parse_manifest(bundle, data)


def _copy_checked(bundle: Path, archive: zipfile.ZipFile, manifest: Manifest, dest: Path) -> None:
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(DATABASE) as src, dest.open("wb") as out:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > manifest.db_size:
                    raise _refuse(bundle, "content.db is larger than its manifest says")
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except _DAMAGE:
        raise _refuse(bundle, "damaged or truncated content.db") from None
    except OSError as exc:
        raise StoreError(f"cannot extract to {dest.parent}: {exc.strerror or exc}") from None
    if size != manifest.db_size or digest.hexdigest() != manifest.db_sha256:
        raise _refuse(bundle, "content.db does not match its signed manifest (altered?)")


def _check_library(bundle: Path, db: Path, manifest: Manifest) -> None:
    try:
        store = LibraryStore(db)
    except StoreError as exc:
        raise _refuse(bundle, f"content.db is not a usable library ({exc})") from None
    try:
        version = store.version().version
    finally:
        store.close()
    if version != manifest.content_version:
        raise _refuse(bundle, "content.db holds another version than its manifest says")


def extract_verified(
    bundle: Path, folder: Path, trusted: dict[str, signing.PublicKey]
) -> tuple[Manifest, Path]:
    """Verify everything and leave the database in a temp file in ``folder``; caller moves it."""
    manifest = read_manifest(bundle, trusted)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".content-", suffix=".tmp", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with _open_zip(bundle) as archive:
            _check_members(bundle, archive)
            _copy_checked(bundle, archive, manifest, tmp)
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
        os.replace(staged, target.with_name(PREVIOUS))
    finally:
        # rename() between two links of one file does nothing and leaves ``staged``.
        staged.unlink(missing_ok=True)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2, sort_keys=True)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


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
        raise _refuse(
            bundle,
            f"it is older ({manifest.built_at}) than the installed content"
            f" ({current_built.isoformat()}); use --allow-older to go back",
        )
    try:
        manifest, tmp = extract_verified(bundle, target.parent, trusted)
        try:
            if target.exists():
                _keep_previous(target)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        origin = {**asdict(manifest), "bundle": str(bundle.resolve())}
        origin["installed_at"] = datetime.now(UTC).replace(microsecond=0).isoformat()
        _write_json(target.parent / ORIGIN, origin)
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
    staged = target.with_name(f".content.db.rollback.{os.urandom(4).hex()}.tmp")
    try:
        shutil.copy2(previous, staged)
        if target.exists():
            _keep_previous(target)
        os.replace(staged, target)
        with contextlib.suppress(OSError):
            (target.parent / ORIGIN).unlink()
    except OSError as exc:
        raise StoreError(f"cannot roll back in {target.parent}: {exc.strerror or exc}") from None
    finally:
        staged.unlink(missing_ok=True)
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
        os.replace(tmp, cached)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"cannot write {cached}: {exc.strerror or exc}") from None
    for old in cache.glob("*.db"):
        if old != cached:
            with contextlib.suppress(OSError):  # in use by another window: next time
                old.unlink()
    return cached
