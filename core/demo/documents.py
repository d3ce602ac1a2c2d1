"""Small, valid documents made in code, for the demo content and the tests."""

import io
import zipfile

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELVETICA_WINANSI = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pdf_text(text):
    """``text`` escaped for a PDF string literal ``(…)``."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_page(content, font=HELVETICA):
    """A one-page A4 PDF drawing the content stream ``content`` (bytes) with ``font`` as /F1.

    The same arguments give the same bytes, so a re-run of ``seed_demo`` writes nothing new.
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        font,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_document(*lines):
    """A one-page PDF showing ``lines`` (ASCII) in Helvetica; the same bytes every time."""
    text = "BT /F1 14 Tf 56 780 Td 20 TL " + " ".join(f"({pdf_text(line)}) '" for line in lines) + " ET"
    return pdf_page(text.encode("ascii"))


def office_document(kind):
    """A minimal Office Open XML package of ``kind`` ("docx" or "xlsx"): enough for the content check."""
    main_part = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}[kind]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("[Content_Types].xml", "_rels/.rels", main_part):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            archive.writestr(info, '<?xml version="1.0" encoding="UTF-8"?><root/>')
    return buffer.getvalue()
