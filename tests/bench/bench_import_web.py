"""Benchmark: reading saved portal pages and news feeds (``import page|feed``).

Builds, in memory, a portal-like page grown to several sizes and an RSS feed of many
entries (our own generated text), then times, in the same run:

- ``page``: ``read_page`` - decode, parse to a tree, pick the main content, Markdown;
- ``floor``: the standard library's ``HTMLParser`` fed the same text with no handlers,
  the least any html.parser-based reader can cost;
- ``feed``: ``read_feed`` for the whole feed; its floor is defusedxml's parse alone.

Usage::

    .venv/bin/python tests/bench/bench_import_web.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from defusedxml.ElementTree import fromstring
from web_samples import page_html

from briefing.library.importers.feed import read_feed
from briefing.library.importers.page import PageOptions, read_page

CHUNK = (
    "<section><h2>Kotoutumisohjelman osa</h2><p>Kunnan on laadittava "
    "<a href='/kotoutumisohjelma'>kotoutumisohjelma</a> ja <b>seurattava</b> sen "
    "toteutumista.</p><ul><li>tavoitteet<li>palvelut</ul>"
    "<table><tr><th>Vaihe</th><th>Aika</th></tr><tr><td>Valmistelu</td><td>syksy</td></tr>"
    "</table></section>\n"
)


def best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def page_of(size: int) -> bytes:
    html = page_html("fi")
    return html.replace("<h2>Mitä", CHUNK * max(1, size // len(CHUNK)) + "<h2>Mitä").encode()


def feed_of(entries: int) -> bytes:
    items = "".join(
        f"<item><title>Uutinen {n} kotoutumisesta</title>"
        f"<link>https://kotoutuminen.fi/uutiset/{n}</link>"
        f"<pubDate>Wed, 16 Sep 2020 09:00:00 +0300</pubDate>"
        f"<description>&lt;p&gt;Kunta {n} &lt;b&gt;päätti&lt;/b&gt; asiasta.&lt;/p&gt;"
        "</description></item>"
        for n in range(entries)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<language>fi</language>{items}</channel></rss>"
    ).encode()


def main() -> None:
    today = date(2026, 1, 1)
    print(f"{'input':<22}{'ours (s)':>10}{'floor (s)':>11}{'ratio':>8}")
    for size in (3_000, 300_000, 3_000_000):
        data = page_of(size)
        text = data.decode()

        def parse_only(text: str = text) -> None:
            parser = HTMLParser()
            parser.feed(text)
            parser.close()

        ours = best(lambda data=data: read_page(data, "p.html", PageOptions(), today))
        floor = best(parse_only)
        label = f"page {len(data) / 1024:,.0f} KB"
        print(f"{label:<22}{ours:>10.3f}{floor:>11.3f}{ours / floor:>8.2f}")
    for entries in (100, 2_000):
        data = feed_of(entries)
        ours = best(lambda data=data: read_feed(data, "f.xml", None, today))
        floor = best(lambda data=data: fromstring(data))
        label = f"feed {entries:,} entries"
        print(f"{label:<22}{ours:>10.3f}{floor:>11.3f}{ours / floor:>8.2f}")


if __name__ == "__main__":
    main()
