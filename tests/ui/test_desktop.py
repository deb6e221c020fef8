"""A well-behaved desktop program: one window per profile, errors as messages, a crash log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.core.errors import StoreError
from briefing.ui.crash_handler import CrashHandler
from briefing.ui.main_window import MainWindow
from briefing.ui.single_instance import SingleInstance


def test_a_second_start_brings_the_first_window_forward(qtbot: QtBot, profile: Path) -> None:
    first = SingleInstance(profile)
    assert first.listen()
    try:
        second = SingleInstance(profile)
        with qtbot.waitSignal(first.activated, timeout=3000):
            assert second.forward()
        other_profile = SingleInstance(profile.parent / "someone-else")
        assert not other_profile.forward()  # a different profile starts its own window
    finally:
        first.close()
    assert not SingleInstance(profile).forward()  # nobody listens once the first closed


def test_a_bug_is_logged_in_the_profile_and_told_in_words(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    handler = CrashHandler(profile, window)
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError as exc:
        handler.handle(type(exc), exc, exc.__traceback__)
    log = (profile / "crash.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in a slot" in log
    assert "test_desktop.py" in log  # the traceback, for IT
    box = handler.last_box
    assert box is not None and box.isVisible()
    assert str(profile / "crash.log") in box.text()
    assert "Traceback" not in box.text()
    box.close()


def test_an_environment_error_is_said_as_it_is_without_a_log(
    qtbot: QtBot, window: MainWindow, profile: Path
) -> None:
    handler = CrashHandler(profile, window)
    error = StoreError("the disk is full")
    handler.handle(StoreError, error, None)
    assert handler.last_box is not None
    assert handler.last_box.text() == "the disk is full"
    assert handler.last_box.icon() == QMessageBox.Icon.Warning
    assert not (profile / "crash.log").exists()
    handler.last_box.close()


def test_doctor_looks_for_the_log_the_window_writes() -> None:
    from briefing.commands import doctor
    from briefing.ui import crash_handler

    assert doctor.CRASH_LOG == crash_handler.LOG_NAME


def test_the_window_carries_the_briefing_icon(window: MainWindow) -> None:
    icon = window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    # The icon's blue tile, not a platform placeholder.
    assert image.pixelColor(4, 32).name() == "#1f4e79"
