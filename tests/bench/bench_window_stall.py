"""Benchmark: the longest stall of the window's event loop while a person types and reads.

A 5 ms QTimer ticks throughout; a stall is the gap between two ticks beyond the
interval. Phases, in the same run and the same window:

- ``idle``: the window shown, nobody touching it (the floor);
- ``typing``: queries typed a keystroke every 80 ms (search as you type), then the
  first result opened, for each query.

Budget (issue 7): the window never freezes; we hold typing to the export budget, no
stall over 100 ms. The library is the bundled one (``build/content.db``, built from
``data/`` when missing) or ``--library FILE`` (for example the 100,000-section library
that ``bench_search.py --keep DIR`` leaves behind). Usage::

    .venv/bin/python tests/bench/bench_window_stall.py [--library FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _stall import TICK_MS, StallMeter, spin, wait_until  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from briefing.app import make_window  # noqa: E402
from briefing.library.build import build_content  # noqa: E402

BUDGET_MS = 100.0
KEY_MS = 80
TYPED = [
    "kotoutumisohjelman",
    "integrationsprogram",
    "integration programme",
    "681/2023",
    "kunnan palvelut",
    "hyvinvointialue",
    "työvoimapalvelut",
]


def _content(tmp: Path, chosen: str | None) -> Path:
    if chosen:
        return Path(chosen)
    bundled = ROOT / "build" / "content.db"
    if bundled.exists():
        return bundled
    out = tmp / "content.db"
    build_content(ROOT / "data", out)
    return out


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def run(content: Path, profile: Path) -> dict[str, list[float]]:
    window = make_window(profile, content)
    window.show()
    wait_until(lambda: window.result_model.rowCount() > 0)
    meter = StallMeter()
    meter.start()
    spin(2000)
    idle = meter.stop()
    meter.start()
    for text in TYPED:
        for end in range(1, len(text) + 1):
            window.search_field.setText(text[:end])
            spin(KEY_MS)
        wait_until(lambda: any(w in window.results.message.text() for w in ("result", "Nothing")))
        if window.result_model.rowCount():
            first = window.result_model.row_at(0)
            window.request_open(first.id, first.lang)
            wait_until(lambda i=first.item_id: window.reader.item_id == i)
        spin(200)
    typing = meter.stop()
    window.shut_down()
    window.close()
    return {"idle": idle, "typing": typing}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", metavar="FILE", help="a content database to type into")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="briefing-stall-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["BRIEFING_POLICY"] = str(tmp / "no-policy.ini")
        content = _content(tmp, args.library)
        phases = run(content, tmp / "profile")
    del app
    print(f"event-loop stalls (gap beyond the {TICK_MS} ms tick), library {content}")
    print(f"{'phase':<10}{'ticks':>8}{'median ms':>11}{'p99 ms':>9}{'max ms':>9}{'vs idle':>9}")
    floor = max(phases["idle"]) or 1.0
    for name, gaps in phases.items():
        print(
            f"{name:<10}{len(gaps):>8}{statistics.median(gaps):>11.1f}"
            f"{_percentile(gaps, 99):>9.1f}{max(gaps):>9.1f}{max(gaps) / floor:>8.1f}x"
        )
    worst = max(phases["typing"])
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    print(f"budget: longest stall while typing <= {BUDGET_MS:.0f} ms -> {worst:.1f} ms, {verdict}")
    return 0 if worst <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
