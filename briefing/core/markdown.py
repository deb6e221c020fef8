"""THE markdown configuration, one for screen and paper.

python-markdown does not sanitise. Library content is rendered and then cleaned with
nh3 (no script, no remote images, no event handlers); what people type is rendered
with raw HTML escaped first, so a note can never inject markup.
"""

from __future__ import annotations

import html
import re
import threading
from xml.etree import ElementTree

import markdown
import nh3
from markdown.treeprocessors import InlineProcessor
from markdown.util import AtomicString

_EXTENSIONS = ["extra", "sane_lists"]

# Tags and attributes the reader and the HTML export may show. No <img>: content
# never loads anything, local or remote.
_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "mark", "ol", "p", "pre", "s",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "span": {"class", "lang"},
    "div": {"class", "lang"},
    "h2": {"id"},
    "h3": {"id"},
    "td": {"align"},
    "th": {"align"},
}
# item: links point at other library items and sections (item:act-681-2023/s-13).
_URL_SCHEMES = {"http", "https", "mailto", "item"}


_PER_THREAD = threading.local()

# What each inline pattern's expression cannot match without: a text holding none of
# these strings is not offered to that pattern. Patterns not named here always run.
_NEEDS: dict[str, tuple[str, ...]] = {
    "backtick": ("`",),
    "escape": ("\\",),
    "footnote": ("[^",),
    "reference": ("[",),
    "link": ("[",),
    "image_link": ("![",),
    "image_reference": ("![",),
    "short_reference": ("[",),
    "short_image_ref": ("![",),
    "autolink": ("<",),
    "automail": ("<",),
    "linebreak": ("  \n",),
    "html": ("<",),
    "entity": ("&",),
    "em_strong": ("*", "_"),
    "em_strong2": ("_",),
    "not_strong": ("*", "_"),
    "strong": ("*",),
    "emphasis": ("*",),
    "strong2": ("_",),
    "emphasis2": ("_",),
}


class _SkippingInline(InlineProcessor):  # type: ignore[misc]
    """python-markdown's inline pass, minus the patterns that cannot match a text.

    Each of the fifteen patterns is tried on every text node, most of them in vain
    (two thirds of the time of converting a law's section). Same tree, same output.
    """

    _needs: list[tuple[str, ...] | None] | None = None

    def _needed(self) -> list[tuple[str, ...] | None]:
        if self._needs is None:
            patterns = self.inlinePatterns
            needs: list[tuple[str, ...] | None] = [None] * len(patterns)
            for name, strings in _NEEDS.items():
                if name in patterns:
                    needs[patterns.get_index_for_name(name)] = strings
            self._needs = needs
        return self._needs

    # The mangled name of InlineProcessor.__handleInline, which every text node goes through.
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        if not isinstance(data, AtomicString):
            data = self._apply(data, patternIndex)
        return data

    def _apply(self, data: str, index: int) -> str:
        patterns, needs = self.inlinePatterns, self._needed()
        start, count = 0, len(patterns)
        while index < count:
            wanted = needs[index]
            if wanted is not None and not any(s in data for s in wanted):
                index, start = index + 1, 0  # what a failed attempt would leave
                continue
            data, matched, start = self._InlineProcessor__applyPattern(
                patterns[index], data, index, start
            )
            if not matched:
                index += 1
        return data


def _engine() -> markdown.Markdown:
    engine = markdown.Markdown(extensions=_EXTENSIONS, output_format="html")
    engine.treeprocessors.register(_SkippingInline(engine), "inline", 20)
    return engine


def _thread_engine() -> markdown.Markdown:
    # A new Markdown instance loads every extension (about 2 ms, as much as converting a
    # short note): keep one per thread and reset it between texts. Same output.
    engine = getattr(_PER_THREAD, "engine", None)
    if engine is None:
        engine = _PER_THREAD.engine = _engine()
    engine.reset()
    return engine


def _render(text: str) -> str:
    rendered: str = _thread_engine().convert(text)
    return rendered


# Elements python-markdown makes from Markdown alone (raw HTML is stashed, not parsed)
# whose tree says what the sanitised HTML would say. Footnotes (div, sup) are finished
# on the serialised text, so they are not here.
_TREE_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre"}
    | {"code", "em", "strong", "a", "hr", "br", "img", "abbr", "dl", "dt", "dd"}
    | {"table", "thead", "tbody", "tr", "th", "td"}
)
# "&": entities and code escapes are resolved by serialising; \x02 and \x03 mark
# stashed raw HTML; other control characters are rewritten by the HTML parser.
_TREE_UNSAFE = re.compile("[&\x00-\x08\x0b-\x1f\x7f]")


def _tree(text: str) -> ElementTree.Element | None:
    """python-markdown's tree of ``text``, or None when only the HTML route is exact."""
    root = ElementTree.Element("div")
    if not text.strip():
        return root
    engine = _thread_engine()
    lines = text.split("\n")
    for preprocessor in engine.preprocessors:
        lines = preprocessor.run(lines)
    root = engine.parser.parseDocument(lines).getroot()
    for treeprocessor in engine.treeprocessors:
        replaced = treeprocessor.run(root)
        if replaced is not None:
            root = replaced
    exact = not engine.htmlStash.html_counter and _markdown_only(root)
    tree: ElementTree.Element = root
    return tree if exact else None


def _markdown_only(root: ElementTree.Element) -> bool:
    if _TREE_UNSAFE.search("".join(root.itertext())):
        return False
    for element in root.iter():
        if element is not root and element.tag not in _TREE_TAGS:
            return False
        if element.tail and _TREE_UNSAFE.search(element.tail):
            return False
        if any(_TREE_UNSAFE.search(value) for value in element.attrib.values()):
            return False
    return True


def to_tree(text: str) -> ElementTree.Element | None:
    """Library content as an element tree saying what ``to_html`` says, or None.

    For the PDF export, which would otherwise parse ``to_html``'s output again. The
    tree holds only Markdown's own elements; None (use ``to_html``) when the text has
    raw HTML, entities or footnotes. The root is a ``div`` to be left out.
    """
    return _tree(text)


def user_to_tree(text: str) -> ElementTree.Element | None:
    """Like ``to_tree`` for text a person typed (as ``user_to_html`` renders it)."""
    return _tree(html.escape(text, quote=False))


def sanitise(fragment: str) -> str:
    """Clean an HTML fragment to the allowed tags; links get rel=noopener noreferrer."""
    return nh3.clean(
        fragment,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def to_html(text: str) -> str:
    """Library content (Markdown that may hold HTML) as safe HTML for the reader."""
    return sanitise(_render(text))


def user_to_html(text: str) -> str:
    """Text a person typed (a note, a memo): Markdown with any raw HTML shown as text."""
    return sanitise(_render(html.escape(text, quote=False)))


_MARKUP = re.compile(r"[*_`#>\[\]]|\(item:[^)]*\)|\(https?://[^)]*\)")


def to_plain(text: str) -> str:
    """A rough plain-text form of Markdown, for snippets and search indexing."""
    return re.sub(r"\s+", " ", _MARKUP.sub("", text)).strip()
