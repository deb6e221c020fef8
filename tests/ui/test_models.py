"""The notes models pass Qt's model checks and say what a person needs to know."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from briefing.core.models import Annotation, Briefing, Entry, Selector
from briefing.ui.models.annotation_model import AnnotationModel
from briefing.ui.models.briefing_model import BriefingModel
from briefing.ui.models.entry_model import ENTRY_MIME, TARGET_MIME, EntryModel, EntryRow
from briefing.ui.translations import Translations


def _note(note_id: str, status: str = "ok", reason: str = "", private: bool = False) -> Annotation:
    return Annotation(
        id=note_id,
        item_id="act-681-2023",
        note=f"note {note_id}",
        selector=Selector("the quoted words", start=0, end=16),
        status=status,
        status_reason=reason,
        private=private,
    )


def _entries(count: int) -> list[EntryRow]:
    return [
        EntryRow(
            Entry(id=f"ent-{i}", briefing_id="brf-1", position=i, item_id=f"item-{i}"), f"L{i}"
        )
        for i in range(count)
    ]


def test_annotation_model_passes_checks_and_names_the_status(
    qtmodeltester: ModelTester, qapp: QCoreApplication
) -> None:
    # The status words are translated: a language test before this one may leave fi or sv.
    Translations(qapp).switch("en")
    model = AnnotationModel()
    qtmodeltester.check(model)
    model.set_notes(
        [
            _note("a"),
            _note("b", "changed", "quote-moved"),
            _note("c", "orphaned", "quote-missing", private=True),
            _note("d", "changed", "quote-fuzzy:82"),
        ]
    )
    qtmodeltester.check(model)
    rows = [str(model.index(r, 0).data()) for r in range(4)]
    assert "“the quoted words”" in rows[0] and "⚠" not in rows[0]
    assert "Changed: the quoted passage has moved" in rows[1]
    assert "Orphaned: the quoted passage is no longer in the text" in rows[2]
    assert "(private)" in rows[2]
    assert "82 %" in rows[3]


def test_briefing_model_passes_checks_and_asks_to_rename(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = BriefingModel()
    model.set_briefings(
        [Briefing(id="brf-1", title="Board 5 May"), Briefing(id="brf-2", title="B")]
    )
    qtmodeltester.check(model)
    assert str(model.index(0, 0).data()).startswith("Board 5 May")
    with qtbot.waitSignal(model.renameRequested) as asked:
        assert model.setData(model.index(0, 0), "Board 6 May", Qt.ItemDataRole.EditRole)
    assert asked.args == ["brf-1", "Board 6 May"]
    assert not model.setData(model.index(1, 0), "  ", Qt.ItemDataRole.EditRole)


def test_entry_model_passes_checks_and_turns_drops_into_requests(
    qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    model = EntryModel()
    model.set_rows(_entries(3))
    qtmodeltester.check(model)
    assert str(model.index(1, 0).data()) == "2. L1"
    dragged = model.mimeData([model.index(0, 0)])
    # Dropped between the second and third row: it ends up second.
    with qtbot.waitSignal(model.moveRequested) as moved:
        model.dropMimeData(dragged, Qt.DropAction.MoveAction, 2, 0, model.index(-1, -1))
    assert moved.args == ["ent-0", 1]
    outside = QMimeData()
    outside.setData(TARGET_MIME, QByteArray(b"act-681-2023/s-13"))
    with qtbot.waitSignal(model.addRequested) as added:
        assert model.dropMimeData(outside, Qt.DropAction.CopyAction, 0, 0, model.index(-1, -1))
    assert added.args == ["act-681-2023/s-13", 0, False]
    assert ENTRY_MIME in model.mimeTypes()


def test_annotation_list_shows_a_note_as_words_and_its_tooltip_as_written(
    qapp: QCoreApplication,
) -> None:
    model = AnnotationModel()
    written = "Valmiiksi ennen **kevään** `valtuusto`käsittelyä"
    note = Annotation(id="ann-1", item_id="act-681-2023", note=written)
    model.set_notes([note])
    shown = str(model.index(0, 0).data())
    assert "Valmiiksi ennen kevään valtuustokäsittelyä" in shown and "*" not in shown
    assert written in str(model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
