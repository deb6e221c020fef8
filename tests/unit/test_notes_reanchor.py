"""After a library update every note is re-attached, marked, and never dropped."""

from __future__ import annotations

from pathlib import Path

from briefing.core.anchoring import make_selector, text_hash
from briefing.notes.reanchor import ensure_anchored, reanchor_all
from briefing.notes.store import open_store

OLD = {
    ("act-1", "act-1/s-1"): "Kunnan on laadittava kotoutumisohjelma joka neljäs vuosi.",
    ("act-1", "act-1/s-2"): "Ohjelma hyväksytään valtuustossa ja julkaistaan.",
    ("act-1", "act-1/s-3"): "Tämä pykälä kumotaan seuraavassa versiossa.",
    ("news-1", ""): "Valtioneuvoston selonteko kotoutumisesta valmistui syksyllä.",
}
NEW = {
    ("act-1", "act-1/s-1"): "Kunnan on laadittava kotoutumisohjelma joka neljäs vuosi.",
    ("act-1", "act-1/s-2"): "Muutos: ohjelma hyväksytään kunnanvaltuustossa ja julkaistaan.",
    ("news-1", ""): "Valtioneuvoston selonteko kotoutumisesta valmistui syksyllä 2020.",
}


def _lookup(texts: dict[tuple[str, str], str]):  # type: ignore[no-untyped-def]
    def lookup(item_id: str, section_id: str, lang: str, official: bool = False) -> str | None:
        return None if official else texts.get((item_id, section_id))  # no official texts

    return lookup


def _note(store, item, section, quote):  # type: ignore[no-untyped-def]
    text = OLD[(item, section)]
    sel = make_selector(text, quote) if quote else None
    return store.add_annotation(
        item, f"note on {quote or item}", section_id=section, selector=sel,
        text_hash=text_hash(text),
    )  # fmt: skip


def test_reanchor_all_marks_each_note_and_keeps_every_one(tmp_path: Path) -> None:
    store = open_store(tmp_path, author="a")
    same = _note(store, "act-1", "act-1/s-1", "kotoutumisohjelma")
    edited = _note(store, "act-1", "act-1/s-2", "hyväksytään valtuustossa ja julkaistaan")
    repealed = _note(store, "act-1", "act-1/s-3", "kumotaan")
    whole = _note(store, "news-1", "", "")
    trashed = _note(store, "act-1", "act-1/s-3", "pykälä")
    store.delete_annotation(trashed.id)

    seen: list[int] = []
    report = reanchor_all(store, _lookup(NEW), progress=lambda d, t, label: seen.append(d))

    assert report.counts == {"ok": 1, "changed": 2, "orphaned": 2}
    assert set(report.orphaned) == {repealed.id, trashed.id}
    assert set(report.changed) == {edited.id, whole.id}
    assert seen[-1] == 5
    got = {a.id: a for a in store.annotations() + store.annotations(trash=True)}
    assert len(got) == 5
    assert got[same.id].status == "ok"
    assert got[edited.id].status == "changed"
    assert got[edited.id].status_reason.startswith("quote-fuzzy:")
    sel = got[edited.id].selector
    assert sel is not None
    new_text = NEW[("act-1", "act-1/s-2")]
    assert new_text[sel.start : sel.end] == "hyväksytään kunnanvaltuustossa ja julkaistaan"
    assert (got[repealed.id].status, got[repealed.id].status_reason) == (
        "orphaned",
        "section-missing",
    )
    assert got[repealed.id].note == "note on kumotaan"
    assert (got[whole.id].status, got[whole.id].status_reason) == ("changed", "text-changed")

    again = reanchor_all(store, _lookup(NEW))
    assert again.counts == report.counts
    store.close()


def test_reanchor_can_be_cancelled(tmp_path: Path) -> None:
    store = open_store(tmp_path, author="a")
    _note(store, "act-1", "act-1/s-3", "kumotaan")
    report = reanchor_all(store, _lookup(NEW), cancel=lambda: True)
    assert report.counts == {} and not report.complete
    assert store.annotations()[0].status == "ok"
    store.close()


class _Library:
    """Just enough of a LibraryStore: a version and texts that can change."""

    def __init__(self, version: str, texts: dict[tuple[str, str], str]) -> None:
        self._version, self.texts = version, texts

    def version(self):  # type: ignore[no-untyped-def]
        from types import SimpleNamespace

        return SimpleNamespace(version=self._version)

    def get(self, item_id: str, lang: str | None = None, *, official: bool | None = None):  # type: ignore[no-untyped-def]
        return self._find(item_id, "", official)

    def get_section(
        self, section_id: str, lang: str | None = None, *, official: bool | None = None
    ):  # type: ignore[no-untyped-def]
        return self._find(section_id.split("/")[0], section_id, official)

    def _find(self, item_id: str, section_id: str, official: bool | None):  # type: ignore[no-untyped-def]
        from types import SimpleNamespace

        from briefing.core.errors import NotFound

        if (item_id, section_id) not in self.texts or official:  # our summaries only
            raise NotFound(section_id or item_id)
        body = self.texts[(item_id, section_id)]
        return SimpleNamespace(
            id=section_id or item_id, item_id=item_id, lang="fi", body=body, official=False
        )


def test_ensure_anchored_runs_once_per_library_version(tmp_path: Path) -> None:
    store = open_store(tmp_path, author="a")
    note = _note(store, "act-1", "act-1/s-3", "kumotaan")
    assert ensure_anchored(store, _Library("v1", OLD)) is not None
    assert store.annotation(note.id).status == "ok"
    assert ensure_anchored(store, _Library("v1", NEW)) is None  # same version: no work
    report = ensure_anchored(store, _Library("v2", NEW))
    assert report is not None and report.orphaned == (note.id,)
    assert store.annotation(note.id).status == "orphaned"
    store.close()


def test_accepting_a_change_makes_the_note_ok_for_the_new_text(tmp_path: Path) -> None:
    from briefing.notes.reanchor import accept_current

    store = open_store(tmp_path, author="a")
    edited = _note(store, "act-1", "act-1/s-2", "hyväksytään valtuustossa ja julkaistaan")
    repealed = _note(store, "act-1", "act-1/s-3", "kumotaan")
    reanchor_all(store, _lookup(NEW))
    accepted = accept_current(store, edited.id, _lookup(NEW))
    new_text = NEW[("act-1", "act-1/s-2")]
    assert (accepted.status, accepted.text_hash) == ("ok", text_hash(new_text))
    assert accepted.selector is not None
    assert accepted.selector.exact == "hyväksytään kunnanvaltuustossa ja julkaistaan"
    assert accept_current(store, repealed.id, _lookup(NEW)).status == "orphaned"
    again = reanchor_all(store, _lookup(NEW))
    assert again.counts == {"ok": 1, "orphaned": 1}
    store.close()


def test_a_section_gone_in_the_notes_language_is_not_matched_in_another(tmp_path: Path) -> None:
    store = open_store(tmp_path, author="a")
    text = OLD[("act-1", "act-1/s-1")]
    note = store.add_annotation("act-1", "sv", section_id="act-1/s-1", lang="sv",
                                selector=make_selector(text, "kotoutumisohjelma"),
                                text_hash=text_hash(text))  # fmt: skip
    report = ensure_anchored(store, _Library("v2", OLD))  # serves only Finnish texts
    assert report is not None and report.orphaned == (note.id,)
    assert store.annotation(note.id).status_reason == "section-missing"
    store.close()
