"""Reading XML from strangers: a size limit, no DTD, no entity, nothing fetched."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from briefing.core.errors import BadInput

# The largest real statute (with every version) is a few MB; 20 MB leaves room and
# keeps a hostile or mistaken file from eating the memory of a municipal laptop.
MAX_BYTES = 20 * 1024 * 1024


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``, refused before reading when it is larger than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise BadInput(f"{path.name}: {_mb(size)} is larger than the {_mb(limit)} limit")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise BadInput(f"{path.name}: cannot read the file ({exc.strerror or exc})") from exc
    if len(data) > limit:
        raise BadInput(f"{path.name}: larger than the {_mb(limit)} limit")
    return data


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def parse(data: bytes, name: str, limit: int = MAX_BYTES) -> Element:
    """The root element of ``data``; any trick or damage is one clear ``BadInput``."""
    if len(data) > limit:
        raise BadInput(f"{name}: {_mb(len(data))} is larger than the {_mb(limit)} limit")
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start:
        raise BadInput(f"{name}: the file is empty")
    if not start.startswith(b"<"):
        raise BadInput(f"{name}: not an XML file")
    try:
        root: Element = fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DTDForbidden as exc:
        raise BadInput(f"{name}: refused: the file declares a DTD; Finlex files never do") from exc
    except EntitiesForbidden as exc:
        raise BadInput(
            f"{name}: refused: the file declares entities (possible entity bomb)"
        ) from exc
    except ExternalReferenceForbidden as exc:
        raise BadInput(f"{name}: refused: the file refers to an external resource") from exc
    except ParseError as exc:
        raise BadInput(f"{name}: {_describe(exc)}") from exc
    return root


def _describe(exc: ParseError) -> str:
    line, column = getattr(exc, "position", (0, 0))
    text = str(exc)
    if text.startswith("no element found") or "unclosed token" in text:
        return f"the XML ends too early, the file looks truncated (line {line})"
    if line == 1 and column == 0:
        return "not an XML file"
    reason = text.split(":")[0].removeprefix("not well-formed ").strip("()")
    return f"not well-formed XML: {reason} (line {line}, column {column})"
