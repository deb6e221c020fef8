"""HTML from strangers as a small tree, with the standard library's forgiving parser.

Saved web pages and feed entries are rarely valid: unclosed ``<p>`` and ``<li>``,
stray end tags, tags nested thousands deep in a crafted file. ``parse_html`` builds a
tree anyway: end tags close the nearest open element of that name (a stray one is
ignored), the usual implicit closes apply, and nesting past ``MAX_DEPTH`` is
flattened so that walking the tree can never exhaust Python's stack. Comments are
kept aside (a browser's ``saved from url=`` comment names the page's address).
Nothing is fetched: this reads text, it never follows what the page refers to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Real pages nest 30-40 deep; deeper than this is a crafted file, read flat.
MAX_DEPTH = 120

_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
    "param", "source", "track", "wbr",
}  # fmt: skip
# Opening one of these ends an open <p>, as browsers do.
_CLOSES_P = {
    "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
}  # fmt: skip
# An element that an opening sibling of the same family ends, up to its container.
_SIBLINGS = {
    "li": ({"li"}, {"ul", "ol"}),
    "dt": ({"dt", "dd"}, {"dl"}),
    "dd": ({"dt", "dd"}, {"dl"}),
    "tr": ({"tr", "td", "th"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "option": ({"option"}, {"select", "datalist"}),
}


@dataclass(slots=True, eq=False)
class Node:
    """One element: its tag, attributes (lower-case names) and children in order."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)

    def get(self, name: str) -> str:
        return self.attrs.get(name, "")

    def elements(self) -> Iterator[Node]:
        """The child elements (text left out)."""
        return (c for c in self.children if isinstance(c, Node))

    def walk(self, skip: Callable[[Node], bool] | None = None) -> Iterator[Node]:
        """This element and every element under it, in document order; ``skip``
        leaves an element and everything under it out."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if skip is not None and skip(node):
                continue
            yield node
            stack.extend(reversed(list(node.elements())))

    def find(self, tag: str, skip: Callable[[Node], bool] | None = None) -> Node | None:
        """The first element called ``tag`` at or under this one."""
        return next((n for n in self.walk(skip) if n.tag == tag), None)

    def text(self) -> str:
        """Every piece of text under this element, joined as it stands."""
        out: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            top = stack.pop()
            if isinstance(top, str):
                out.append(top)
            elif top.tag not in ("script", "style", "template"):
                stack.extend(reversed(top.children))
        return "".join(out)


@dataclass(slots=True)
class Document:
    """A parsed page: the root element and the comments found anywhere in it."""

    root: Node
    comments: list[str]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack: list[Node] = [self.root]
        self.comments: list[str] = []

    def _open(self, tag: str) -> bool:
        return any(n.tag == tag for n in self.stack)

    def _close_to(self, tag: str) -> None:
        while len(self.stack) > 1:
            if self.stack.pop().tag == tag:
                return

    def _implicit_closes(self, tag: str) -> None:
        if tag in _CLOSES_P and self._open("p"):
            self._close_to("p")
        family = _SIBLINGS.get(tag)
        if family is None:
            return
        ends, containers = family
        for node in reversed(self.stack[1:]):
            if node.tag in containers:
                return
            if node.tag in ends:
                self._close_to(node.tag)
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._implicit_closes(tag)
        node = Node(tag, {k.lower(): v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._implicit_closes(tag)
        self.stack[-1].children.append(Node(tag, {k.lower(): v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self._open(tag):
            return  # a stray end tag: browsers ignore it too
        self._close_to(tag)

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def parse_html_declaration(self, i: int) -> int:
        # "<![junk" makes the standard library raise AssertionError: read it as text.
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 1)
            return -1 if end < 0 else end + 1


def parse_html(text: str) -> Document:
    """``text`` as a tree; never fails on broken HTML."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return Document(builder.root, builder.comments)
