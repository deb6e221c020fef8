"""The result list's model: Qt's model checks and what each row tells a person."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from briefing.core.models import ItemSummary, SearchHit
from briefing.ui.models.result_model import ID_ROLE, LANG_ROLE, ResultModel, ResultRow


def _rows() -> list[ResultRow]:
    hit = SearchHit(
        id="act-681-2023/s-13",
        item_id="act-681-2023",
        kind="legislation",
        lang="fi",
        title="Kunnan kotoutumisohjelman sisältö",
        snippet="Kunnan on järjestettävä [kotoutumisohjelma]",
        score=3.2,
        act="681/2023",
        section="13 §",
    )
    news = ItemSummary(
        id="news-1",
        kind="news",
        lang="en",
        title="Report",
        summary="A report.",
        published=date(2020, 9, 16),
    )
    return [ResultRow.from_hit(hit), ResultRow.from_summary(news)]


def test_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = ResultModel()
    qtmodeltester.check(model)
    model.set_rows(_rows())
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_rows_show_act_section_and_snippet_without_markers(qapp: object) -> None:
    model = ResultModel()
    model.set_rows(_rows())
    first = model.index(0, 0)
    text = first.data()
    assert text.startswith("681/2023 13 § — Kunnan kotoutumisohjelman sisältö")
    assert "Kunnan on järjestettävä kotoutumisohjelma" in text  # no [ ] markers
    assert first.data(ID_ROLE) == "act-681-2023/s-13"
    assert first.data(LANG_ROLE) == "fi"
    assert model.index(1, 0).data(ID_ROLE) == "news-1"


def test_rich_row_marks_the_matched_words(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    # The window sets the default locale from the interface language (Translations);
    # this test builds no window, so it does the same rather than rely on an earlier test.
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        _check_rich_rows()
    finally:
        QLocale.setDefault(before)


def _check_rich_rows() -> None:
    from briefing.ui.models.result_model import HTML_ROLE

    model = ResultModel()
    model.set_rows(_rows())
    rich = model.index(0, 0).data(HTML_ROLE)
    assert "<b>kotoutumisohjelma</b>" in rich
    assert "Legislation · fi" in rich
    assert "16/09/2020" in model.index(1, 0).data(HTML_ROLE)  # en_GB
