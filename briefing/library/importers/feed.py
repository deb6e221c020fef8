"""News feeds (RSS 2.0, Atom 1.0) -> ``news`` items, one per entry.

Each entry gives: ``title``; ``published`` (RSS ``pubDate`` or ``dc:date`` in RFC 822
or ISO 8601; Atom ``published``, else ``updated``), the day as the feed states it;
``summary`` (``description`` / ``summary`` without its HTML, cut at a sentence end);
``body`` (``content:encoded`` / ``content`` as Markdown, else the description);
``source`` (the entry's link, made absolute); ``topics`` (its categories);
language (``--lang``, else ``xml:lang`` of the entry or feed, else the channel's
``<language>``, else guessed from the entry's common words, with a note). The id is
``news-YYYY-MM-DD-<slug of the title>``.

An entry without a date, a title or a link is refused by name; the feed's other
entries still come in. The XML is read with defusedxml: entity declarations (an
entity bomb) and references to anything outside the file are refused, nothing is
fetched.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, tostring

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring

from briefing.core.errors import BadInput
from briefing.core.models import LANGS, CancelFlag, Item, Progress, never_cancel, no_progress
from briefing.library.importers.html_markdown import (
    absolute,
    fragment_to_markdown,
    fragment_to_text,
)
from briefing.library.importers.report import Refused
from briefing.library.importers.saved import (
    ReadResult,
    SavedItem,
    first_sentences,
    guess_lang,
    guessed_note,
    parse_date,
    read_all,
    repaired,
    slug,
)
from briefing.library.importers.textfix import normalise

FEED_SUFFIXES = (".xml", ".rss", ".atom")
ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XML = "{http://www.w3.org/XML/1998/namespace}"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DECLARATION = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*(["'])([A-Za-z0-9._-]+)\1[^>]*\?>""")


