"""Legacy code pages an analyst's files come in: Windows-1252 text from a word processor (curly quotes, dashes,
accented names) was refused as 'invalid UTF-8 ... and no plausible legacy encoding', and Serbian Latin in cp1250
with typographic quotes („...“) likewise; a Central European reading of a Western name garbled it."""
from __future__ import annotations

import pytest

from flashpoint.ingest.decode import DecodeError, decode_bytes

EN_QUOTES = "Police arrested ten protesters on Friday, the ministry said in a \u201cbrief\u201d statement \u2014 at last."
EN_NAMES = "Gis\u00e8le Pe\u00f1a said police arrested ten men in Bogot\u00e1 and Montr\u00e9al on Friday."
SR_LATIN = ("Policija je u \u010detvrtak rekla da je uhap\u0161eno deset ljudi \u201ena protestu\u201c u Novom Sadu, "
            "a \u0161ef policije je rekao da \u0107e biti jo\u0161 hap\u0161enja.")
SR_CYRILLIC = "Полиција је ухапсила десет демонстраната у Београду у петак, „рекао је“ министар."


@pytest.mark.parametrize("text, enc", [(EN_QUOTES, "cp1252"), (EN_NAMES, "cp1252"), (SR_LATIN, "cp1250"),
                                       (SR_CYRILLIC, "cp1251")])
def test_legacy_text_is_read_as_written(text, enc):
    out, _ = decode_bytes(text.encode(enc))
    assert out == text


def test_serbian_latin_stays_central_european():
    assert decode_bytes(SR_LATIN.encode("cp1250"))[1] in ("cp1250", "iso8859_2")


def test_junk_is_still_refused():
    with pytest.raises(DecodeError, match="no plausible legacy encoding"):
        decode_bytes(b"Police arrested \x81\x8d\x8f\x90\x9d men in \xd0\xd1\xd2\xd3\xd4\xd5 town.")


def test_a_cp1252_file_is_coded_not_refused(tmp_path):
    from flashpoint.ingest import iter_documents
    from flashpoint.records import Document

    f = tmp_path / "word.txt"
    f.write_bytes(EN_NAMES.encode("cp1252"))
    (d,) = list(iter_documents([f]))
    assert isinstance(d, Document) and d.text == EN_NAMES and d.language == "en"


def test_white_space_only_says_so():
    with pytest.raises(DecodeError, match=r"^empty file \(white space only\)$"):
        decode_bytes(b"  \n\t\r\n ")
    with pytest.raises(DecodeError, match=r"^empty file$"):
        decode_bytes(b"")
