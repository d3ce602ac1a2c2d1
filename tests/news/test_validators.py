import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from core.demo.documents import office_document, pdf_document
from core.documents import DocumentValidator, detect_kind
from news.validators import ATTACHMENT_KINDS, validate_attachment_file

WINDOWS_EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("manual.pdf", pdf_document("Kede"), "pdf"),
        ("spec.docx", office_document("docx"), "docx"),
        ("parts.xlsx", office_document("xlsx"), "xlsx"),
        ("大写.PDF", pdf_document("Kede"), "pdf"),
    ],
)
def test_pdf_word_and_excel_documents_are_accepted(name, content, kind):
    file = upload(name, content)
    validate_attachment_file(file)
    assert detect_kind(file) == kind
    assert file.tell() == 0  # the check leaves the file where it was


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("setup.pdf", WINDOWS_EXE),
        ("notes.docx", b"just some text"),
        ("archive.docx", b"PK\x03\x04" + b"\x00" * 100),  # a broken ZIP
        ("photo.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 50),
        ("empty.pdf", b""),
    ],
)
def test_files_that_are_not_documents_are_rejected_whatever_their_name(name, content):
    with pytest.raises(ValidationError) as error:
        validate_attachment_file(upload(name, content))
    assert error.value.code == "invalid_document"


def test_a_zip_that_is_not_an_office_document_is_rejected():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ValidationError):
        validate_attachment_file(upload("fake.docx", buffer.getvalue()))


def test_a_document_whose_name_lies_about_its_type_is_rejected():
    with pytest.raises(ValidationError) as error:
        validate_attachment_file(upload("table.docx", office_document("xlsx")))
    assert error.value.code == "extension_mismatch"


def test_a_document_over_the_size_limit_is_rejected():
    with pytest.raises(ValidationError) as error:
        DocumentValidator(ATTACHMENT_KINDS, max_size=100)(upload("big.pdf", pdf_document("x" * 200)))
    assert error.value.code == "too_large"
