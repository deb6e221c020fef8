"""``briefing content keygen|pack|verify|install|rollback``: signed content bundles for IT.

``commands.library`` owns the ``content`` group and calls ``register_content_actions``;
``content_for`` turns a ``--content`` bundle into its verified database for every
command that opens the library.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from briefing import paths
from briefing.commands.output import print_json
from briefing.core.models import Annotation
from briefing.library.store import LibraryStore
from briefing.notes.fileformat import annotation_to_json
from briefing.notes.reanchor import ensure_anchored, official_version
from briefing.notes.store import default_author, open_store
from briefing.settings import content_location, load_settings

if TYPE_CHECKING:
    from briefing.library import bundle, signing

_Sub: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def register_content_actions(content_sub: _Sub) -> None:
    keygen = content_sub.add_parser("keygen", help="make a publisher key pair for signing")
    keygen.add_argument("-o", "--output", metavar="DIR", required=True, help="folder for the keys")
    keygen.add_argument("--name", default="publisher", help="file name stem (default: publisher)")
    keygen.add_argument("--json", action="store_true", help="print the key files and id as JSON")
    keygen.set_defaults(func=_keygen)

    pack = content_sub.add_parser("pack", help="sign a content database into a bundle")
    pack.add_argument("db", metavar="DB", help="a content database (content build -o ...)")
    pack.add_argument("-o", "--output", metavar="FILE", required=True, help="the bundle to write")
    pack.add_argument("--key", metavar="FILE", help="private key (default: $BRIEFING_SIGNING_KEY)")
    pack.add_argument("--json", action="store_true", help="print the manifest as JSON")
    pack.set_defaults(func=_pack)

    for name, helptext, func in (
        ("verify", "check a bundle's signature, hash and database", _verify),
        ("install", "verify a bundle and install it for this profile", _install),
    ):
        cmd = content_sub.add_parser(name, help=helptext)
        cmd.add_argument("bundle", metavar="FILE")
        cmd.add_argument(
            "--trusted-key",
            metavar="PUB",
            action="append",
            default=[],
            help="also trust this public key file (besides resources/keys and IT's keys folder)",
        )
        cmd.add_argument("--json", action="store_true", help="print the result as JSON")
        cmd.set_defaults(func=func)
        if name == "install":
            cmd.add_argument("--allow-older", action="store_true", help="allow a downgrade")

    back = content_sub.add_parser("rollback", help="go back to the content installed before")
    back.add_argument("--json", action="store_true", help="print the versions as JSON")
    back.set_defaults(func=_rollback)


def content_for(profile: Path, content: Path) -> Path:
    """The database to open for ``content``: itself, or a bundle's verified copy."""
    try:
        with content.open("rb") as handle:
            if handle.read(2) != b"PK":
                return content  # a database, or missing: LibraryStore says what is wrong
    except OSError:
        return content
    # Only now: the signature code is not needed to open a plain database.
    from briefing.library import bundle

    return bundle.usable_content(profile, content)


def origin_of(args: argparse.Namespace) -> dict[str, Any] | None:
    """Which signed bundle the library these options open came from; None for a plain db."""
    from briefing.library import bundle, signing

    profile = paths.profile_dir(args.profile)
    opened = content_location(profile, load_settings(profile), args.content)
    if bundle.is_bundle(opened):
        manifest = bundle.read_manifest(opened, signing.trusted_keys())
        return {"bundle": str(opened), "key_id": manifest.key_id, "installed_at": None}
    if opened != paths.installed_content(profile):
        return None
    record = bundle.installed_manifest(profile)
    if record is None:
        return None
    keep = ("bundle", "key_id", "installed_at")
    return {key: record.get(key) for key in keep}


def origin_text(origin: dict[str, Any]) -> str:
    when = f", installed {origin['installed_at']}" if origin.get("installed_at") else ""
    return f"from bundle {origin['bundle']} (signed by {origin['key_id']}{when})"


def _trusted(args: argparse.Namespace) -> dict[str, signing.PublicKey]:
    from briefing.library import signing

    return signing.trusted_keys(Path(p).expanduser() for p in args.trusted_key)