def _recode(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """A feed that says UTF-8 (or nothing) but is not: read as Windows-1252, with a note."""
    if data.startswith(_UTF16_BOMS):
        return data, ()  # expat reads UTF-16 by its byte-order mark
    body = data.removeprefix(b"\xef\xbb\xbf")
    declared = _DECLARATION.match(body)
    label = declared[2].decode("ascii") if declared else "utf-8"
    try:
        if codecs.lookup(label).name != "utf-8":
            return data, ()  # expat reads the declared encoding itself
    except LookupError:
        return data, ()  # the parser names the unknown encoding
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("cp1252", errors="replace")
        if declared:
            text = text[len(declared[0]) :]
        note = f"not {label.upper()} as it says: read as Windows-1252"
        return text.encode("utf-8"), (note,)
    return data, ()


def parse_xml(data: bytes, name: str) -> Element:
    """The root of a feed; entity tricks, external references and damage refused."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if data.startswith(_UTF16_BOMS):
        text = data[2:].decode("utf-16-le" if data[0] == 0xFF else "utf-16-be", "replace")
        start = text.lstrip(" \t\r\n").encode("utf-8")
    if not start:
        raise BadInput(f"{name}: the file is empty")
    if not start.startswith(b"<"):
        raise BadInput(f"{name}: not a feed (not XML)")
    try:
        # A DOCTYPE line is allowed (old RSS 0.91 feeds carry one); what it could do is not.
        root: Element = fromstring(data, forbid_dtd=False, forbid_entities=True)
    except EntitiesForbidden as exc:
        reason = "the feed declares entities (possible entity bomb)"
        raise BadInput(f"{name}: refused: {reason}") from exc
    except ExternalReferenceForbidden as exc:
        raise BadInput(f"{name}: refused: the feed refers to an external resource") from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        where = f"line {line}, column {column}"
        raise BadInput(f"{name}: not well-formed XML: {str(exc).split(':')[0]} ({where})") from exc
    except RecursionError:
        raise BadInput(f"{name}: refused: elements nested too deeply") from None
    except LookupError as exc:
        raise BadInput(f"{name}: the feed declares an encoding Python does not know") from exc
    return root


def _text(element: Element | None) -> str:
    return normalise("".join(element.itertext())) if element is not None else ""


def _markup(element: Element | None) -> str:
    """An Atom text construct or an RSS field as HTML (plain text escaped)."""
    if element is None:
        return ""
    kind = element.get("type", "text").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        parts = []
        for child in element:
            for node in child.iter():
                node.tag = node.tag.rpartition("}")[2]  # html:p -> p
            parts.append(tostring(child, encoding="unicode"))
        return "".join(parts)
    text = "".join(element.itertext())
    if kind == "text" and element.tag.startswith(ATOM):
        return text.replace("&", "&amp;").replace("<", "&lt;")
    return text  # RSS fields and Atom type="html" hold escaped HTML


def _lang_of(element: Element, inherited: str) -> str:
    return element.get(f"{_XML}lang", "") or inherited


class _Entry:
    """The fields of one RSS item or Atom entry, as the feed has them."""

    def __init__(self, element: Element, atom: bool, lang: str, base: str) -> None:
        ns = ATOM if atom else ""
        self.lang = _lang_of(element, lang)
        self.title_markup = _markup(element.find(f"{ns}title"))
        base = element.get(f"{_XML}base", "") or base
        self.link = absolute(base, self._atom_link(element) if atom else self._rss_link(element))
        if atom:
            self.dates = [_text(element.find(f"{ATOM}{k}")) for k in ("published", "updated")]
            self.summary = _markup(element.find(f"{ATOM}summary"))
            self.content = _markup(element.find(f"{ATOM}content"))
            categories = element.iter(f"{ATOM}category")
            self.topics = [c.get("label") or c.get("term") or "" for c in categories]
        else:
            self.dates = [_text(element.find("pubDate")) or _text(element.find(f"{_DC}date"))]
            self.summary = _markup(element.find("description"))
            self.content = _markup(element.find(_CONTENT))
            self.topics = [_text(c) for c in element.iter("category")]

    @staticmethod
    def _atom_link(element: Element) -> str:
        links = [x for x in element.findall(f"{ATOM}link") if x.get("rel") in (None, "alternate")]
        html = [x for x in links if x.get("type", "text/html") == "text/html"]
        return next((x.get("href", "") for x in html + links), "")

    @staticmethod
    def _rss_link(element: Element) -> str:
        link = _text(element.find("link"))
        guid = element.find("guid")
        if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
            link = _text(guid)
        return link


def _item(entry: _Entry, lang: str, today: date) -> tuple[Item, tuple[str, ...]]:
    title = fragment_to_text(entry.title_markup)
    if not title:
        raise BadInput("it has no title")
    published = next((d for text in entry.dates if (d := parse_date(text))), None)
    if published is None:
        stated = next((t for t in entry.dates if t), "")
        raise BadInput(f"its date {stated!r} is not a date" if stated else "it has no date")
    if not entry.link:
        raise BadInput("it has no link (http or https) to the news item")
    if not lang:
        raise BadInput(
            "the feed states no language (xml:lang, <language>) and the words do not say;"
            " give --lang fi|sv|en"
        )
    if lang not in LANGS:
        raise BadInput(f"its language {lang!r} is not one of {', '.join(LANGS)}")
    updated = parse_date(entry.dates[1]) if len(entry.dates) > 1 else None
    summary_text = fragment_to_text(entry.summary)
    body = fragment_to_markdown(entry.content or entry.summary, entry.link)
    summary = first_sentences(summary_text or fragment_to_text(entry.content) or title)
    # A topic is one value of a comma-separated list in a content source.
    split = (normalise(part) for topic in entry.topics for part in topic.split(","))
    topics = tuple(dict.fromkeys(t for t in split if t))
    item = Item(
        id="",
        kind="news", lang=lang, title=title, summary=summary, body=body or summary,
        source=entry.link, checked=today, published=published,
        updated=updated if updated and updated > published else None,
        topics=topics, official=True,
    )  # fmt: skip
    # The id is made from the title as repaired: "Ã¤" would make it "a-a".
    item, fixes = repaired(item)
    ident = f"news-{published.isoformat()}-{slug(item.title) or slug(entry.link)}"
    return replace(item, id=ident), fixes


def read_feed(
    data: bytes, name: str, lang: str | None, today: date
) -> tuple[list[SavedItem], list[Refused]]:
    """Every entry of a feed as a news item, and the entries refused with their reasons."""
    data, notes = _recode(data)
    root = parse_xml(data, name)
    atom = root.tag == f"{ATOM}feed"
    channel = root if atom else root.find("channel")
    if channel is None or not (atom or root.tag == "rss"):
        start = root.tag.rpartition("}")[2]
        raise BadInput(f"{name}: not an RSS 2.0 or Atom 1.0 feed (it starts with <{start}>)")
    if atom:
        entries = root.findall(f"{ATOM}entry")
        base = absolute(root.get(f"{_XML}base", ""), _Entry._atom_link(root))
    else:
        entries = channel.findall("item")
        base = _text(channel.find("link"))
    stated = _lang_of(root, _lang_of(channel, ""))
    stated = stated or _text(channel.find("language")) or _text(channel.find(f"{_DC}language"))
    items: list[SavedItem] = []
    refused: list[Refused] = []
    for number, element in enumerate(entries, start=1):
        entry = _Entry(element, atom, stated, base)
        wanted = (lang or entry.lang).strip().lower()[:2]
        guessed: tuple[str, ...] = ()
        if not wanted:
            words = " ".join(
                map(fragment_to_text, (entry.title_markup, entry.summary, entry.content))
            )
            wanted = guess_lang(words) or ""
            guessed = (guessed_note(wanted),) if wanted else ()
        try:
            item, fixes = _item(entry, wanted, today)
            items.append(SavedItem(item, name, "feed", notes + guessed + fixes))
        except BadInput as exc:
            label = fragment_to_text(entry.title_markup)[:60] or f"entry {number}"
            refused.append(Refused(name, f"entry {number} {label!r} refused: {exc}"))
    if not entries:
        refused.append(Refused(name, "the feed has no entries"))
    return items, refused


def read_feeds(
    sources: Sequence[Path],
    lang: str | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ReadResult:
    """Every entry of the feeds in these files and folders (``*.xml``, ``*.rss``...)."""
    today = date.today()

    def reader(data: bytes, name: str) -> tuple[list[SavedItem], list[Refused]]:
        return read_feed(data, name, lang, today)

    return read_all(sources, FEED_SUFFIXES, reader, progress, cancel)
