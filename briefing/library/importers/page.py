"""A page of the integration portal saved from a browser (HTML) -> one library item.

What is read, and from where (nothing is fetched; the page is read as text):

- address: ``<link rel="canonical">``, else ``og:url``, else the browser's
  ``<!-- saved from url=(0042)https://... -->`` comment, else ``--source``;
  a page with none of these is refused.
- title: the first ``<h1>`` of the main content, else ``<title>`` without the site's
  name after its last `` | `` / `` – `` (``Kotoutumisohjelma | Kotoutuminen.fi``).
- language: ``--lang``, else ``<html lang>`` (``fi-FI`` -> ``fi``), else the
  ``Content-Language`` or ``og:locale`` meta tag, else guessed from the common words
  of the text (with a note; a page whose words do not say is refused).
- dates: ``published`` and ``updated`` from meta tags (``article:published_time``,
  ``article:modified_time``, Dublin Core, ``datePublished``...); ``checked`` is the
  day of the import.
- body: ``<main>``, else the page's only ``<article>``, else ``<body>`` without its
  header, as Markdown (``html_markdown``); summary: the meta description, else the
  first paragraph cut at a sentence end.
- id: ``<kind>-<host>-<path>`` (``service-kotoutuminen-fi-kotoutumisohjelma``), the
  path without a leading language folder (``/sv/``, ``/en/``) or an ``.html``
  ending. When the page names its language versions (``<link rel="alternate"
  hreflang>``), the Finnish version's address (else Swedish, else English) is used,
  so the fi, sv and en pages share one id even when their paths are translated (only
  when that list names the page itself). A ``news`` page is named as a feed names its
  entries: ``news-YYYY-MM-DD-<slug of the title>``.

Encoding: UTF-8 (with or without a BOM), else the charset the page declares, else
Windows-1252, with a note saying so. A file over 10 MB (``PAGE_LIMIT``), binary data
or a file with no HTML in it is refused with the reason.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from briefing.core.errors import BadInput
from briefing.core.markdown import to_plain
from briefing.core.models import (
    KINDS,
    LANGS,
    CancelFlag,
    Item,
    Progress,
    is_act_id,
    never_cancel,
    no_progress,
)
from briefing.library.importers.html_markdown import is_furniture, plain_text, to_markdown
from briefing.library.importers.html_tree import Node, parse_html
from briefing.library.importers.report import Refused
from briefing.library.importers.saved import (
    ReadResult,
    SavedItem,
    first_sentences,
    guess_lang,
    guessed_note,
    parse_date,
    read_all,
    slug,
)
from briefing.library.importers.textfix import RepairLog, normalise, repair

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# A saved portal page is 50-500 KB of HTML. Reading takes about a second and 20 MB of
# memory per MB of HTML: 10 MB leaves a wide margin and keeps a stray file bounded.
PAGE_LIMIT = 10 * 1024 * 1024
PAGE_KINDS = tuple(k for k in KINDS if k != "legislation")  # acts come from Finlex
ID_LIMIT = 100
_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_MARK = re.compile(r"<(?:html|head|body|title|h1|p|div|main|article)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_LANG_FOLDER = re.compile(r"(?:fi|sv|en)(?:[-_][a-z]{2})?\Z", re.IGNORECASE)
_UNSAFE_IN_URL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # "Kotoutuminen.fi" after a title is the site
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ")
_PUBLISHED = (
    "article:published_time", "og:published_time", "datepublished", "dcterms.issued",
    "dc.date.issued", "dcterms.date", "dc.date", "date", "publish-date", "pubdate",
)  # fmt: skip
_UPDATED = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "dc.date.modified", "last-modified", "modified",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PageOptions:
    """What the user said on the command line about the pages."""

    kind: str = "service"
    lang: str | None = None  # overrides <html lang>
    source: str | None = None  # the address when the page names none
    id: str | None = None  # overrides the id made from the address


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The text of a saved page and a note when its encoding had to be guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), ()
    if data[:4096].count(b"\x00") > 8:
        raise BadInput(f"{name}: not an HTML page (binary data)")
    data = data.replace(b"\x00", b"")  # a stray NUL is damage, not content
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:8192])
    if declared:
        label = declared[1].decode("ascii")
        try:
            codec = codecs.lookup(label).name
        except LookupError:
            codec = ""
        if codec and codec != "utf-8":
            return data.decode(codec, errors="replace"), (f"read as {label}, as the page declares",)
    note = "not UTF-8 and no other encoding declared: read as Windows-1252"
    return data.decode("cp1252", errors="replace"), (note,)


def _check_text(text: str, name: str) -> None:
    if not _HTML_MARK.search(text[:65536]):
        raise BadInput(f"{name}: not an HTML page (no <html>, <body> or content tags)")
    if len(_CONTROL.findall(text[:65536])) > 16:
        raise BadInput(f"{name}: not an HTML page (binary data)")


def _metas(nodes: list[Node]) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in nodes:
        if node.tag != "meta":
            continue
        key = (node.get("property") or node.get("name") or node.get("itemprop")).lower()
        key = key or node.get("http-equiv").lower()
        if key and node.get("content").strip():
            found.setdefault(key, normalise(node.get("content")))
    return found


def _links(nodes: list[Node]) -> tuple[str, dict[str, str]]:
    """The canonical address and the language versions (``hreflang`` -> address)."""
    canonical = ""
    versions: dict[str, str] = {}
    for node in nodes:
        if node.tag != "link":
            continue
        rel = node.get("rel").lower().split()
        if "canonical" in rel and not canonical:
            canonical = node.get("href").strip()
        if "alternate" in rel and node.get("hreflang"):
            versions.setdefault(node.get("hreflang").lower()[:2], node.get("href").strip())
    return canonical, versions


def _web(address: str, base: str = "") -> str:
    """``address`` made absolute; "" unless it is an http(s) address."""
    try:
        full = urljoin(base, address.strip()) if base else address.strip()
        parts = urlsplit(full)
    except ValueError:  # "http://[bad" and the like
        return ""
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    # An address is one line of the content source: spaces and controls percent-encoded.
    return _UNSAFE_IN_URL.sub(lambda m: quote(m[0]), full)


def _address(canonical: str, comments: list[str], metas: dict[str, str], fallback: str) -> str:
    saved_from = next((m[1] for c in comments if (m := _SAVED_FROM.search(c))), "")
    saved_from = _web(saved_from)
    for candidate in (canonical, metas.get("og:url", ""), saved_from, fallback):
        if candidate and (found := _web(candidate, saved_from)):
            return found
    return ""


def _base(root: Node, address: str) -> str:
    """What the page's relative links are relative to: its ``<base href>`` or address."""
    base = root.find("base")
    return (_web(base.get("href"), address) if base is not None else "") or address


