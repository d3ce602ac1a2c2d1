"""Names for stored uploads: random, with the extension of the type the bytes showed."""

import uuid


def random_name(extension: str) -> str:
    """``"<32 hex digits>.<extension>"``: never the visitor's or editor's own file name."""
    return f"{uuid.uuid4().hex}.{extension.lower().lstrip('.')}"
