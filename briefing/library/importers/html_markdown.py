"""HTML (a saved page's main content, a feed entry) as the library's Markdown.

Kept: headings, paragraphs, lists, emphasis, links (made absolute against the page's
address; only ``http``, ``https`` and ``mailto`` survive, anything else keeps its
text only), quotes, preformatted text, and tables (a Markdown table when the table
has a header row and no merged cells, else one paragraph per row). Never kept:
scripts, styles, frames, embedded objects, forms, images, event handlers, inline
styles; nor what a reader does not see (``hidden``, ``aria-hidden``,
``display: none``) or what is page furniture (navigation, cookie and consent banners,
breadcrumbs, skip links, share buttons). Text is escaped so that it shows exactly as
written: a "<b>" in the text stays those three characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from briefing.library.importers.finlex_text import escape, escape_block
from briefing.library.importers.html_tree import Node, parse_html
from briefing.library.importers.textfix import normalise

# Content that is never text for a reader, whatever the page says.
_DROPPED = {
    "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object",
    "embed", "applet", "svg", "math", "canvas", "video", "audio", "picture", "img", "map",
    "form", "button", "input", "select", "textarea", "option", "label", "dialog", "head",
    "title", "meta", "link", "base", "nav", "aside", "footer",
}  # fmt: skip
_FURNITURE_ROLES = {
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog",
    "alertdialog", "menu", "menubar", "toolbar",
}  # fmt: skip
_FURNITURE = re.compile(
    r"(?:^|[-_ ])(?:cookies?|consent|gdpr|breadcrumbs?|skip-?(?:link|to|nav)\w*|sr-only"
    r"|visually-hidden|hide-accessible|screen-reader\w*|share|sharing"
    r"|social-(?:share|links|media|icons)|some-share)"
    r"(?:$|[-_ ])",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"-[- ]*|=[= ]*")
_FIRST_CHAR = {"-": "\\-", "=": "&#61;", "~": "&#126;", ":": "&#58;"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "address", "figure", "figcaption",
    "details", "summary", "center", "hgroup", "body", "html", "#document", "ul", "ol",
    "dl", "dt", "dd", "li", "table", "blockquote", "pre", "hr", *_HEADINGS,
}  # fmt: skip
_EMPHASIS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_LINK_SCHEMES = {"http", "https", "mailto"}
_BREAK = "\x00"  # a <br> inside inline text until whitespace is normalised


def is_furniture(node: Node) -> bool:
    """True for what a reader of the content never sees or never wants."""
    if node.tag in _DROPPED:
        return True
    if "hidden" in node.attrs or node.get("aria-hidden").lower() == "true":
        return True
    if node.get("role").lower() in _FURNITURE_ROLES:
        return True
    if _HIDDEN_STYLE.search(node.get("style")):
        return True
    names = f"{node.get('class')} {node.get('id')}"
    return bool(names.strip()) and _FURNITURE.search(names) is not None


def absolute(base: str, href: str) -> str:
    """``href`` made absolute against ``base``; "" for what no reader should follow."""
    href = href.strip()
    if not href or href.startswith("#"):
        return ""
    try:
        target = urljoin(base, href) if base else href
        parts = urlsplit(target)
    except ValueError:  # "http://[bad" and the like: not an address
        return ""
    if parts.scheme.lower() not in _LINK_SCHEMES or (parts.scheme != "mailto" and not parts.netloc):
        return ""
    # Markdown ends a link address at a space or ")": encode them.
    return quote(target, safe=":/?#[]@!$&'*+,;=%~")


@dataclass(slots=True)
class _Options:
    base: str
    drop_header: bool  # the page's own header (site logo, menus) outside <main>
    skip_title: str  # the first <h1> with this text is the item's title, not body


class _Renderer:
    """Walks a tree and produces Markdown blocks."""

    def __init__(self, options: _Options) -> None:
        self.options = options
        self.title_skipped = False

    def _skip(self, node: Node) -> bool:
        return is_furniture(node) or (self.options.drop_header and node.tag == "header")

    # --- inline ------------------------------------------------------------------

    def inline(self, node: Node) -> str:
        """The inline Markdown of ``node``'s children, whitespace normalised."""
        raw = "".join(self._inline_parts(node))
        lines = [line for part in raw.split(_BREAK) if (line := normalise(part))]
        # Each line after a break starts a line of the Markdown: escaped like a block's start.
        return "  \n".join(lines[:1] + [_escape_start(line) for line in lines[1:]])

    def _inline_parts(self, node: Node) -> list[str]:
        out: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                out.append(escape(child))
            elif not self._skip(child):
                out.append(self._inline_element(child))
        return out

    def _inline_element(self, node: Node) -> str:
        if node.tag == "br":
            return _BREAK
        inner = "".join(self._inline_parts(node))
        if node.tag in _BLOCKS:
            return f" {inner} "
        if node.tag == "a":
            return self._link(node, inner)
        mark = _EMPHASIS.get(node.tag)
        if mark and inner.strip() and _BREAK not in inner:
            lead = " " if inner[:1].isspace() else ""
            trail = " " if inner[-1:].isspace() else ""
            return f"{lead}{mark}{normalise(inner)}{mark}{trail}"
        if node.tag == "code" and inner.strip():
            return f"`{normalise(node.text()).replace('`', '')}`"
        return inner

    def _link(self, node: Node, inner: str) -> str:
        target = absolute(self.options.base, node.get("href"))
        text = normalise(inner.replace(_BREAK, " "))
        if not target or not text:
            return inner
        return f"[{text}]({target})"

    # --- blocks ------------------------------------------------------------------

    def blocks(self, node: Node) -> list[str]:
        """``node``'s children as Markdown blocks (paragraphs, headings, lists...)."""
        out: list[str] = []
        run: list[Node | str] = []
        for child in node.children:
            if isinstance(child, Node) and self._skip(child):
                continue
            if isinstance(child, Node) and child.tag in _BLOCKS:
                self._flush(run, out)
                out.extend(self._block(child))
            else:
                run.append(child)
        self._flush(run, out)
        return [b for b in out if b.strip()]

    def _flush(self, run: list[Node | str], out: list[str]) -> None:
        if run:
            text = self.inline(Node("span", children=list(run)))
            if text:
                out.append(_escape_start(text))
            run.clear()

    def _block(self, node: Node) -> list[str]:
        tag = node.tag
        if tag in _HEADINGS:
            return self._heading(node)
        if tag in ("ul", "ol"):
            return [self._list(node)]
        if tag == "table":
            return _table(self, node)
        if tag == "pre":
            return [_fence(node.text())]
        if tag == "blockquote":
            inner = "\n\n".join(self.blocks(node))
            return ["\n".join(f"> {line}".rstrip() for line in inner.splitlines())]
        if tag == "hr":
            return ["* * *"]
        if tag in ("dt", "summary"):
            text = self.inline(node)
            return [f"**{text}**"] if text else []
        return self.blocks(node)

    def _heading(self, node: Node) -> list[str]:
        text = self.inline(node).replace("  \n", " ")
        if not text:
            return []
        level = _HEADINGS[node.tag]
        wanted = self.options.skip_title
        if level == 1 and not self.title_skipped and wanted and plain_text(node) == wanted:
            self.title_skipped = True
            return []
        # The item's title is the page's only level-1 heading.
        return [f"{'#' * max(level, 2)} {text}"]

    def _list(self, node: Node) -> str:
        ordered = node.tag == "ol"
        items: list[str] = []
        number = 1
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    items.append(("1. " if ordered else "- ") + escape(normalise(child)))
                continue
            if self._skip(child):
                continue
            body = self.blocks(child) if child.tag == "li" else self._block_or_inline(child)
            if not body:
                continue
            marker = f"{number}. " if ordered else "- "
            number += 1
            first, *rest = _join_item(body).split("\n")
            items.append(
                "\n".join([marker + first, *(("    " + line) if line else "" for line in rest)])
            )
        # One item of several paragraphs makes the list "loose": blank lines between items.
        loose = any("\n\n" in item for item in items)
        return ("\n\n" if loose else "\n").join(items)

    def _block_or_inline(self, node: Node) -> list[str]:
        if node.tag in _BLOCKS:
            return self._block(node)
        text = self.inline(Node("span", children=[node]))
        return [text] if text else []


