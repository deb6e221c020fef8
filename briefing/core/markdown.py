"""THE markdown configuration, one for screen and paper.

python-markdown does not sanitise. Library content is rendered and then cleaned with
nh3 (no script, no remote images, no event handlers); what people type is rendered
with raw HTML escaped first, so a note can never inject markup.
"""

from __future__ import annotations

import html
import re
import threading

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


def _render(text: str) -> str:
    # A new Markdown instance loads every extension (about 2 ms, as much as converting a
    # short note): keep one per thread and reset it between texts. Same output.
    engine = getattr(_PER_THREAD, "engine", None)
    if engine is None:
        engine = _PER_THREAD.engine = _engine()
    rendered: str = engine.reset().convert(text)
    return rendered


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
