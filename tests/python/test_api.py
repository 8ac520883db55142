"""pith.extract / clean / extract_paragraphs: inputs, errors, results."""
import pickle

import pytest

import pith


def test_bytes_and_str_give_the_same_text(html_pages):
    page = html_pages["html-news-gallery"]
    text = pith.extract(page)
    assert text.strip()
    assert pith.extract(page.decode("utf-8")) == text
    assert pith.extract(bytearray(page)) == text
    assert pith.extract(memoryview(page)) == text


def test_str_is_not_decoded_again_by_its_meta_charset(html_pages):
    # The Shift_JIS page declares its charset; once Python decoded it, the
    # str's UTF-8 form must not be read as Shift_JIS again.
    page = html_pages["html-shift-jis"]
    from_bytes = pith.extract(page)
    assert any(ord(c) > 0x3000 for c in from_bytes)  # Japanese text came out
    assert pith.extract(page.decode("shift_jis")) == from_bytes


def test_encoding_argument_overrides_detection(html_pages):
    page = html_pages["html-windows-1252"]
    assert pith.clean(page, encoding="iso-8859-7").encoding != pith.clean(page).encoding


def test_corpus_expected_output(html_pages):
    from conftest import CORPUS
    for name, page in html_pages.items():
        # Cases pith still gets wrong (known_failure.txt) run as [!shouldfail]
        # tests in tests/test_corpus.cpp.
        if (CORPUS / name / "known_failure.txt").exists():
            continue
        assert pith.extract(page) == (CORPUS / name / "expected.txt").read_text(encoding="utf-8"), name


def test_text_mode(text_scrape):
    r = pith.clean(text_scrape, mode="text")
    assert r.mode == "text" and r.status == "ok" and r.text.strip()
    assert pith.extract(text_scrape) == r.text  # detected as text


def test_clean_result_fields(html_pages):
    r = pith.clean(html_pages["html-news-gallery"], url="http://example.test/a")
    assert r.status == "ok" and r.mode == "html" and r.url == "http://example.test/a"
    assert r.title and r.encoding
    assert r.blocks and all(isinstance(b, pith.Block) for b in r.blocks)
    assert any(not b.kept and b.reason != "body" for b in r.blocks)
    assert all(b.kept == (b.reason == "body") for b in r.blocks)
    assert {b.kind for b in r.blocks} <= {"paragraph", "heading", "list_item", "quote", "preformatted",
                                           "table_cell", "caption"}
    assert r.text == "\n\n".join(r.paragraphs) + "\n"


def test_paragraphs_are_the_text_split(html_pages):
    for page in html_pages.values():
        paras = pith.extract_paragraphs(page)
        assert paras == pith.clean(page).paragraphs
        assert "\n\n".join(paras) + "\n" == pith.extract(page)


@pytest.mark.parametrize("empty", [b"", "", b"   \n\t ", "\n\n"])
def test_empty_input_is_not_an_error(empty):
    assert pith.extract(empty) == ""
    assert pith.extract_paragraphs(empty) == []
    r = pith.clean(empty)
    assert r.status == "empty_input" and r.text == "" and r.blocks == []


def test_page_without_content_gives_empty_string():
    assert pith.extract(b"<html><body><nav><a href=/>Home</a></nav></body></html>") == ""


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["<p>x</p>"], object()])
def test_wrong_type_raises(bad):
    with pytest.raises(pith.Error) as e:
        pith.extract(bad)
    assert e.value.status == "invalid_argument"
    assert "str or bytes" in str(e.value)


def test_bad_arguments_raise():
    with pytest.raises(pith.Error, match="mode"):
        pith.extract(b"<p>x</p>", mode="xml")
    with pytest.raises(pith.Error, match="encoding"):
        pith.extract("<p>x</p>", encoding="latin-1")
    with pytest.raises(TypeError):
        pith.extract(b"x", max_blocks=-1)  # not a size
    with pytest.raises(pith.Error, match="unknown option"):
        pith.Extractor(colour="blue")
    assert issubclass(pith.Error, ValueError)


def test_unusable_input_raises_with_its_status():
    with pytest.raises(pith.Error) as e:
        pith.extract(b"<p>" + b"a" * 100 + b"</p>", max_input_bytes=50)
    assert e.value.status == "too_large"
    with pytest.raises(pith.Error) as e:
        pith.extract(bytes(range(256)) * 8, mode="text")
    assert e.value.status == "unsupported_input" and "binary" in str(e.value)
    with pytest.raises(pith.Error) as e:
        pith.clean(b"\x1f\x8b\x08\x00broken gzip")
    assert e.value.status == "unsupported_input"


def test_lone_surrogate_str_raises():
    with pytest.raises(pith.Error):
        pith.extract("<p>\ud800</p>")


def test_limits_are_passed_through():
    page = b"<html><body>" + b"".join(b"<p>Paragraph number %d has a few words in it.</p>" % i
                                      for i in range(50)) + b"</body></html>"
    r = pith.clean(page, max_blocks=5)
    assert len(r.blocks) <= 5 and r.warnings
    assert not pith.clean(page).warnings


def test_functions_and_values_pickle(html_pages):
    page = html_pages["html-forum-thread"]
    for fn in (pith.extract, pith.clean, pith.extract_paragraphs, pith.iter_warc):
        assert pickle.loads(pickle.dumps(fn)) is fn
    ex = pith.Extractor(mode="html", max_blocks=1000)
    ex2 = pickle.loads(pickle.dumps(ex))
    assert ex2.options == ex.options and ex2(page) == ex(page) == pith.extract(page, mode="html")
    r = pith.clean(page)
    assert pickle.loads(pickle.dumps(r)) == r
    err = pith.Error("too big", "too_large")
    err2 = pickle.loads(pickle.dumps(err))
    assert (type(err2), str(err2), err2.status) == (pith.Error, "too big", "too_large")


def test_version():
    assert pith.__version__.count(".") == 2


def test_comments_apart(html_pages):
    # An article's comment thread is out of the text and in Result.comments.
    r = pith.clean(html_pages["html-news-comments"])
    post = "About time. My daughter works nights at the hospital"
    assert post not in r.text and post in r.comments
    assert any(b.reason == "comment" for b in r.blocks)
    assert pith.clean(html_pages["html-forum-thread"]).comments == ""


def test_comments_keyword(html_pages):
    page = html_pages["html-news-comments"]
    post = "About time. My daughter works nights at the hospital"
    assert post in pith.extract(page, comments="include")
    assert post not in pith.extract(page, comments="exclude")
    assert pith.extract(page, comments="auto") == pith.extract(page)
    assert post in "\n".join(pith.Extractor(comments="include").paragraphs(page))
    with pytest.raises(pith.Error):
        pith.extract(page, comments="sometimes")


def test_favour_keyword(html_pages):
    # favour= is the CLI's --precision / --recall: precision keeps a subset
    # of the default's paragraphs, recall a superset, on every page, and on
    # some page the three differ.
    moved = 0
    for name, page in sorted(html_pages.items()):
        base = pith.extract_paragraphs(page)
        precise = pith.extract_paragraphs(page, favour="precision")
        full = pith.extract_paragraphs(page, favour="recall")
        assert pith.extract_paragraphs(page, favour="balance") == base, name
        assert all(p in base for p in precise), name
        assert all(p in full for p in base), name
        moved += precise != full
    assert moved > 0
    ex = pith.Extractor(favour="precision")
    page = html_pages["html-news-gallery"]
    assert pickle.loads(pickle.dumps(ex))(page) == pith.extract(page, favour="precision")
    with pytest.raises(pith.Error):
        pith.extract(page, favour="accuracy")
