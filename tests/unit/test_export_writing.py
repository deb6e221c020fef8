"""Safe writing, progress and cancellation of an export; Finnish hyphenation rules."""

from __future__ import annotations

import errno
import itertools
import os
from pathlib import Path

import pytest
from test_export_fixtures import make_pack

from briefing import atomic
from briefing.core.errors import Cancelled, StoreError
from briefing.export import writing
from briefing.export.hyphenation import finnish_breaks, hyphenator
from briefing.export.options import ExportOptions
from briefing.export.pdf import render_briefing

OPTIONS = ExportOptions(invariant=True)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_progress_is_reported_per_entry(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    pack = make_pack(3)
    render_briefing(
        pack, tmp_path / "a.pdf", OPTIONS, lambda d, t, label: calls.append((d, t, label))
    )
    assert calls == [(i + 1, 3, entry.label) for i, entry in enumerate(pack.entries)]


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier export")
    seen: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        render_briefing(make_pack(3), target, OPTIONS, progress, cancel=lambda: len(seen) >= 2)
    assert seen == [1, 2]
    assert target.read_bytes() == b"earlier export"
    assert _leftovers(tmp_path) == []


def test_full_disk_keeps_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier export")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing.os, "fsync", no_space)
    with pytest.raises(StoreError, match="disk is full"):
        render_briefing(make_pack(1), target, OPTIONS)
    assert target.read_bytes() == b"earlier export"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_folder_without_permission_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "briefing.pdf").write_bytes(b"earlier export")
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            render_briefing(make_pack(1), folder / "briefing.pdf", OPTIONS)
        assert (folder / "briefing.pdf").read_bytes() == b"earlier export"
    finally:
        folder.chmod(0o700)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder does not exist"):
        render_briefing(make_pack(1), tmp_path / "nowhere" / "b.pdf", OPTIONS)


def test_failure_while_writing_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    def half_then_fail(stream: object) -> None:
        stream.write(b"half")  # type: ignore[attr-defined]
        raise OSError(errno.EACCES, "Permission denied")

    with pytest.raises(StoreError, match="permission denied"):
        writing.write_atomic(target, half_then_fail)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_written_file_is_readable_by_others(tmp_path: Path) -> None:
    target = writing.write_atomic(tmp_path / "new.pdf", lambda stream: None)
    assert target.stat().st_mode & 0o644 == 0o644


def _split(word: str) -> str:
    cuts = [0, *finnish_breaks(word), len(word)]
    return "-".join(word[a:b] for a, b in itertools.pairwise(cuts))


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kotoutumisohjelma", "ko-tou-tu-mis-oh-jel-ma"),
        ("maahanmuuttajien", "maa-han-muut-ta-jien"),
        ("edistämiseksi", "edis-tä-mi-sek-si"),
        ("lainsäädäntö", "lain-sää-dän-tö"),
        ("hyvinvointialueiden", "hy-vin-voin-ti-alu-ei-den"),
        ("kauan", "kau-an"),
        ("Sámediggi", "Sá-me-dig-gi"),
    ],
)
def test_finnish_words_break_at_syllables(word: str, expected: str) -> None:
    assert _split(word) == expected


def test_hyphenator_gives_longest_head_first() -> None:
    pairs = list(hyphenator("fi")("kunnanhallitus"))
    assert pairs[0] == ("kunnanhalli", "tus")
    assert all(head + tail == "kunnanhallitus" for head, tail in pairs)
    assert [len(h) for h, _ in pairs] == sorted((len(h) for h, _ in pairs), reverse=True)


def test_swedish_and_english_use_dictionaries() -> None:
    assert ("integrations", "programmet") in list(hyphenator("sv")("integrationsprogrammet"))
    assert list(hyphenator("en")("integration"))


def test_refused_folder_is_a_clear_error_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"earlier export")

    real_open = os.open

    def refuse(path: str, flags: int, *args: int) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(StoreError, match=f"cannot write in {tmp_path}: permission denied"):
        render_briefing(make_pack(1), target, OPTIONS)
    assert target.read_bytes() == b"earlier export"


def test_section_numbers_stay_with_their_sign() -> None:
    from briefing.export.flow import keep_together

    title = "681/2023, 13 § Kotoutumisohjelma"
    assert keep_together(title) == "681/2023, 13\u00a0§ Kotoutumisohjelma"
    assert keep_together("18 a § ja § 5") == "18\u00a0a\u00a0§ ja §\u00a05"
    assert keep_together("ei pykälää 13 tässä") == "ei pykälää 13 tässä"


def test_lists_number_their_items_once() -> None:
    from briefing.export.flow import content_flowables
    from briefing.export.styles import make_styles

    flowables = content_flowables("1. eka\n\n    jatko\n\n2. toka\n\n- a\n- b", make_styles("fi"))
    assert [(f.text, f.bulletText) for f in flowables] == [
        ("eka", "1."),
        ("jatko", None),
        ("toka", "2."),
        ("a", "•"),
        ("b", "•"),
    ]
