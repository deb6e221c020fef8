"""Content sources (``data/<kind>/<id>.<lang>.md``) parsed into ``core.models.Item``.

The format is docs/content-format.md. ``load_sources(src_dir)`` reads every file,
NFC-normalises it, splits acts into sections and checks the whole set (duplicate ids,
links to ids that do not exist). Anything wrong is a ``BadInput`` whose message starts
with ``file:line:``; when several files are wrong the first is named and the rest
counted. ``source_files`` and ``sources_hash`` give the content version.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefing.core.errors import BadInput
from briefing.core.models import KINDS, LANGS, ActInfo, Item, Section, section_id

# Bumped when the meaning of the sources changes for the build (a new derived field).
FORMAT_VERSION = "1"

_REQUIRED = ("title", "summary", "source", "checked")
_KEYS = frozenset(
    {
        *_REQUIRED,
        "published",
        "updated",
        "topics",
        "links",
        "act",
        "common_name",
        "given",
        "in_force",
        "repealed",
        "status",
        "replaces",
        "replaced_by",
        "amended_by",
        "eli",
        "summary_of",
    }
)
_DATE_KEYS = ("checked", "published", "updated", "given", "in_force", "repealed")
_STATUSES = ("in-force", "repealed", "not-in-force")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_LINK_ID = re.compile(r"[a-z0-9][a-z0-9-]*(?:/s-[0-9a-z]+)?\Z")
_FILE = re.compile(r"(?P<id>.+)\.(?P<lang>[a-z]{2})\.md\Z")
_KEY_LINE = re.compile(r"(?P<key>[A-Za-z_][A-Za-z0-9_]*)\s*:\s?(?P<value>.*)\Z")
_ACT_NUMBER = re.compile(r"\d+[a-z]?/\d{4}\Z")
_CHAPTER = re.compile(
    r"#\s+(?:(?P<n1>\d+\s?[a-z]?)\s+(?P<word>luku|kap\.)|(?P<word2>Chapter)\s+(?P<n2>\d+\s?[a-z]?))"
    r"\s+(?P<heading>\S.*?)\s*\Z"
)
_SECTION = re.compile(
    r"##\s+(?P<number>\d+(?:\s?[a-z])?)\s*§\s+(?P<heading>[^{]*?\S)\s*"
    r"(?:\{#(?P<anchor>[A-Za-z0-9_]+)\})?\s*\Z"
)
_ITEM_LINK = re.compile(r"\]\(item:(?P<target>[^)\s]*)\)")
_FENCE = re.compile(r"\s{0,3}(```|~~~)")


@dataclass(frozen=True, slots=True)
class _Source:
    """One parsed file, with the lines its links came from for error messages."""

    path: Path
    item: Item
    links: tuple[tuple[int, str], ...]  # (line, target id)


def _fail(path: Path, line: int, what: str) -> BadInput:
    return BadInput(f"{path}:{line}: {what}")


def source_files(src_dir: Path) -> list[Path]:
    """Every Markdown source under ``src_dir``'s kind folders, in a stable order."""
    if not src_dir.is_dir():
        raise BadInput(f"{src_dir}: not a folder of content sources")
    return sorted(p for p in src_dir.glob("*/*.md") if p.is_file())