def _region(root: Node) -> tuple[Node, bool]:
    """The main content and whether the page's own header must be left out."""
    skip = is_furniture
    main = next((n for n in root.walk(skip) if n.tag == "main" or n.get("role") == "main"), None)
    if main is not None:
        return main, False
    articles = [n for n in root.walk(skip) if n.tag == "article"]
    if len(articles) == 1:
        return articles[0], False
    return root.find("body") or root, True


def _without_header(node: Node) -> bool:
    return is_furniture(node) or node.tag == "header"


def _title(root: Node, region: Node, drop_header: bool, metas: dict[str, str], host: str) -> str:
    # Outside <main> an <h1> in the site's header is often the site's logo, not the page.
    heading = region.find("h1", _without_header if drop_header else is_furniture)
    if heading is not None and plain_text(heading):
        return plain_text(heading)
    title = root.find("title")
    text = normalise(title.text()) if title is not None else metas.get("og:title", "")
    site = {s.lower() for s in (metas.get("og:site_name", ""), host, host.split(".")[0]) if s}
    for separator in _TITLE_SEPARATORS:
        head, found, tail = text.rpartition(separator)
        named = tail.lower() in site or _DOMAIN.fullmatch(tail.strip()) is not None
        if found and head and (named or separator == " | "):
            return head.strip()
    return text


def _lang(
    root: Node, region: Node, metas: dict[str, str], options: PageOptions, name: str
) -> tuple[str, tuple[str, ...]]:
    """The page's language, and a note when it had to be guessed from its words."""
    html = root.find("html")
    stated = options.lang or (html.get("lang") or html.get("xml:lang") if html else "")
    stated = stated or metas.get("content-language", "") or metas.get("og:locale", "")
    lang = stated.strip().lower()[:2]
    if not lang:
        guessed = guess_lang(plain_text(region))
        if guessed is None:
            raise BadInput(f"{name}: the page does not state its language; give --lang fi|sv|en")
        return guessed, (guessed_note(guessed),)
    if lang not in LANGS:
        raise BadInput(f"{name}: language {stated!r} is not one of {', '.join(LANGS)}")
    return lang, ()


def _summary(region: Node, metas: dict[str, str], body: str) -> str:
    text = metas.get("description") or metas.get("og:description") or ""
    if not text:
        first = next(
            (t for n in region.walk(is_furniture) if n.tag == "p" and (t := plain_text(n))), ""
        )
        text = first or normalise(body.split("\n\n", 1)[0].lstrip("#").strip())
    return first_sentences(text)