def _join_item(blocks: list[str]) -> str:
    """A list item's blocks: a nested list follows its line directly."""
    text = blocks[0]
    for block in blocks[1:]:
        nested = block.startswith(("- ", "1. ")) or re.match(r"\d+\. ", block) is not None
        text += ("\n" if nested else "\n\n") + block
    return text


def _fence(text: str) -> str:
    fence = "~~~" if "```" in text else "```"
    return f"{fence}\n{text.strip(chr(10))}\n{fence}"


def _rows(table: Node, skip: _Renderer) -> list[Node]:
    rows: list[Node] = []
    for child in table.elements():
        if skip._skip(child):
            continue
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(r for r in child.elements() if r.tag == "tr")
    return rows


def _table(renderer: _Renderer, table: Node) -> list[str]:
    rows = _rows(table, renderer)
    cells = [[c for c in row.elements() if c.tag in ("td", "th")] for row in rows]
    cells = [row for row in cells if row]
    if not cells:
        return renderer.blocks(table)
    merged = any(c.get("colspan") not in ("", "1") or c.get("rowspan") not in ("", "1")
                 for row in cells for c in row)  # fmt: skip
    nested = any(n.tag in ("table", "ul", "ol", "pre") for row in cells for c in row
                 for n in c.walk() if n is not c)  # fmt: skip
    header = all(c.tag == "th" for c in cells[0])
    texts = [[renderer.inline(c).replace("  \n", " ").replace("|", "\\|") for c in row]
             for row in cells]  # fmt: skip
    caption = table.find("caption")
    out = [f"**{renderer.inline(caption)}**"] if caption is not None else []
    if header and not merged and not nested:
        width = max(len(row) for row in texts)
        padded = [row + [""] * (width - len(row)) for row in texts]
        out.append(
            "\n".join(
                [f"| {' | '.join(padded[0])} |", "|" + " --- |" * width]
                + [f"| {' | '.join(row)} |" for row in padded[1:]]
            )
        )
        return out
    # Without a header row (or with merged cells) a grid would say what the page does
    # not: each row becomes a paragraph of its cells.
    out.extend(_escape_start(" – ".join(t for t in row if t)) for row in texts if any(row))
    return out


