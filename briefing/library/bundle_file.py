"""The bundle file: its members, its signed manifest, and the checks made before trusting it.

Nothing in a bundle is believed before the manifest's signature checks out against a
trusted key; the database is then only read through ``copy_checked``, which hashes it
on the way and stops at the size the signed manifest gives.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from briefing.core.errors import Integrity, NotFound, StoreError
from briefing.library import signing
from briefing.library.build import READABLE_SCHEMAS, SCHEMA_VERSION

FORMAT = 1
SUFFIX = ".briefing-content"
MANIFEST, SIGNATURE, DATABASE = "manifest.json", "manifest.sig", "content.db"
MEMBERS = frozenset((MANIFEST, SIGNATURE, DATABASE))
MAX_MANIFEST = 64 * 1024
MAX_SIGNATURE = 1024
MAX_DATABASE = 4 * 1024**3
MAX_RATIO = 200  # SQLite pages compress well, but not a thousandfold: that is a zip bomb
CHUNK = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
# What the zip module raises for damage in a member, besides BadZipFile.
DAMAGE = (zipfile.BadZipFile, EOFError, ValueError, zlib.error, NotImplementedError, RuntimeError)


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


def refuse(bundle: Path, why: str) -> Integrity:
    return Integrity(f"{bundle.name}: {why}; the installed content is unchanged")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def is_bundle(path: Path) -> bool:
    """True for a file that starts like a zip (a content database starts ``SQLite``)."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except OSError:
        return False


def open_zip(bundle: Path) -> zipfile.ZipFile:
    if not bundle.is_file():
        raise NotFound(f"no bundle at {bundle}")
    if not is_bundle(bundle):
        raise refuse(bundle, "not a content bundle")
    try:
        return zipfile.ZipFile(bundle)
    except (*DAMAGE, OSError):
        raise refuse(bundle, "damaged or truncated file") from None


def check_members(bundle: Path, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Exactly the three expected members, of sane sizes: no traversal, no bombs."""
    infos = archive.infolist()
    names = [info.filename for info in infos]
    for name in names:
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            raise refuse(bundle, f"unsafe member name {name!r}")
    if len(names) != len(set(names)) or set(names) != MEMBERS:
        raise refuse(bundle, f"unexpected contents {sorted(names)}")
    by_name = {info.filename: info for info in infos}
    limits = {MANIFEST: MAX_MANIFEST, SIGNATURE: MAX_SIGNATURE, DATABASE: MAX_DATABASE}
    for name, info in by_name.items():
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or (
            info.flag_bits & 0x1  # encrypted
        ):
            raise refuse(bundle, f"{name} is stored in a way bundles never use")
        if info.file_size > limits[name]:
            raise refuse(bundle, f"{name} is too large")
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > CHUNK:
            raise refuse(bundle, f"{name} is compressed suspiciously well (a zip bomb?)")
    return by_name


def read_member(bundle: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        return archive.read(name)
    except (*DAMAGE, OSError):
        raise refuse(bundle, f"damaged or truncated member {name}") from None


def parse_manifest(bundle: Path, data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise refuse(bundle, "the manifest is not valid") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else None
        raise refuse(bundle, f"bundle format {found} is not supported (this program reads 1)")
    try:
        manifest = Manifest(**raw)
        manifest.built()
    except (ValueError, TypeError):
        raise refuse(bundle, "the manifest is not valid") from None
    types = {name: type(getattr(manifest, name)) for name in Manifest.__dataclass_fields__}
    expected = {"format": int, "schema": int, "sections": int, "db_size": int, "counts": dict}
    if any(types[name] is not expected.get(name, str) for name in types):
        raise refuse(bundle, "the manifest is not valid")
    if manifest.schema not in READABLE_SCHEMAS:
        raise refuse(bundle, f"made for library schema {manifest.schema}, not {SCHEMA_VERSION}")
    return manifest


def read_manifest(bundle: Path, trusted: dict[str, signing.PublicKey]) -> Manifest:
    """The manifest, once its signature is checked (cheap: the database is not read)."""
    with open_zip(bundle) as archive:
        check_members(bundle, archive)
        data = read_member(bundle, archive, MANIFEST)
        signature = read_member(bundle, archive, SIGNATURE)
    try:
        signer = str(json.loads(data.decode("utf-8")).get("key_id", ""))
    except (ValueError, UnicodeDecodeError, AttributeError):
        raise refuse(bundle, "the manifest is not valid") from None
    try:
        signing.check_signature(trusted, signer, data, signature)
    except Integrity as exc:
        raise refuse(bundle, str(exc)) from None
    return parse_manifest(bundle, data)


def copy_checked(bundle: Path, archive: zipfile.ZipFile, manifest: Manifest, dest: Path) -> None:
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(DATABASE) as src, dest.open("wb") as out:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > manifest.db_size:
                    raise refuse(bundle, "content.db is larger than its manifest says")
                digest.update(chunk)
                out.write(chunk)  # synced by atomic.replace when it takes its name
    except DAMAGE:
        raise refuse(bundle, "damaged or truncated content.db") from None
    except OSError as exc:
        raise StoreError(f"cannot extract to {dest.parent}: {exc.strerror or exc}") from None
    if size != manifest.db_size or digest.hexdigest() != manifest.db_sha256:
        raise refuse(bundle, "content.db does not match its signed manifest (altered?)")
