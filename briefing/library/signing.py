"""Ed25519 publisher keys for content bundles: make, load, sign, check against trusted keys.

Keys are plain PEM files, so IT can also make them with OpenSSL
(``openssl genpkey -algorithm ed25519``). A key's id is the first 16 hex digits of
the SHA-256 of its raw 32 public bytes; a bundle names the id of the key it was
signed with, and only keys found in a trusted folder are accepted.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from briefing import atomic, paths
from briefing.core.errors import BadInput, Integrity, NotFound, StoreError

SIGNING_KEY_ENV = "BRIEFING_SIGNING_KEY"  # a build signs with the key this names
MAX_KEY_FILE = 16 * 1024


@dataclass(frozen=True)
class PublicKey:
    """A trusted publisher key and the file it came from."""

    key_id: str
    key: Ed25519PublicKey
    path: Path


def key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise BadInput(f"{path} is too large to be a key file")
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"no key file at {path}") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """A publisher's private key (unencrypted PEM, PKCS#8), as ``content keygen`` writes it."""
    try:
        key = serialization.load_pem_private_key(_read_key_file(path), password=None)
    except (ValueError, TypeError):
        raise BadInput(f"{path} is not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BadInput(f"{path} is not an Ed25519 key")
    return key


def load_public_key(path: Path) -> PublicKey:
    try:
        key = serialization.load_pem_public_key(_read_key_file(path))
    except ValueError:
        raise BadInput(f"{path} is not a PEM public key") from None
    if not isinstance(key, Ed25519PublicKey):
        raise BadInput(f"{path} is not an Ed25519 public key")
    return PublicKey(key_id(key), key, path)


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` whole or not at all, never over an existing file.

    Losing a publisher key cannot be undone, so no overwrite; and a crash mid-write must
    not leave half a key under the name (a re-run would then refuse). The key is written
    to a temp file and hard-linked to its name, which fails if the name is taken.
    """
    if path.exists():
        raise BadInput(f"{path} already exists; choose another folder or name")
    try:
        temp = atomic.new_temp(path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        os.chmod(temp, mode)
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _take_name(temp, path)
    except FileExistsError:
        raise BadInput(f"{path} already exists; choose another folder or name") from None
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        temp.unlink(missing_ok=True)
    atomic.fsync_dir(path.parent)


# File systems without hard links: FAT and exFAT (a USB stick), some network shares.
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EXDEV, errno.EMLINK}


def _take_name(temp: Path, path: Path) -> None:
    """Give ``temp``'s content the name ``path``; FileExistsError when it is taken."""
    try:
        os.link(temp, path)
    except OSError as exc:
        if exc.errno not in _NO_LINKS or isinstance(exc, FileExistsError):
            raise
        # No hard links here: claim the name with an empty file (O_EXCL), then rename
        # the whole key over it. A crash between leaves an empty file, never half a key.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(temp, path)


def generate_keypair(folder: Path, name: str = "publisher") -> tuple[Path, Path, str]:
    """Write ``NAME.key`` (owner-only) and ``NAME.pub`` in ``folder``; returns both and the id."""
    folder.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    public = private.public_key()
    key_path, pub_path = folder / f"{name}.key", folder / f"{name}.pub"
    pem_private = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    pem_public = public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    _write_new(key_path, pem_private, 0o600)
    try:
        _write_new(pub_path, pem_public, 0o644)
    except BaseException:
        key_path.unlink(missing_ok=True)
        raise
    return key_path, pub_path, key_id(public)


def signing_key_path(given: str | None) -> Path:
    """The key to sign with: ``--key``, else ``$BRIEFING_SIGNING_KEY``."""
    value = given or os.environ.get(SIGNING_KEY_ENV, "")
    if not value:
        raise BadInput(f"no signing key: give --key FILE or set {SIGNING_KEY_ENV}")
    return Path(value).expanduser()


def trusted_key_folders() -> list[Path]:
    """Shipped keys, then the ``keys`` folder beside IT's policy file."""
    return [paths.resource("keys"), paths.policy_file().parent / "keys"]


def trusted_keys(extra: Iterable[Path] = ()) -> dict[str, PublicKey]:
    """Every ``*.pub`` in the trusted folders plus ``extra`` files, by key id.

    A file that is not a key is skipped here (a stray README must not stop updates);
    ``extra`` keys were named on purpose, so a bad one is refused.
    """
    found: dict[str, PublicKey] = {}
    for folder in trusted_key_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.pub")):
            try:
                pub = load_public_key(path)
            except (BadInput, StoreError, NotFound):
                continue
            found.setdefault(pub.key_id, pub)
    for path in extra:
        pub = load_public_key(path)
        found.setdefault(pub.key_id, pub)
    return found


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    return private.sign(data)


def check_signature(
    trusted: dict[str, PublicKey], signer: str, data: bytes, signature: bytes
) -> PublicKey:
    """The trusted key that made ``signature`` over ``data``; ``Integrity`` otherwise."""
    pub = trusted.get(signer)
    if pub is None:
        raise Integrity(f"signed by an untrusted key {signer!r}: not in {_folders_text()}")
    try:
        pub.key.verify(signature, data)
    except InvalidSignature:
        raise Integrity("bad signature: the bundle was altered or not signed by its key") from None
    return pub


def _folders_text() -> str:
    return " or ".join(str(folder) for folder in trusted_key_folders())
