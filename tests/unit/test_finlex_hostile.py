"""Hostile and damaged files are refused whole, with one clear line, and nothing fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.errors import BadInput
from briefing.library.importers.finlex import parse_bytes, parse_file

DATA = Path(__file__).resolve().parents[1] / "data" / "finlex"
AKN = b'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"'

BILLION_LAUGHS = (
    b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<akomaNtoso """
    + AKN
    + b"""><act><body><p>&lol4;</p></body></act></akomaNtoso>"""
)


def _refused(data: bytes) -> str:
    with pytest.raises(BadInput) as caught:
        parse_bytes(data, "bad.xml")
    message = str(caught.value)
    assert message.startswith("bad.xml: ") and "\n" not in message
    return message


def test_not_xml() -> None:
    assert "not an XML file" in _refused(b"PK\x03\x04 this is a zip, not a statute")
    assert "not an XML file" in _refused(b"%PDF-1.7\n")
    assert "empty" in _refused(b"  \n")


def test_wrong_namespace_or_root() -> None:
    good = (DATA / "consolidated.xml").read_bytes()
    other = good.replace(b"legaldocml/ns/akn/3.0", b"legaldocml/ns/akn/2.0")
    assert "not Akoma Ntoso 3.0" in _refused(other)
    assert "root element is <html>" in _refused(b"<html><body>Finlex</body></html>")
    judgment = b"<akomaNtoso " + AKN + b"><judgment/></akomaNtoso>"
    assert "not an act or decree" in _refused(judgment)


def test_empty_list_response_is_not_found() -> None:
    assert "holds no documents" in _refused(b"<AknXmlList><Results/></AknXmlList>")


def test_truncated() -> None:
    good = (DATA / "consolidated.xml").read_bytes()
    assert "truncated" in _refused(good[: len(good) // 2])


def test_one_bad_document_in_a_list_refuses_the_file() -> None:
    good = (DATA / "list-response.xml").read_bytes()
    broken = (
        good.replace(b"<docNumber>5/2030</docNumber>", b"", 1)
        .replace(b'<FRBRuri value="/akn/fi/act/statute/2030/5"/>', b"", 1)
        .replace(b'<FRBRnumber value="5"/>', b"", 1)
    )
    assert "no act number" in _refused(broken)


def test_entity_bomb_refused_without_expanding() -> None:
    assert "refused" in _refused(BILLION_LAUGHS)


def test_external_entity_refused_and_nothing_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read me", encoding="utf-8")
    for target in (secret.as_uri(), "http://127.0.0.1:9/evil.dtd"):
        doc = (
            f'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "{target}">]>'
            f"<akomaNtoso {AKN.decode()}><act><p>&x;</p></act></akomaNtoso>"
        ).encode()
        message = _refused(doc)
        assert "refused" in message and "do not read me" not in message
    external_dtd = b'<!DOCTYPE akomaNtoso SYSTEM "http://127.0.0.1:9/akn.dtd"><akomaNtoso/>'
    assert "DTD" in _refused(external_dtd)


def test_undeclared_entity() -> None:
    assert "undefined entity" in _refused(
        b"<akomaNtoso " + AKN + b"><act>&nbsp;</act></akomaNtoso>"
    )


def test_fifty_megabytes_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(BadInput, match=r"^big\.xml: 50 MB is larger than the 20 MB limit$"):
        parse_file(big)
    with pytest.raises(BadInput, match="larger than"):
        parse_bytes(b"<a/>" + b" " * (21 * 1024 * 1024), "big.xml")


def test_missing_language() -> None:
    good = (DATA / "consolidated.xml").read_bytes()
    assert "unknown language" in _refused(good.replace(b'language="fin"', b'language="xx"'))


def test_absurd_nesting_refused() -> None:
    good = (DATA / "list-response.xml").read_bytes()
    deep = b"<hcontainer name='x'>" * 5000 + b"</hcontainer>" * 5000
    wrapper = b'<hcontainer name="statuteProvisionsWrapper">'
    crafted = good.replace(wrapper, deep + b"<hcontainer>", 1)
    assert "nested too deeply" in _refused(crafted)
    inline = b"<i>" * 5000 + b"x" + b"</i>" * 5000
    crafted = good.replace("Den första paragrafen".encode(), inline, 1)
    assert "nested too deeply" in _refused(crafted)
