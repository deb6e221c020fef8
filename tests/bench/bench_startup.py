"""Benchmark: process start to the first window painted, ours against a bare QMainWindow.

Each run is a fresh ``python -c`` process (cold interpreter, warm disk cache). The
child notes the wall clock at the first Paint event of its window and exits at once;
the parent measures from just before it started the process. Rows, in the same run:

- ``bare``: a QApplication and an empty QMainWindow, shown;
- ``ours``: ``briefing.app.make_window`` on the bundled library (or the fixture one),
  shown the way ``briefing.app.run`` shows it.

Budget (issue 2): ours within 1.5x of bare. Usage::

    .venv/bin/python tests/bench/bench_startup.py [--runs 7] [--split]

``--split`` (a diagnostic, after the verdict) also runs ours with the child's own clock
between its steps and prints the median of each: importing PySide, our modules,
``make_window``, show to first paint, and how many of our modules load before it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUDGET_RATIO = 1.5

# Shared by both children: print the wall clock at the window's first paint, then leave
# at once (no teardown, which is not what a person waits for). The filter sits on the
# window only: on the whole application it would make PySide wrap (and build the enums
# of) every object that gets an event, which costs more than the window itself.
_PAINT_PROBE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject
PAINT = QEvent.Type.Paint
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == PAINT:
            sys.stdout.write(repr(time.time()) + "\\n"); sys.stdout.flush(); os._exit(0)
        return False
"""

BARE = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1200, 800)
probe = _FirstPaint(); window.installEventFilter(probe); window.show()
app.exec()
"""
)

OURS = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication
from briefing.app import make_window
app = QApplication(sys.argv[:1])
window = make_window(sys.argv[1], sys.argv[2])
probe = _FirstPaint(); window.installEventFilter(probe); window.show()
app.exec()
"""
)


# The same steps as OURS, timed by the child itself (not part of the verdict).
SPLIT = """
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
PAINT = QEvent.Type.Paint
app = QApplication(sys.argv[:1])
t1 = time.perf_counter()
from briefing.app import make_window
t2 = time.perf_counter()
window = make_window(sys.argv[1], sys.argv[2])
t3 = time.perf_counter()
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == PAINT:
            ours = sum(name.startswith("briefing") for name in sys.modules)
            steps = (t1 - t0, t2 - t1, t3 - t2, time.perf_counter() - t3, ours)
            sys.stdout.write(" ".join(map(repr, steps)) + "\\n"); sys.stdout.flush()
            os._exit(0)
        return False
probe = _FirstPaint(); window.installEventFilter(probe); window.show()
app.exec()
"""
SPLIT_NAMES = ("PySide6 + QApplication", "our modules", "make_window", "show to paint")


def _split(args: list[str], env: dict[str, str], runs: int) -> list[list[float]]:
    """Each step of ours, by the child's clock, once per run."""
    rows = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", SPLIT, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=True,
        )
        rows.append([float(x) for x in done.stdout.split()])
    return rows


def _print_split(rows: list[list[float]]) -> None:
    runs = len(rows)
    print(f"split of ours, median of {runs} runs by the child's clock:")
    for i, name in enumerate(SPLIT_NAMES):
        print(f"  {name:<24}{statistics.median(r[i] for r in rows) * 1000:>8.1f} ms")
    print(f"  {'our modules loaded':<24}{int(statistics.median(r[4] for r in rows)):>8}")


def _content(tmp: Path) -> Path:
    """The bundled library when built, else the UI tests' fixture library."""
    bundled = ROOT / "build" / "content.db"
    if bundled.exists():
        return bundled
    sys.path.insert(0, str(ROOT))
    from briefing.library.build import build_content

    out = tmp / "content.db"
    build_content(ROOT / "tests" / "ui" / "data", out)
    return out


def _once(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return float(lines[-1]) - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--split", action="store_true", help="also time ours step by step")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        content = _content(tmp)
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["BRIEFING_POLICY"] = str(tmp / "no-policy.ini")
        env["PYTHONPATH"] = str(ROOT)
        # An installed program starts from compiled bytecode: let the warm-up runs write
        # it, into the temp folder (never into the checkout).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        ours_args = [str(tmp / "profile"), str(content)]
        # One unmeasured run of each: the first start also warms the disk cache.
        _once(BARE, [], env)
        _once(OURS, ours_args, env)
        bare: list[float] = []
        ours: list[float] = []
        for _ in range(args.runs):  # interleaved, so a busy moment hits both
            bare.append(_once(BARE, [], env))
            ours.append(_once(OURS, ours_args, env))
        split = _split(ours_args, env, args.runs) if args.split else []
    rows = [("bare QMainWindow", bare), ("ours (make_window)", ours)]
    print(f"start-up to first paint, {args.runs} runs each, content {content.name}")
    print(f"{'':<20}{'median s':>10}{'min s':>10}{'max s':>10}{'vs bare':>9}")
    for name, times in rows:
        median = statistics.median(times)
        ratio = median / statistics.median(bare)
        print(f"{name:<20}{median:>10.3f}{min(times):>10.3f}{max(times):>10.3f}{ratio:>8.2f}x")
    # Judged on the runs in pairs (each bare run next to an ours run), so a busy moment
    # on a shared machine weighs on both sides of a ratio.
    paired = statistics.median(o / b for o, b in zip(ours, bare, strict=True))
    best = min(ours) / min(bare)
    verdict = "within" if paired <= BUDGET_RATIO else "OVER"
    print(
        f"budget: ours <= {BUDGET_RATIO}x bare -> paired median {paired:.2f}x "
        f"(best runs {best:.2f}x), {verdict} budget"
    )
    if split:
        _print_split(split)
    return 0 if paired <= BUDGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
