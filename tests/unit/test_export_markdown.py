"""The export's faster Markdown routes give exactly what python-markdown's HTML gives."""

from __future__ import annotations

import html
from pathlib import Path

import markdown
import pytest
from reportlab.platypus import Flowable, Table

from briefing.core import markdown as md
from briefing.export.flow import html_to_flowables, tree_to_flowables
from briefing.export.styles import make_styles

_TARGETS = {"act-681-2023": "entry-1"}
_DATA = Path(__file__).resolve().parents[2] / "data"
_TRICKY = [
    "Kohta 1: **velvoite** ja *määräaika*, __alleviivaus__ ja _kursiivi_.",
    "a * b * c ja 2 * 3 = 6; snake_case_name ja **auki",
    "[Finlex](https://www.finlex.fi) ja [viite][1] ja [1]\n\n[1]: https://example.fi",
    "![kuva](kuva.png) ja ![viite][k]\n\n[k]: kuva.png",
    "<https://finlex.fi> ja <posti@example.fi> ja <b>raaka</b> <!-- kommentti -->",
    "&amp; &copy; &#169; &#xA9; & yksin",
    "rivinvaihto  \nja jatko\\*ei korostusta\\* ja \\`ei koodia\\`",
    "`koodi *ei korostusta*` ja ``kaksi ` sisällä``",
    "Alaviite[^1].\n\n[^1]: Huomautus **lihavoitu**.",
    "*[EU]: Euroopan unioni\n\nEU ja ETA",
    "| a | b |\n| --- | --- |\n| *x* | [y](item:act-681-2023) |",
    "- yksi\n- kaksi **k**\n\n1. eka\n2. toka\n\n> lainaus *kursiivi*",
    "Termi\n: määritelmä `koodi`",
    '<div markdown="1">*sisällä*</div>\n\n<script>alert(1)</script>',
    "## Otsikko {: #oma-id }\n\nKappale {: .luokka }",
    "***molemmat*** ja **_sekaisin_** ja *__toisin__*",
    '[teksti *kursiivi*](https://e.fi "otsikko") [item](item:act-681-2023/s-13)',
]


def _stock(text: str) -> str:
    engine = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    converted: str = engine.convert(text)
    return converted


def _samples() -> list[str]:
    files = sorted(_DATA.rglob("*.md"))
    return _TRICKY + [path.read_text(encoding="utf-8") for path in files]


def test_the_library_has_markdown_to_compare_on() -> None:
    assert len(_samples()) > 100


@pytest.mark.parametrize("escape_first", [False, True])
def test_skipping_patterns_changes_nothing(escape_first: bool) -> None:
    for text in _samples():
        source = html.escape(text, quote=False) if escape_first else text
        assert md._render(source) == _stock(source), text[:80]


def test_to_html_still_sanitises() -> None:
    assert "<script" not in md.to_html("<script>alert(1)</script> **b**")
    assert "&lt;b&gt;" in md.user_to_html("<b>raaka</b>")


def _describe(flowables: list[Flowable]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for flowable in flowables:
        if isinstance(flowable, Table):
            cells = [cell for row in flowable._cellvalues for cell in row]
            out.append(("table", *(cell.text for cell in cells)))
        else:
            text = getattr(flowable, "text", "")
            style = getattr(flowable, "style", None)
            bullet = getattr(flowable, "bulletText", None)
            out.append((type(flowable).__name__, text, getattr(style, "name", ""), str(bullet)))
    return out


@pytest.mark.parametrize("user", [False, True])
def test_the_tree_route_lays_out_what_the_html_route_does(user: bool) -> None:
    styles = make_styles("fi")
    used_tree = 0
    for text in _samples():
        if user:
            tree, fragment, shift = md.user_to_tree(text), md.user_to_html(text), 2
        else:
            tree, fragment, shift = md.to_tree(text), md.to_html(text), 1
        expected = _describe(html_to_flowables(fragment, styles, shift, _TARGETS))
        if tree is None:
            continue
        used_tree += 1
        assert _describe(tree_to_flowables(tree, styles, shift, _TARGETS)) == expected, text[:80]
    assert used_tree > 100  # most of the library takes the faster route


def test_raw_html_entities_and_footnotes_take_the_html_route() -> None:
    assert md.to_tree("<b>raaka</b>") is None
    assert md.to_tree("R&amp;D") is None
    assert md.to_tree("Alaviite[^1].\n\n[^1]: Huomautus.") is None
    assert md.user_to_tree("<b>ei</b>") is None
    assert md.to_tree("**lihavoitu**") is not None
