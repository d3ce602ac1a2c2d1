import io
import os
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.migrations.writer import MigrationWriter

from core.demo.documents import office_document, pdf_document
from core.documents import DocumentValidator, UnsafeArchive, clean_filename, detect_kind

RESUME_KINDS = ("pdf", "doc", "docx")
WORD_97 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WINDOWS_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
POLYGLOT = b"%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n"


def office_zip(parts, compression=zipfile.ZIP_DEFLATED):
    """A ZIP with the given {name: bytes} parts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def word_document(body=b"<w:document/>"):
    return office_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": body})


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (pdf_document("Kede"), "pdf"),
        (WORD_97, "doc"),
        (office_document("docx"), "docx"),
        (office_document("xlsx"), "xlsx"),
        (MP4, "mp4"),
        (WINDOWS_EXE, None),
        (b"<html><script>alert(1)</script>", None),
        (office_zip({"readme.txt": b"hello"}), None),
        (b"PK\x03\x04" + b"\x00" * 100, None),
        (b"", None),
    ],
)
def test_the_kind_of_a_file_comes_from_its_bytes(content, kind):
    file = SimpleUploadedFile("whatever.bin", content)
    file.seek(3 if content else 0)
    assert detect_kind(file) == kind
    assert file.tell() == (3 if content else 0)  # the check leaves the file where it was


@pytest.mark.parametrize(
    ("name", "content"),
    [("简历.pdf", pdf_document("CV")), ("resume.doc", WORD_97), ("Resume.DOCX", office_document("docx"))],
)
def test_a_resume_may_be_pdf_doc_or_docx(name, content):
    DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    ("name", "content"),
    [("setup.pdf", WINDOWS_EXE), ("sheet.xlsx", office_document("xlsx")), ("clip.mp4", MP4)],
)
def test_a_resume_of_another_kind_is_refused_in_chinese(name, content):
    with pytest.raises(ValidationError) as error:
        DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)(SimpleUploadedFile(name, content))
    assert error.value.code == "invalid_document"
    assert error.value.messages == ["此文件的内容不是 PDF，Word (.doc) 或 Word (.docx)。"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("catalogue.html", POLYGLOT),
        ("catalogue.pdf.html", POLYGLOT),
        ("catalogue", POLYGLOT),
        ("resume.docx", WORD_97),
        ("resume.pdf", office_document("docx")),
    ],
)
def test_a_name_that_does_not_match_the_content_is_refused(name, content):
    with pytest.raises(ValidationError) as error:
        DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)(SimpleUploadedFile(name, content))
    assert error.value.code == "extension_mismatch"
    assert "文件名必须以 ." in error.value.messages[0]


def test_a_zip_bomb_named_docx_is_refused_without_unpacking_it():
    bomb = word_document(b"\x00" * (5 * 1024 * 1024))  # 5 MB of zeros pack into about 5 KB
    assert len(bomb) < 20 * 1024
    with pytest.raises(ValidationError) as error:
        DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)(SimpleUploadedFile("bomb.docx", bomb))
    assert error.value.code == "compression_ratio"


def test_a_document_that_unpacks_too_large_is_refused(settings):
    settings.DOCUMENT_MAX_UNPACKED_SIZE = 1024 * 1024
    noise = word_document(os.urandom(1536 * 1024))  # incompressible, so the ratio is fine
    with pytest.raises(ValidationError) as error:
        DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)(SimpleUploadedFile("big.docx", noise))
    assert error.value.code == "unpacks_too_large"


def test_a_zip_with_too_many_parts_is_refused_before_they_are_read(settings):
    settings.DOCUMENT_MAX_ZIP_ENTRIES = 50
    parts = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    parts |= {f"word/media/{n}.xml": b"x" for n in range(60)}
    with pytest.raises(UnsafeArchive):
        detect_kind(SimpleUploadedFile("parts.docx", office_zip(parts, zipfile.ZIP_STORED)))


def test_a_zip_that_understates_its_parts_is_refused(settings):
    settings.DOCUMENT_MAX_ZIP_ENTRIES = 50
    parts = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    parts |= {f"word/media/{n}.xml": b"x" for n in range(60)}
    archive = bytearray(office_zip(parts, zipfile.ZIP_STORED))
    end = archive.rfind(b"PK\x05\x06")
    archive[end + 8 : end + 12] = b"\x01\x00\x01\x00"  # "one entry" on this disk and in all
    with pytest.raises(UnsafeArchive):
        detect_kind(SimpleUploadedFile("parts.docx", bytes(archive)))


def test_a_small_but_repetitive_document_passes_the_archive_limits():
    body = b"<w:p><w:r><w:t>" + "科德集团破碎锤说明书 ".encode() * 20_000 + b"</w:t></w:r></w:p>"  # 600 KB, 1000:1
    DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)(SimpleUploadedFile("manual.docx", word_document(body)))


def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(ValidationError) as error:
        DocumentValidator(("pdf",), max_size=100)(SimpleUploadedFile("big.pdf", pdf_document("x" * 200)))
    assert error.value.code == "too_large"


def test_the_validator_is_written_into_migrations_and_read_back_equal():
    validator = DocumentValidator(RESUME_KINDS, max_size=10 * 1024 * 1024)
    source, imports = MigrationWriter.serialize(validator)
    assert source == "core.documents.DocumentValidator(('pdf', 'doc', 'docx'), max_size=10485760)"
    namespace = {}
    exec("\n".join(imports), namespace)
    assert eval(source, namespace) == validator


def test_unknown_kinds_are_a_programming_error():
    with pytest.raises(ValueError):
        DocumentValidator(("exe",), max_size=1)


@pytest.mark.parametrize(
    ("name", "clean"),
    [
        ("../../简历 2026\n.pdf", "简历 2026.pdf"),
        ("C:\\Users\\张三\\我的简历.docx", "我的简历.docx"),
        ('a"b<c>;d.pdf', "abcd.pdf"),
        ("\u202etxt.exe", "txt.exe"),  # no right-to-left override to disguise the extension
        ("  .hidden  ", "hidden"),
        ("x" * 300 + ".pdf", "x" * 96 + ".pdf"),
    ],
)
def test_file_names_are_cleaned_for_display(name, clean):
    assert clean_filename(name) == clean