def _escape_start(text: str) -> str:
    """``escape_block``, and a first line kept as text that would be a rule, a heading's
    underline, a code fence (``~~~``) or a definition (``: ``)."""
    text = escape_block(text)
    first, newline, rest = text.partition("\n")
    if _RULE_LINE.fullmatch(first) or first.startswith(("~~~", ": ")):
        # "=", "~" and ":" have no Markdown escape: a character reference stands for them.
        first = _FIRST_CHAR.get(first[0], "") + first[1:]
    return first + newline + rest


def to_markdown(node: Node, base: str = "", *, drop_header: bool = False, title: str = "") -> str:
    """The Markdown of ``node``'s content; ``base`` makes links absolute; the first
    ``<h1>`` reading ``title`` is left out (it is the item's title)."""
    renderer = _Renderer(_Options(base=base, drop_header=drop_header, skip_title=title))
    text = "\n\n".join(renderer.blocks(node))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def fragment_to_markdown(html: str, base: str = "") -> str:
    """An HTML fragment (a feed entry's content) as Markdown."""
    return to_markdown(parse_html(html).root, base)


def plain_text(node: Node) -> str:
    """The text a reader sees under ``node``, as one line (furniture left out)."""
    out: list[str] = []
    _collect_text(node, out)
    return normalise("".join(out))


def _collect_text(node: Node, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, str):
            out.append(child)
        elif not is_furniture(child):
            block = child.tag in _BLOCKS or child.tag in ("br", "td", "th", "tr")
            out.append(" " if block else "")
            _collect_text(child, out)
            out.append(" " if block else "")


def fragment_to_text(html: str) -> str:
    """An HTML fragment as one line of plain text (scripts and furniture left out)."""
    if "<" not in html and "&" not in html:
        return normalise(html)  # most feed titles: no markup to parse
    return plain_text(parse_html(html).root)
