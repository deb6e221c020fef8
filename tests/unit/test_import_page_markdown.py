"""HTML -> our Markdown: what a reader then sees (rendered by the app's own to_html)."""

from __future__ import annotations

from briefing.core.markdown import to_html, to_plain
from briefing.library.importers.html_markdown import fragment_to_markdown, fragment_to_text

BASE = "https://kotoutuminen.fi/fi/palvelut/"


def md(html: str) -> str:
    return fragment_to_markdown(html, BASE)


def test_text_shows_exactly_as_written() -> None:
    text = md("<p>Merkki &lt;b&gt; ja *tähdet* ja [hakasulut] ja `koodi`</p><p>1. kohta</p>")
    shown = to_html(text)
    assert "<b>" not in shown and "&lt;b&gt;" in shown
    assert "*tähdet*" in shown and "[hakasulut]" in shown and "`koodi`" in shown
    assert "<ol>" not in shown and "1. kohta" in shown
    assert to_html(md("<p># ei otsikko</p>")).startswith("<p># ei otsikko")


def test_links_are_absolute_and_only_web_or_mail() -> None:
    text = md(
        "<p><a href='neuvonta'>neuvonta</a> <a href='/en/x y'>x</a> "
        "<a href='javascript:alert(1)'>js</a> <a href='data:text/html,x'>data</a> "
        "<a href='item:act-681-2023'>item</a> <a href='#top'>ylös</a> "
        "<a href='mailto:info@example.fi'>posti</a></p>"
    )
    assert text == (
        "[neuvonta](https://kotoutuminen.fi/fi/palvelut/neuvonta) "
        "[x](https://kotoutuminen.fi/en/x%20y) js data item ylös "
        "[posti](mailto:info@example.fi)"
    )


def test_lists_nested_and_loose() -> None:
    text = md(
        "<ul><li>yksi<ul><li>a</li><li>b</li></ul></li><li>kaksi</li></ul>"
        "<ol><li><p>eka</p><p>jatkuu</p></li><li>toka</li></ol>"
    )
    shown = to_html(text)
    assert shown.count("<ul>") == 2 and "<li>kaksi</li>" in shown
    assert "<p>eka</p>\n<p>jatkuu</p>" in shown and "<p>toka</p>" in shown
    assert shown.index("<ol>") > shown.index("kaksi")


def test_tables_with_a_header_row_else_paragraphs() -> None:
    grid = to_html(
        md("<table><tr><th>A</th><th>B</th></tr><tr><td>1 | 2</td><td>3</td></tr></table>")
    )
    assert "<th>A</th>" in grid and "<td>1 | 2</td>" in grid
    no_header = md("<table><tr><td>Kunta</td><td>vastaa</td></tr><tr><td>ELY</td></tr></table>")
    assert no_header == "Kunta – vastaa\n\nELY"
    merged = md(
        "<table><caption>Vastuut</caption><tr><th colspan=2>Otsikko</th></tr>"
        "<tr><td>a</td><td>b</td></tr></table>"
    )
    assert merged == "**Vastuut**\n\nOtsikko\n\na – b"


def test_furniture_hidden_and_dangerous_content_is_left_out() -> None:
    text = md(
        "<div class='social-welfare'><p>Sosiaalityö</p></div>"
        "<div class='cookie-notice'>evästeet</div><div class='social-share'>jaa</div>"
        "<p style='display: none'>piilossa</p><p aria-hidden='true'>ikoni</p>"
        "<span class='hide-accessible'>Avautuu uuteen ikkunaan</span>"
        "<nav>valikko</nav><form><label>Hae</label><input></form>"
        "<iframe src='https://x'></iframe><object>olio</object><svg><text>kuva</text></svg>"
        "<p onclick='steal()' style='color:red'>Näkyvä <img src=x onerror=alert(1)></p>"
        "<noscript>ilman skriptiä</noscript><template>pohja</template>"
    )
    assert text == "Sosiaalityö\n\nNäkyvä"


def test_blocks_quote_pre_break_and_headings() -> None:
    text = md(
        "<h1>Iso</h1><h4>Pieni</h4><blockquote><p>Lainaus</p></blockquote>"
        "<pre>  rivi 1\n  rivi 2</pre><p>eka<br>toka</p><hr><dl><dt>Termi</dt><dd>Selitys</dd></dl>"
    )
    assert text == (
        "## Iso\n\n#### Pieni\n\n> Lainaus\n\n```\n  rivi 1\n  rivi 2\n```\n\n"
        "eka  \ntoka\n\n* * *\n\n**Termi**\n\nSelitys"
    )


def test_plain_text_for_summaries() -> None:
    html = "<p>Kunta <b>päättää</b>.</p><ul><li>yksi</li><li>kaksi</li></ul><script>x()</script>"
    assert fragment_to_text(html) == "Kunta päättää. yksi kaksi"
    assert to_plain(md(html)) == "Kunta päättää. - yksi - kaksi"


def test_text_after_a_line_break_shows_as_written() -> None:
    # What would start a heading, a quote or a rule after <br> is text, as at a <p>'s start.
    lines = ("# ei otsikko", "> ei lainaus", "---", "===", "- - -", "2. kohta", "~~~", ": ei dd")
    for line in lines:
        shown = to_html(md(f"<p>Rivi yksi<br>{line}<br>loppu</p>"))
        assert shown.startswith("<p>Rivi yksi<br"), (line, shown)
        assert f"{line.replace('>', '&gt;')}<br" in shown and shown.endswith("loppu</p>"), shown
    assert to_html(md("<p>---</p>")) == "<p>---</p>"
    assert to_html(md("<table><tr><td>---</td></tr></table>")) == "<p>---</p>"
    # "~~~" paragraphs would fence what lies between them as code.
    fenced = to_html(md("<p>~~~</p><p>välissä</p><p>~~~</p>"))
    assert fenced == "<p>~~~</p>\n<p>välissä</p>\n<p>~~~</p>"