def manifest_json(manifest: bundle.Manifest) -> dict[str, Any]:
    return {
        "content_version": manifest.content_version,
        "built_at": manifest.built_at,
        "packed_at": manifest.packed_at,
        "counts": manifest.counts,
        "sections": manifest.sections,
        "db_sha256": manifest.db_sha256,
        "db_size": manifest.db_size,
        "key_id": manifest.key_id,
        "format": manifest.format,
        "schema": manifest.schema,
    }


def _keygen(args: argparse.Namespace) -> int:
    from briefing.library import signing

    key, pub, key_id = signing.generate_keypair(Path(args.output).expanduser(), args.name)
    if args.json:
        print_json({"private_key": str(key), "public_key": str(pub), "key_id": key_id})
        return 0
    print(f"key {key_id}: private {key} (keep it secret), public {pub} (give it to IT)")
    return 0


def _pack(args: argparse.Namespace) -> int:
    from briefing.library import bundle, signing

    out = Path(args.output).expanduser()
    manifest = bundle.pack(Path(args.db).expanduser(), out, signing.signing_key_path(args.key))
    if args.json:
        print_json({"path": str(out), **manifest_json(manifest)})
        return 0
    print(f"packed {out}: version {manifest.content_version}, signed by {manifest.key_id}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from briefing.library import bundle

    manifest = bundle.verify(Path(args.bundle).expanduser(), _trusted(args))
    if args.json:
        print_json({"ok": True, **manifest_json(manifest)})
        return 0
    print(
        f"ok: version {manifest.content_version}, built {manifest.built_at},"
        f" signed by {manifest.key_id}"
    )
    return 0


def _note_json(ann: Annotation) -> dict[str, Any]:
    data = annotation_to_json(ann)
    keep = ("id", "item_id", "section_id", "lang", "note", "status", "status_reason")
    return {key: data[key] for key in keep} | {"quote": ann.selector.exact if ann.selector else ""}


def _reanchor(profile: Path, db: Path) -> list[Annotation]:
    """Re-attach the profile's notes to the new content; the notes that are not ``ok``."""
    if not paths.user_db(profile).exists():
        return []  # nobody has written anything in this profile yet
    author = load_settings(profile).author or default_author()
    library = LibraryStore(db, paths.official_db(profile))
    try:
        with open_store(profile, author=author) as notes:
            official = official_version(paths.official_db(profile))
            ensure_anchored(notes, library, official=official)
            return [a for a in notes.annotations() if a.status != "ok"]
    finally:
        library.close()


def _install(args: argparse.Namespace) -> int:
    from briefing.library import bundle

    profile = paths.profile_dir(args.profile)
    result = bundle.install(
        Path(args.bundle).expanduser(), profile, _trusted(args), allow_older=args.allow_older
    )
    flagged = _reanchor(profile, result.path)
    # A content setting (often IT's policy) wins over the installed content: say so.
    opened = content_location(profile, load_settings(profile), args.content)
    in_use = opened.expanduser().resolve() == result.path.resolve()
    changed = [a for a in flagged if a.status == "changed"]
    orphaned = [a for a in flagged if a.status == "orphaned"]
    if args.json:
        print_json(
            {
                "installed": result.changed,
                "path": str(result.path),
                "in_use": in_use,
                "previous_version": result.previous_version or None,
                **manifest_json(result.manifest),
                "changed": len(changed),
                "orphaned": len(orphaned),
                "notes": [_note_json(a) for a in flagged],
            }
        )
        return 0
    version = result.manifest.content_version
    if result.changed:
        print(f"installed version {version} in {result.path}")
    else:
        print(f"version {version} is installed already")
    print(f"your notes: {len(changed)} on text that changed, {len(orphaned)} whose text is gone")
    for ann in flagged:
        where = ann.section_id or ann.item_id
        why = f" ({ann.status_reason})" if ann.status_reason else ""
        print(f"  {ann.status}{why}: {ann.id} on {where}: {ann.note[:60]}")
    if not in_use:
        print(f"note: this profile opens {opened} instead (the content setting)", file=sys.stderr)
    return 0


def _rollback(args: argparse.Namespace) -> int:
    from briefing.library import bundle

    profile = paths.profile_dir(args.profile)
    before, after = bundle.rollback(profile)
    flagged = _reanchor(profile, paths.installed_content(profile))
    if args.json:
        print_json({"from": before or None, "to": after, "notes": [_note_json(a) for a in flagged]})
        return 0
    print(f"content back at version {after} (was {before or 'none'})")
    return 0