def sources_hash(src_dir: Path, files: list[Path] | None = None) -> str:
    """The content version: a hash of every source's relative path and bytes."""
    digest = hashlib.sha256(f"briefing-sources-{FORMAT_VERSION}\n".encode())
    for path in files if files is not None else source_files(src_dir):
        rel = path.relative_to(src_dir).as_posix()
        data = path.read_bytes()
        digest.update(f"{rel}\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:16]


def _parse_date(path: Path, line: int, key: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _fail(path, line, f"bad date for {key}: {value!r} (use YYYY-MM-DD)") from None


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _front_matter(path: Path, lines: list[str]) -> tuple[dict[str, tuple[int, str]], int]:
    """``key -> (line, value)`` and the index of the first body line."""
    if not lines or lines[0].strip() != "---":
        raise _fail(path, 1, "the file must open with a '---' front matter block")
    fields: dict[str, tuple[int, str]] = {}
    for index in range(1, len(lines)):
        text = lines[index]
        if text.strip() == "---":
            return fields, index + 1
        if not text.strip():
            continue
        match = _KEY_LINE.match(text)
        if not match:
            raise _fail(path, index + 1, f"expected 'key: value', got {text.strip()[:60]!r}")
        key = match["key"]
        if key not in _KEYS:
            raise _fail(path, index + 1, f"unknown key {key!r}")
        if key in fields:
            raise _fail(path, index + 1, f"key {key!r} given twice")
        fields[key] = (index + 1, match["value"].strip())
    raise _fail(path, 1, "the front matter block is not closed with '---'")


def _require(path: Path, fields: dict[str, tuple[int, str]], keys: tuple[str, ...]) -> None:
    for key in keys:
        if not fields.get(key, (0, ""))[1]:
            line = fields[key][0] if key in fields else 1
            raise _fail(path, line, f"missing field {key!r}")


def _dates(path: Path, fields: dict[str, tuple[int, str]]) -> dict[str, date | None]:
    out: dict[str, date | None] = {}
    for key in _DATE_KEYS:
        line, value = fields.get(key, (0, ""))
        out[key] = _parse_date(path, line, key, value) if value else None
    return out


def _act_info(
    path: Path, fields: dict[str, tuple[int, str]], dates: dict[str, date | None]
) -> ActInfo:
    _require(path, fields, ("act", "status"))
    line, number = fields["act"]
    if not _ACT_NUMBER.match(number):
        raise _fail(path, line, f"bad act number {number!r} (use e.g. 681/2023)")
    line, status = fields["status"]
    if status not in _STATUSES:
        raise _fail(path, line, f"bad status {status!r} (one of {', '.join(_STATUSES)})")
    line, summary_of = fields.get("summary_of", (0, "summary"))
    if summary_of not in ("summary", "official"):
        raise _fail(path, line, f"bad summary_of {summary_of!r} (summary or official)")
    return ActInfo(
        number=number,
        common_name=fields.get("common_name", (0, ""))[1],
        given=dates["given"],
        in_force=dates["in_force"],
        repealed=dates["repealed"],
        status=status,
        replaces=_split_list(fields.get("replaces", (0, ""))[1]),
        replaced_by=fields.get("replaced_by", (0, ""))[1] or None,
        amended_by=_split_list(fields.get("amended_by", (0, ""))[1]),
        eli=fields.get("eli", (0, ""))[1],
    )


class _SectionSplitter:
    """Walks an act's body lines and cuts them at chapter and section headings."""

    def __init__(self, path: Path, item_id: str, lang: str) -> None:
        self.path, self.item_id, self.lang = path, item_id, lang
        self.own: list[str] = []
        self.sections: list[Section] = []
        self.chapter = ""
        self.current: dict[str, str] | None = None
        self.lines: list[str] = []
        self.seen: dict[str, int] = {}

    def _close(self) -> None:
        if self.current is None:
            return
        self.sections.append(
            Section(
                id=self.current["id"],
                item_id=self.item_id,
                lang=self.lang,
                number=self.current["number"],
                heading=self.current["heading"],
                anchor=self.current["anchor"],
                body="\n".join(self.lines).strip(),
                order=len(self.sections),
                chapter=self.current["chapter"],
            )
        )
        self.current, self.lines = None, []

    def _section(self, line_no: int, text: str) -> None:
        match = _SECTION.match(text)
        if not match:
            raise _fail(self.path, line_no, f"bad section heading {text.strip()[:60]!r}")
        number = re.sub(r"\s+", " ", match["number"]).strip() + " §"
        sid = section_id(self.item_id, number)
        if sid in self.seen:
            raise _fail(self.path, line_no, f"section {number} already at line {self.seen[sid]}")
        self.seen[sid] = line_no
        self._close()
        slug = sid.rsplit("/s-", 1)[1]
        self.current = {
            "id": sid,
            "number": number,
            "heading": match["heading"],
            "anchor": match["anchor"] or f"sec_{slug}",
            "chapter": self.chapter,
        }

    def feed(self, line_no: int, text: str) -> None:
        chapter = _CHAPTER.match(text)
        if chapter:
            self._close()
            label = (
                f"{chapter['n1']} {chapter['word']}"
                if chapter["n1"]
                else f"{chapter['word2']} {chapter['n2']}"
            )
            self.chapter = f"{label} — {chapter['heading']}"
        elif text.startswith("## ") and "§" in text:
            self._section(line_no, text)
        elif self.current is not None:
            self.lines.append(text)
        else:
            self.own.append(text)


def _split_act(
    path: Path, item_id: str, lang: str, body: list[str], first_line: int
) -> tuple[str, tuple[Section, ...]]:
    splitter = _SectionSplitter(path, item_id, lang)
    fenced = False
    for offset, text in enumerate(body):
        if _FENCE.match(text):
            fenced = not fenced
        if fenced or _FENCE.match(text):
            (splitter.lines if splitter.current is not None else splitter.own).append(text)
            continue
        splitter.feed(first_line + offset, text)
    splitter._close()
    return "\n".join(splitter.own).strip(), tuple(splitter.sections)


def _links(
    fields: dict[str, tuple[int, str]], body: list[str], first_line: int
) -> tuple[tuple[int, str], ...]:
    found: list[tuple[int, str]] = []
    for key in ("links", "replaces", "replaced_by"):
        line, value = fields.get(key, (0, ""))
        found.extend((line, target) for target in _split_list(value))
    for offset, text in enumerate(body):
        found.extend((first_line + offset, m["target"]) for m in _ITEM_LINK.finditer(text))
    return tuple(found)


def parse_file(path: Path, kind: str) -> tuple[Item, tuple[tuple[int, str], ...]]:
    """One source file -> its ``Item`` (languages not yet filled) and its links by line."""
    match = _FILE.match(path.name)
    if not match or not _ID.match(match["id"]):
        raise _fail(path, 1, "file name must be <id>.<lang>.md with a lower-case slug id")
    item_id, lang = match["id"], match["lang"]
    if kind not in KINDS:
        raise _fail(path, 1, f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if lang not in LANGS:
        raise _fail(path, 1, f"unknown language {lang!r} (one of {', '.join(LANGS)})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(path, 1, f"not UTF-8 ({exc.reason})") from None
    lines = unicodedata.normalize("NFC", text.lstrip("\ufeff")).splitlines()
    fields, body_start = _front_matter(path, lines)
    _require(path, fields, _REQUIRED + (("published",) if kind == "news" else ()))
    dates = _dates(path, fields)
    body_lines = lines[body_start:]
    act = _act_info(path, fields, dates) if kind == "legislation" else None
    sections: tuple[Section, ...] = ()
    body = "\n".join(body_lines).strip()
    if act is not None:
        body, sections = _split_act(path, item_id, lang, body_lines, body_start + 1)
    checked = dates["checked"]
    assert checked is not None  # _require made sure
    item = Item(
        id=item_id,
        kind=kind,
        lang=lang,
        title=fields["title"][1],
        summary=fields["summary"][1],
        body=body,
        source=fields["source"][1],
        checked=checked,
        published=dates["published"],
        updated=dates["updated"],
        topics=_split_list(fields.get("topics", (0, ""))[1]),
        links=_split_list(fields.get("links", (0, ""))[1]),
        act=act,
        sections=sections,
    )
    return item, _links(fields, body_lines, body_start + 1)


def _check_set(sources: list[_Source]) -> None:
    """Ids unique per language and of one kind; every link points at an existing id."""
    seen: dict[tuple[str, str], Path] = {}
    kinds: dict[str, tuple[str, Path]] = {}
    ids: set[str] = set()
    for src in sources:
        item = src.item
        key = (item.id, item.lang)
        if key in seen:
            raise _fail(src.path, 1, f"duplicate id {item.id!r} ({item.lang}), also {seen[key]}")
        seen[key] = src.path
        kind, first = kinds.setdefault(item.id, (item.kind, src.path))
        if kind != item.kind:
            raise _fail(src.path, 1, f"id {item.id!r} is already a {kind} in {first}")
        ids.add(item.id)
        ids.update(s.id for s in item.sections)
    for src in sources:
        for line, target in src.links:
            if not _LINK_ID.match(target) or target not in ids:
                raise _fail(src.path, line, f"link to an id that does not exist: {target!r}")


def load_sources(src_dir: Path, files: list[Path] | None = None) -> list[Item]:
    """Every item under ``src_dir``, checked as a set, with ``languages`` filled in."""
    sources: list[_Source] = []
    errors: list[BadInput] = []
    for path in files if files is not None else source_files(src_dir):
        try:
            item, links = parse_file(path, path.parent.name)
        except BadInput as exc:
            errors.append(exc)
            continue
        sources.append(_Source(path, item, links))
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise BadInput(f"{errors[0]}{more}")
    _check_set(sources)
    langs: dict[str, list[str]] = {}
    for src in sources:
        langs.setdefault(src.item.id, []).append(src.item.lang)
    return [
        replace(s.item, languages=tuple(lang for lang in LANGS if lang in langs[s.item.id]))
        for s in sources
    ]