def _same_page(one: str, other: str) -> bool:
    a, b = urlsplit(one), urlsplit(other)
    return (a.hostname, a.path.rstrip("/")) == (b.hostname, b.path.rstrip("/"))


def page_id(kind: str, address: str, versions: dict[str, str] | None = None) -> str:
    """The item id of a page: ``<kind>-<host>-<path>``, the same for its language versions."""
    versions = versions or {}
    # Language versions count only when they list this page itself: some sites point a
    # missing translation at their home page, which would give many pages one id.
    if not any(_same_page(_web(v, address), address) for v in versions.values()):
        versions = {}
    basis = next((v for lang in LANGS if (v := _web(versions.get(lang, ""), address))), address)
    parts = urlsplit(basis)  # basis passed _web: it splits
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in unquote(parts.path).split("/") if s]
    if segments and _LANG_FOLDER.match(segments[0]):
        segments = segments[1:]
    if segments:
        segments[-1] = re.sub(r"\.(?:s?html?|php|aspx?)\Z", "", segments[-1], flags=re.I)
        if segments[-1].lower() in ("index", "default", ""):
            segments.pop()
    return slug(" ".join([kind, host, *segments]), ID_LIMIT)


def _dated(metas: dict[str, str], keys: tuple[str, ...]) -> date | None:
    return next((d for key in keys if (d := parse_date(metas.get(key, "")))), None)


def read_page(data: bytes, name: str, options: PageOptions, today: date) -> SavedItem:
    """One saved page as a library item (``BadInput`` naming the file when refused)."""
    text, notes = decode(data, name)
    log = RepairLog()
    # Mojibake repaired before anything is read from the text (a title, an address);
    # a BOM not at the start (a damaged or joined file) is no text.
    text = repair(text, log).replace("\ufeff", "")
    if log.mojibake:
        notes += (f"{log.mojibake} passages had been decoded in the wrong encoding: repaired",)
    _check_text(text, name)
    doc = parse_html(text)
    root, nodes = doc.root, list(doc.root.walk())
    metas, (canonical, versions) = _metas(nodes), _links(nodes)
    address = _address(canonical, doc.comments, metas, options.source or "")
    if not address:
        raise BadInput(
            f"{name}: the page names no address (canonical link, og:url or saved-from"
            " comment); give --source URL"
        )
    region, drop_header = _region(root)
    lang, guessed = _lang(root, region, metas, options, name)
    host = (urlsplit(address).hostname or "").removeprefix("www.")
    title = _title(root, region, drop_header, metas, host)
    if not title:
        raise BadInput(f"{name}: the page has no title (no <h1> and no <title>)")
    body = to_markdown(region, _base(root, address), drop_header=drop_header, title=title)
    if not to_plain(body):
        raise BadInput(f"{name}: no text in the page's main content")
    summary = _summary(region, metas, body) or title
    published, updated = _dated(metas, _PUBLISHED), _dated(metas, _UPDATED)
    if options.kind == "news" and published is None:
        raise BadInput(f"{name}: a news item needs a publication date; the page states none")
    if options.id:
        item_id = options.id
    elif published is not None and options.kind == "news":
        # As a feed names its entries: the same news from a feed and a page is one item.
        item_id = f"news-{published.isoformat()}-{slug(title) or slug(address)}"
    else:
        item_id = page_id(options.kind, address, versions)
    if not _ID.match(item_id):
        raise BadInput(f"{name}: {item_id!r} is not an id (lower-case letters, digits, -)")
    if is_act_id(item_id):
        # An act's id (Finlex imports and ours): a page under it would pass for the act.
        raise BadInput(f"{name}: {item_id!r} is the id of an act; give the page another --id")
    item = Item(
        id=item_id, kind=options.kind, lang=lang, title=title, summary=summary,
        body=body, source=address, checked=today, published=published,
        updated=updated, official=True,
    )  # fmt: skip
    return SavedItem(item=item, file=name, origin="page", notes=notes + guessed)


def read_pages(
    sources: Sequence[Path],
    options: PageOptions,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> ReadResult:
    """Every saved page in these files and folders (``*.html``, ``*.htm``...)."""
    today = date.today()

    def reader(data: bytes, name: str) -> tuple[list[SavedItem], list[Refused]]:
        return [read_page(data, name, options, today)], []

    return read_all(sources, PAGE_SUFFIXES, reader, progress, cancel, PAGE_LIMIT)
