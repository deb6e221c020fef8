"""Text repair and normalisation, and the prose the importer reads dates from."""

from __future__ import annotations

from datetime import date

from briefing.library.importers.finlex_text import act_versions, entry_into_force
from briefing.library.importers.finlex_versions import split_eid
from briefing.library.importers.textfix import RepairLog, has_mojibake, normalise, repair


def _broken(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def test_mojibake_repaired_and_logged() -> None:
    log = RepairLog()
    assert repair(_broken("säädös 1 § Åland – loppu…"), log) == "säädös 1 § Åland – loppu…"
    assert log.mojibake == 1 and log.examples
    assert has_mojibake(_broken("säädös")) and not has_mojibake("säädös")


def test_genuine_text_is_left_alone() -> None:
    log = RepairLog()
    for text in ("Ålands lagting", "é§ ü", "naïve café", "5 000 €", "Â"):
        assert repair(text, log) == text
    assert log.mojibake == 0


def test_whitespace_normalised() -> None:
    assert normalise(" a\u00a0\u00a0b\u2002c\t\nd\u0085e\u200bf  ") == "a b c d ef"


def test_entry_into_force_in_both_languages() -> None:
    assert entry_into_force("Tämä laki tulee voimaan 1 päivänä syyskuuta 2024.") == date(2024, 9, 1)
    assert entry_into_force("Denna lag träder i kraft den 1 juli 2024.") == date(2024, 7, 1)
    assert entry_into_force("L:lla 269/2026 muutettu 1 momentti tulee voimaan 1.6.2026.") == date(
        2026, 6, 1
    )
    assert entry_into_force("Tämä laki tulee voimaan asetuksella säädettävänä päivänä.") is None
    assert entry_into_force("tulee voimaan 31.2.2026") is None


def test_version_ids() -> None:
    assert act_versions("L:lla 269/2026 ja 1491/2016") == ["20260269", "20161491"]
    assert split_eid("chp_3__sec_18av20200902") == ("chp_3__sec_18a", "20200902")
    assert split_eid("sec_4av20100489__subsec_1v20230053") == ("sec_4a__subsec_1", "20230053")
    assert split_eid("chp_1__sec_2") == ("chp_1__sec_2", "")


def test_text_mis_decoded_twice() -> None:
    assert repair(_broken(_broken("säädös §"))) == "säädös §"


def test_text_decoded_as_windows_1252_repaired() -> None:
    broken = "säädös – 5 € … ’".encode().decode("cp1252")
    assert "â€“" in broken
    assert repair(broken) == "säädös – 5 € … ’"
