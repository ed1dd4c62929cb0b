"""Seeds in a legacy encoding: charset-normalizer reads cp1251, Shift-JIS and GBK (they used
to come out as cp1252 mojibake without a word), Western text stays cp1252, and bytes that
no encoding makes readable are still a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.decode import SeedError, decode_bytes
from tests.conftest import run_digest

SAMPLES = [
    ("Компания Яндекс отменила решение о возвращении сотрудников в офис.", "cp1251"),
    ("トヨタは在宅勤務の方針を撤回し、従業員をオフィスに戻すことを決定した。", "shift_jis"),
    ("阿里巴巴撤回了要求员工返回办公室的决定，此前员工表示强烈反对。", "gbk"),
]
WESTERN = ["café", "Andr\u00e9", "Qantas \u201creversed\u201d it \u2014 Jos\u00e9 said.",
           "Die Firma hat ihre Entscheidung zur R\u00fcckkehr ins B\u00fcro zur\u00fcckgenommen."]


@pytest.mark.parametrize(("text", "encoding"), SAMPLES)
def test_a_legacy_encoding_is_recognised(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding))[0] == text


@pytest.mark.parametrize("text", WESTERN)
def test_western_text_stays_cp1252_however_short(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_bytes_no_encoding_makes_readable_are_a_clear_error() -> None:
    with pytest.raises(SeedError, match="undecodable: not UTF-8.*save it as UTF-8"):
        decode_bytes(bytes(range(128, 256)) * 10)


def test_a_cp1251_seed_becomes_an_entry_in_cyrillic(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "seeds").mkdir(parents=True)
    (site / "site.yaml").write_text("title: Digest\n", encoding="utf-8")
    title = "Яндекс отменил возвращение в офис"
    body = ("Компания Яндекс отменила решение о возвращении сотрудников в офис после "
            "протестов работников, сообщила компания.")
    (site / "seeds" / "yandex.txt").write_bytes(f"{title}\n\n{body}\n".encode("cp1251"))
    run_digest(site, "ingest", check=True)
    [entry] = (site / "content" / "entries").glob("*.md")
    text = entry.read_text(encoding="utf-8")
    assert title in text and body[:40] in text
