"""Markdown, through THE markdown configuration, into reportlab flowables.

The text goes through ``core.markdown`` (sanitised HTML; user text with raw HTML
escaped) and the few tags that allows are mapped onto reportlab's paragraph markup.
Anything unexpected is kept as text, never as markup.
"""

from __future__ import annotations

import re
from html import escape
from html.parser import HTMLParser
from xml.etree import ElementTree

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle, XPreformatted
from reportlab.platypus.flowables import HRFlowable

from briefing.core import markdown
from briefing.export.styles import LINK, MUTED, SERIF, Styles

_INLINE = {
    "b": "b", "strong": "b", "i": "i", "em": "i", "del": "strike", "s": "strike",
    "sub": "sub", "sup": "super", "u": "u",
}  # fmt: skip
_BLOCKS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre"}
_HEADINGS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3, "h5": 4, "h6": 5}
_INDENT = 14.0


class _Builder(HTMLParser):
    """Collects paragraphs; one instance per text."""

    def __init__(
        self, styles: Styles, heading_shift: int, targets: dict[str, str] | None = None
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.styles = styles
        self.heading_shift = heading_shift
        self.out: list[Flowable] = []
        self.buf: list[str] = []
        self.block = "p"
        self.lists: list[list[int]] = []  # [ordered, counter]
        self.quote = 0
        self.pre = False
        self.rows: list[list[Paragraph]] | None = None
        self.links: list[bool] = []
        self.targets = targets or {}
        self.bullet_pending = False  # the next paragraph is a list item's first

    # --- tags ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INLINE:
            self.buf.append(f"<{_INLINE[tag]}>")
        elif tag == "a":
            self._open_link(dict(attrs).get("href") or "")
        elif tag == "code" and not self.pre:
            self.buf.append(f'<font color="{MUTED.hexval()}">')
        elif tag == "br":
            self.buf.append("<br/>")
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append([tag == "ol", 0])
        elif tag == "blockquote":
            self._flush()
            self.quote += 1
        elif tag == "hr":
            self._flush()
            self.out.append(HRFlowable(width="100%", thickness=0.5, color=MUTED, spaceAfter=6))
        elif tag == "table":
            self._flush()
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in _BLOCKS:
            self._flush()
            self.block = tag
            self.pre = tag == "pre"
            if tag == "li" and self.lists:
                self.lists[-1][1] += 1
                self.bullet_pending = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _INLINE:
            self.buf.append(f"</{_INLINE[tag]}>")
        elif tag == "a":
            if self.links and self.links.pop():
                self.buf.append("</a>")
        elif tag == "code" and not self.pre:
            self.buf.append("</font>")
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._flush()
            self.quote = max(0, self.quote - 1)
        elif tag == "table":
            self._flush_table()
        elif tag in _BLOCKS:
            self._flush()
            self.block = "li" if self.lists else "p"
            self.pre = False

    def handle_data(self, data: str) -> None:
        self.buf.append(escape(keep_together(data), quote=False))

    def _open_link(self, href: str) -> None:
        # Web and mail addresses, and library items that are entries of this briefing
        # (a jump to the entry); any other item: link stays text.
        target = self.targets.get(href[5:], "") if href.startswith("item:") else ""
        if target:
            self.buf.append(f'<a href="#{target}" color="{LINK.hexval()}">')
            self.links.append(True)
        elif href.startswith(("http://", "https://", "mailto:")):
            self.buf.append(f'<a href="{escape(href)}" color="{LINK.hexval()}">')
            self.links.append(True)
        else:
            self.links.append(False)

    # --- output -----------------------------------------------------------------
    def _flush(self) -> None:
        text = "".join(self.buf).strip()
        self.buf = []
        if not text:
            return
        if self.pre:
            self.out.append(XPreformatted(text, self.styles.pre))
            return
        if self.rows is not None and self.block in ("td", "th"):
            markup = f"<b>{text}</b>" if self.block == "th" else text
            if self.rows:
                self.rows[-1].append(Paragraph(markup, self.styles.table_cell))
            return
        self.out.append(self._paragraph(text))

    def _paragraph(self, text: str) -> Paragraph:
        styles = self.styles
        if self.block in _HEADINGS:
            level = min(5, _HEADINGS[self.block] + self.heading_shift)
            return Paragraph(text, styles.headings[level])
        indent = _INDENT * (self.quote + len(self.lists))
        base = styles.quote if self.quote else styles.body
        if self.block == "dt":
            return Paragraph(f"<b>{text}</b>", base)
        if self.block == "dd":
            indent += _INDENT
        if self.lists and self.block in ("li", "p"):
            ordered, counter = self.lists[-1]
            # Only a list item's first paragraph carries the bullet; the rest align.
            bullet = (f"{counter}." if ordered else "•") if self.bullet_pending else None
            self.bullet_pending = False
            style = styles.bullet if not self.quote else styles.quote
            return Paragraph(text, _indented(styles, style, indent), bulletText=bullet)
        return Paragraph(text, _indented(styles, base, indent))

    def _flush_table(self) -> None:
        self._flush()
        rows = [row for row in (self.rows or []) if row]
        self.rows = None
        if not rows:
            return
        width = max(len(row) for row in rows)
        data = [row + [Paragraph("", self.styles.table_cell)] * (width - len(row)) for row in rows]
        # splitInRow: a cell taller than a page continues on the next one.
        table = Table(data, repeatRows=1, hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#999999")),
                    ("FONTNAME", (0, 0), (-1, -1), SERIF),  # the default is Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.out.extend([table, Spacer(1, 6)])

    def close(self) -> None:
        super().close()
        self._flush()
        if self.rows is not None:
            self._flush_table()


def _indented(styles: Styles, style: ParagraphStyle, indent: float) -> ParagraphStyle:
    if not indent:
        return style
    key = f"{style.name}+{indent}"
    cached = styles.derived.get(key)
    if cached is None:
        cached = ParagraphStyle(key, parent=style, leftIndent=indent, bulletIndent=indent - 10)
        styles.derived[key] = cached
    return cached


# nh3 writes HTML5: void tags without a slash and &nbsp;, the only things XML rejects
# in what the allowed tags can produce.
_VOID = re.compile(r"<(br|hr)>")


def _replay(builder: _Builder, element: ElementTree.Element) -> None:
    builder.handle_starttag(element.tag, list(element.attrib.items()))
    _replay_children(builder, element)
    builder.handle_endtag(element.tag)


def html_to_flowables(
    fragment: str,
    styles: Styles,
    heading_shift: int = 1,
    targets: dict[str, str] | None = None,
) -> list[Flowable]:
    """Flowables for a sanitised HTML fragment from ``core.markdown``.

    Parsed with expat (C) when the fragment is well-formed as XML, which nh3's output
    is once two HTML habits are rewritten; html.parser otherwise.
    """
    builder = _Builder(styles, heading_shift, targets)
    xml = _VOID.sub(r"<\1/>", fragment).replace("&nbsp;", "\u00a0")
    try:
        root = ElementTree.fromstring(f"<root>{xml}</root>")
    except ElementTree.ParseError:
        builder.feed(fragment)
    else:
        _replay_children(builder, root)
    builder.close()
    return builder.out


def _replay_children(builder: _Builder, root: ElementTree.Element) -> None:
    """What lies inside ``root``, as the parser would have fed it: text, elements, tails."""
    if root.text:
        builder.handle_data(root.text)
    for child in root:
        _replay(builder, child)
        if child.tail:
            builder.handle_data(child.tail)


def tree_to_flowables(
    root: ElementTree.Element,
    styles: Styles,
    heading_shift: int = 1,
    targets: dict[str, str] | None = None,
) -> list[Flowable]:
    """Flowables for a tree from ``markdown.to_tree``: what its HTML would give, unparsed."""
    builder = _Builder(styles, heading_shift, targets)
    _replay_children(builder, root)
    builder.close()
    return builder.out


def content_flowables(
    text: str, styles: Styles, targets: dict[str, str] | None = None
) -> list[Flowable]:
    """Library content (Markdown) as flowables; its headings sit below the entry's title."""
    tree = markdown.to_tree(text)
    if tree is not None:
        return tree_to_flowables(tree, styles, targets=targets)
    return html_to_flowables(markdown.to_html(text), styles, targets=targets)


def user_flowables(text: str, styles: Styles) -> list[Flowable]:
    """Text a person typed (note, memo) as flowables; raw HTML shows as text."""
    tree = markdown.user_to_tree(text)
    if tree is not None:
        return tree_to_flowables(tree, styles, heading_shift=2)
    return html_to_flowables(markdown.user_to_html(text), styles, heading_shift=2)


_SECTION_SIGN = re.compile(r"(?<=\d) (?=(?:[a-z] )?§)|(?<=\d [a-z]) (?=§)|(?<=§) (?=\d)")


def keep_together(text: str) -> str:
    """No line break inside "13 §", "18 a §" or "§ 13": the number stays with its sign."""
    return _SECTION_SIGN.sub("\u00a0", text) if "§" in text else text


def plain(text: str) -> str:
    """Plain text escaped for a reportlab paragraph (titles, labels, names)."""
    return escape(keep_together(text), quote=False)
