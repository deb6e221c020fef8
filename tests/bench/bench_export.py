"""Benchmark: a 100-entry (about 300-page) briefing export against one bare reportlab pass.

Budget (issue 6): the whole export — Markdown, layout, contents with page numbers,
"page X of Y", PDF/A markings, atomic write — within 1.3x of ONE bare reportlab
build of the same paragraphs, measured in the same run. For scale it also times the
usual ``multiBuild`` with a table of contents. Peak Python memory via tracemalloc.
"""

from __future__ import annotations

import gc
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus.tableofcontents import TableOfContents

from briefing.core import markdown
from briefing.core.models import Annotation, Briefing, Entry, Meeting, Pack, PackEntry, Selector
from briefing.export.flow import plain
from briefing.export.options import ExportOptions, entry_key, sources
from briefing.export.pdf import render_briefing
from briefing.export.story import Callout, cover_story, entry_story, sources_story
from briefing.export.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    make_styles,
)

ENTRIES = 100
BUDGET = 1.3
_SENTENCE = (
    "Kunnan on laadittava kotoutumisohjelma maahanmuuttajien kotoutumisen edistämiseksi "
    "ja hyvinvointialueiden, työ- ja elinkeinotoimistojen sekä järjestöjen yhteistyön "
    "tukemiseksi; ohjelma hyväksytään valtuustossa ja tarkistetaan vähintään kerran "
    "valtuustokaudessa. "
)


def _text(index: int) -> str:
    paragraphs = [f"## {index + 1} § Kotoutumisohjelma\n"]
    for number in range(10):
        paragraphs.append(_SENTENCE * 3 + f"Kohta {number + 1}: **velvoite** ja *määräaika*.")
    paragraphs.append("- kunta\n- hyvinvointialue\n- ELY-keskus")
    return "\n\n".join(paragraphs)


def make_pack() -> Pack:
    entries = []
    for i in range(ENTRIES):
        note = Annotation(
            id=f"a{i}",
            item_id="act-681-2023",
            note="Tämä koskee **meidän** kuntaamme: määräaika kesäkuussa.",
            selector=Selector(exact="Kunnan on laadittava kotoutumisohjelma"),
            author="Maija Meikäläinen",
        )
        entries.append(
            PackEntry(
                entry=Entry(f"e{i}", "b", i, "act-681-2023", memo="Käsitellään kohdassa 5."),
                kind="legislation",
                title=f"Kotoutumislaki 681/2023 {i + 1} § Kotoutumisohjelma",
                label=f"681/2023 {i + 1} §",
                text=_text(i),
                official=False,
                source=f"https://www.finlex.fi/fi/lainsaadanto/2023/681#sec_{i + 1}",
                checked=date(2025, 1, 15),
                annotations=(note,),
            )
        )
    briefing = Briefing(
        id="b",
        title="Kaupunginhallitus 3.3.2025: kotoutumisen painopisteet",
        meeting=Meeting("Kaupunginhallitus", date(2025, 3, 3), "Kaupungintalo"),
        author="Assi Assistentti",
    )
    return Pack(briefing, tuple(entries), "fi", "Esimerkkilä", "", "2025.1", datetime(2025, 3, 1))


def _flatten(flowables: list[Flowable]) -> list[tuple[str, ParagraphStyle]]:
    out: list[tuple[str, ParagraphStyle]] = []
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            out.append((flowable.text, flowable.style))
        elif isinstance(flowable, Callout):
            out += _flatten(flowable.parts)
    return out


def paragraph_sources(pack: Pack) -> list[list[tuple[str, ParagraphStyle]]]:
    """Every paragraph the export lays out (cover, contents, entries, notes, sources)."""
    styles = make_styles(pack.lang)
    options = ExportOptions()

    def mark(key: str, title: str, running: str) -> Flowable:
        return Spacer(0, 0)

    sections = [_flatten(cover_story(pack, styles))]
    contents = [f"{i + 1}. {entry.title}" for i, entry in enumerate(pack.entries)]
    sections.append([(plain(text), styles.toc_row) for text in contents])
    for index, entry in enumerate(pack.entries):
        story = entry_story(entry_key(index), entry, pack, styles, options, mark)
        sections.append(_flatten(story))
    sections.append(_flatten(sources_story(sources(pack), pack, styles, mark, "sources")))
    return sections


_GEOMETRY = {
    "pagesize": A4,
    "leftMargin": MARGIN_LEFT,
    "rightMargin": MARGIN_RIGHT,
    "topMargin": MARGIN_TOP,
    "bottomMargin": MARGIN_BOTTOM,
    "invariant": 1,
}


def markdown_pass(pack: Pack) -> None:
    """What the export spends in python-markdown (diagnostic): every text to its tree."""
    for entry in pack.entries:
        markdown.to_tree(entry.text)
        for note in entry.annotations:
            markdown.user_to_tree(note.note)
        markdown.user_to_tree(entry.entry.memo)


