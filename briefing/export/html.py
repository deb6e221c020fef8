"""The same pack as one self-contained, accessible HTML file (for publishing).

The PDF is not tagged, so councils that publish under the accessibility law get
this instead: semantic headings and lists, ``lang`` on the document and on any
entry in another language, a skip link, alt text on the logo (embedded as a data:
address), and nothing loaded from anywhere: no scripts, no external styles, fonts
or images.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
from html import escape
from pathlib import Path

from briefing.core import markdown
from briefing.core.errors import BadInput, Cancelled
from briefing.core.models import Annotation, CancelFlag, Pack, Progress, never_cancel, no_progress
from briefing.export.labels import (
    date_label,
    format_date,
    kind_label,
    label,
    marking_label,
    origin_label,
)
from briefing.export.options import (
    DEFAULT_OPTIONS,
    ExportOptions,
    entry_key,
    link_targets,
    sources,
    visible_annotations,
)
from briefing.export.writing import write_bytes_atomic

_STYLE = """
body{font-family:"DejaVu Serif",Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a;background:#fff}
h1,h2,h3,h4,h5,h6{font-family:"DejaVu Sans",Arial,sans-serif;color:#1f4e79;line-height:1.25}
a{color:#1f4e79}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}
.kind,.byline,.checked{font-family:"DejaVu Sans",Arial,sans-serif;font-size:.9rem;color:#555}
.marking{font-weight:bold;color:#a01010;border:2px solid #a01010;padding:.3rem .6rem;
display:inline-block}
aside.note{background:#eef3f8;border-left:.3rem solid #1f4e79;padding:.5rem 1rem;margin:1rem 0}
aside.note blockquote{margin:0 0 .5rem 0;font-style:italic}
dl.meeting dt{font-weight:bold;float:left;clear:left;margin-right:.5rem}
dl.meeting dd{margin:0 0 .2rem 0}
article{border-top:1px solid #ccc;margin-top:2rem}
@media print{article{break-before:page}.skip{display:none}}
"""
_HEADING = re.compile(r"<(/?)h([1-6])\b", re.IGNORECASE)
_ITEM_LINK = re.compile(r'<a href="item:([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def _item_links(fragment: str, targets: dict[str, str]) -> str:
    """Links to library items: to the entry when it is in this briefing, else plain text."""

    def swap(match: re.Match[str]) -> str:
        key = targets.get(match.group(1))
        return f'<a href="#{key}">{match.group(2)}</a>' if key else match.group(2)

    return _ITEM_LINK.sub(swap, fragment) if "item:" in fragment else fragment


def _nest(fragment: str, top: int) -> str:
    """Renumber a text's own headings so the highest is ``top``: no level is skipped."""
    levels = [int(m.group(2)) for m in _HEADING.finditer(fragment)]
    if not levels:
        return fragment
    by = top - min(levels)
    return _HEADING.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + by)}", fragment)


def _logo(path: str, alt: str) -> str:
    if not path:
        return ""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read the logo {Path(path).name}: {exc.strerror}") from exc
    mime = mimetypes.guess_type(path)[0] or "image/png"
    encoded = base64.b64encode(data).decode("ascii")
    return f'<img src="data:{mime};base64,{encoded}" alt="{escape(alt)}" height="64">'


def _cover(pack: Pack) -> list[str]:
    lang, briefing = pack.lang, pack.briefing
    logo_alt = pack.organisation or "logo"
    parts = ["<header>", _logo(pack.logo_path, logo_alt)]
    if pack.organisation:
        parts.append(f"<p><strong>{escape(pack.organisation)}</strong></p>")
    parts.append(f"<h1>{escape(briefing.title)}</h1>")
    if pack.marking:
        parts.append(
            f'<p class="marking" role="note">{escape(marking_label(lang, pack.marking))}</p>'
        )
    rows = [
        ("meeting", briefing.meeting.body),
        ("date", format_date(lang, briefing.meeting.date)),
        ("place", briefing.meeting.place),
        ("prepared_by", briefing.author),
        ("exported", format_date(lang, pack.exported_at)),
        ("content_version", pack.content_version),
    ]
    parts.append('<dl class="meeting">')
    for key, value in rows:
        if value:
            parts.append(f"<dt>{escape(label(lang, key))}</dt><dd>{escape(value)}</dd>")
    parts += ["</dl>", "</header>"]
    return parts


def _contents(pack: Pack) -> list[str]:
    lang = pack.lang
    title = escape(label(lang, "contents"))
    parts = [f'<nav aria-labelledby="contents"><h2 id="contents">{title}</h2><ol>']
    if pack.briefing.memo.strip():
        parts.append(f'<li><a href="#memo">{escape(label(lang, "briefing_memo"))}</a></li>')
    for index, entry in enumerate(pack.entries):
        parts.append(f'<li><a href="#{entry_key(index)}">{escape(entry.title)}</a></li>')
    if sources(pack):
        parts.append(f'<li><a href="#sources">{escape(label(lang, "sources"))}</a></li>')
    parts.append("</ol></nav>")
    return parts


def _note(note: Annotation, lang: str) -> str:
    parts = [f'<aside class="note" aria-label="{escape(label(lang, "note"))}">']
    if note.selector is not None and note.selector.exact:
        parts.append(f"<blockquote><p>{escape(note.selector.exact)}</p></blockquote>")
    parts.append(_nest(markdown.user_to_html(note.note), 4))
    byline = [note.author or label(lang, "note")]
    if note.private:
        byline.append(label(lang, "private"))
    parts.append(f'<p class="byline">{escape(" · ".join(byline))}</p></aside>')
    return "".join(parts)


def _source_link(address: str, checked: str, when: str) -> str:
    """The address, linked, and ``when`` ("checked", "imported") with the date."""
    link = f'<a href="{escape(address)}">{escape(address)}</a>'
    return f"{link} ({escape(when)} {escape(checked)})" if checked else link


def _entries(
    pack: Pack, options: ExportOptions, progress: Progress, cancel: CancelFlag
) -> list[str]:
    lang = pack.lang
    targets = link_targets(pack)
    parts: list[str] = []
    for index, entry in enumerate(pack.entries):
        if cancel():
            raise Cancelled("export cancelled")
        own_lang = f' lang="{escape(entry.lang)}"' if entry.lang and entry.lang != lang else ""
        origin = origin_label(lang, entry)
        key = entry_key(index)
        parts += [
            f'<article id="{key}" aria-labelledby="{key}-title"{own_lang}>',
            f'<h2 id="{key}-title">{escape(entry.title)}</h2>',
            f'<p class="kind">{escape(kind_label(lang, entry.kind))} · {escape(origin)}</p>',
            _nest(_item_links(markdown.to_html(entry.text), targets), 3),
        ]
        parts += [_note(note, lang) for note in visible_annotations(entry, options)]
        if entry.entry.memo.strip():
            parts.append(f"<section><h3>{escape(label(lang, 'memo'))}</h3>")
            parts += [_nest(markdown.user_to_html(entry.entry.memo), 4), "</section>"]
        if entry.source:
            checked = format_date(lang, entry.checked)
            line = _source_link(entry.source, checked, date_label(lang, entry))
            parts.append(f'<p class="checked">{line}</p>')
        parts.append("</article>")
        progress(index + 1, len(pack.entries), entry.label)
    return parts


def render_html_text(
    pack: Pack,
    options: ExportOptions = DEFAULT_OPTIONS,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> str:
    """The whole document as a string."""
    lang = escape(pack.lang)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(pack.briefing.title)}</title>",
        f'<meta name="generator" content="Briefing {escape(pack.content_version)}">',
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#main">{escape(label(pack.lang, "skip"))}</a>',
        *_cover(pack),
        *_contents(pack),
        '<main id="main">',
    ]
    memo = pack.briefing.memo.strip()
    if memo:
        parts += [
            f'<section id="memo" aria-labelledby="memo-title"><h2 id="memo-title">'
            f"{escape(label(pack.lang, 'briefing_memo'))}</h2>",
            _nest(markdown.user_to_html(memo), 3),
            "</section>",
        ]
    parts += _entries(pack, options, progress, cancel)
    refs = sources(pack)
    if refs:
        title = escape(label(pack.lang, "sources"))
        parts.append(f'<section id="sources" aria-labelledby="sources-title">'
                     f'<h2 id="sources-title">{title}</h2><ol>')  # fmt: skip
        for ref in refs:
            when = label(pack.lang, "imported" if ref.imported else "checked")
            line = _source_link(ref.address, format_date(pack.lang, ref.checked), when)
            parts.append(f"<li>{escape(ref.title)}<br>{line}</li>")
        parts.append("</ol></section>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def render_html(
    pack: Pack,
    out: str | os.PathLike[str],
    options: ExportOptions = DEFAULT_OPTIONS,
    progress: Progress = no_progress,
    cancel: CancelFlag = never_cancel,
) -> Path:
    """Write the pack as one HTML file to ``out``, atomically; the same errors as the PDF."""
    text = render_html_text(pack, options, progress, cancel)
    if cancel():
        raise Cancelled("export cancelled")
    data = text.encode("utf-8")
    return write_bytes_atomic(out, data)