def _plain_doc(out: Path) -> SimpleDocTemplate:
    """The export's page geometry, so both lay out lines of the same width."""
    doc = SimpleDocTemplate(str(out), **_GEOMETRY)
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("plain", [frame])])
    return doc


def bare_pass(sections: list[list[tuple[str, ParagraphStyle]]], out: Path) -> None:
    """One plain reportlab build of the same paragraphs, parsed inside the timing: the floor."""
    story: list[Flowable] = []
    for section in sections:
        story += [Paragraph(text, style) for text, style in section] + [PageBreak()]
    _plain_doc(out).build(story)


class _TocDoc(SimpleDocTemplate):  # type: ignore[misc]
    def afterFlowable(self, flowable: object) -> None:
        if isinstance(flowable, Paragraph) and flowable.style.name == "entry_title":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def multibuild(sections: list[list[tuple[str, ParagraphStyle]]], out: Path) -> None:
    """The usual way to a numbered contents: multiBuild, which lays out until stable."""
    story: list[Flowable] = [TableOfContents(), PageBreak()]
    for section in sections:
        story += [Paragraph(text, style) for text, style in section] + [PageBreak()]
    _TocDoc(str(out), **_GEOMETRY).multiBuild(story)


def _interleaved(
    runs: dict[str, Callable[[], object]], repeat: int
) -> dict[str, tuple[float, float]]:
    """Best wall-clock and best CPU seconds of each run, the runs taking turns.

    The machine is shared: taking turns spreads a busy spell over all of them, and CPU
    time is the steadier figure (the budget is judged on it; wall-clock is beside it).
    """
    walls: dict[str, list[float]] = {name: [] for name in runs}
    cpus: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            walls[name].append(time.perf_counter() - wall)
            cpus[name].append(time.process_time() - cpu)
    return {name: (min(walls[name]), min(cpus[name])) for name in runs}


def _peak_rss_kib() -> int:
    # VmHWM starts afresh at exec; ru_maxrss keeps the forking parent's peak on Linux.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _rss_of_one_export() -> int:
    """Peak resident memory (KiB) of a fresh process that builds the pack and exports it."""
    child = subprocess.run(
        [sys.executable, __file__, "--rss"], check=True, capture_output=True, text=True
    )
    return int(child.stdout.split()[-1])


def main() -> int:
    if sys.argv[1:] == ["--rss"]:
        with tempfile.TemporaryDirectory() as folder:
            render_briefing(make_pack(), Path(folder) / "rss.pdf")
        print(_peak_rss_kib())
        return 0
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    pack = make_pack()
    sections = paragraph_sources(pack)
    options = ExportOptions(invariant=True)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        result = render_briefing(pack, tmp / "warm.pdf", options)  # fonts, caches
        best = _interleaved(
            {
                "bare": lambda: bare_pass(sections, tmp / "bare.pdf"),
                "export": lambda: render_briefing(pack, tmp / "export.pdf", options),
                "plain": lambda: render_briefing(
                    pack, tmp / "plain.pdf", ExportOptions(archival=False)
                ),
            },
            repeat,
        )
        bare, export, plain = best["bare"], best["export"], best["plain"]
        multi = _interleaved({"multi": lambda: multibuild(sections, tmp / "multi.pdf")}, 1)["multi"]
        marked = _interleaved({"markdown": lambda: markdown_pass(pack)}, repeat)["markdown"]
        tracemalloc.start()
        render_briefing(pack, tmp / "traced.pdf", options)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = (tmp / "export.pdf").stat().st_size
    ratio = export[1] / bare[1]
    rows = [
        ("bare reportlab, one pass (floor)", bare),
        ("export, full (PDF/A, atomic write)", export),
        ("export without PDF/A post-processing", plain),
        ("  of it: python-markdown, texts to trees", marked),
        ("multiBuild with contents (for scale)", multi),
    ]
    print(f"export benchmark: {ENTRIES} entries, {result.pages} pages, {size / 1e6:.1f} MB")
    print(f"{'what':40} {'wall s':>7} {'x floor':>8} {'CPU s':>7} {'x floor':>8}")
    for name, (wall, cpu) in rows:
        print(f"{name:40} {wall:7.2f} {wall / bare[0]:8.2f} {cpu:7.2f} {cpu / bare[1]:8.2f}")
    print(f"peak Python memory during export (tracemalloc): {peak / 2**20:.0f} MiB")
    rss = _rss_of_one_export()
    print(f"peak resident memory of a process doing one export: {rss / 1024:.0f} MiB")
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"budget {BUDGET}x of the floor (CPU): {verdict} ({ratio:.2f}x)")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
