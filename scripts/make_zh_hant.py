#!/usr/bin/env python
"""Write locale/zh_Hant/ from locale/zh_Hans/: every translation converted to Traditional characters by OpenCC.

The Traditional Chinese catalogue is never edited by hand: ``make messages`` runs this after makemessages,
and tests/test_site.py checks that the committed catalogue is complete and what this script writes. The
conversion is OpenCC's ``s2tw`` (the default of settings.ZH_HANT_CONFIG); a /zh-hant/ page is
converted again with the configured phrase tables (settings.ZH_HANT_CONFIG) when it is rendered.
Run: ``.venv/bin/python scripts/make_zh_hant.py`` (then ``manage.py compilemessages``).
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.chinese import to_traditional  # noqa: E402  (the project's root is on the path only now)

CATALOGUES = ("django.po", "djangojs.po")
CONFIG = "s2tw"


def convert_catalogue(source: polib.POFile, convert) -> polib.POFile:
    target = polib.POFile(wrapwidth=source.wrapwidth)
    target.metadata = dict(source.metadata, Language="zh_Hant")
    target.header = source.header
    for entry in source:
        if entry.obsolete:
            continue
        target.append(
            polib.POEntry(
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgctxt=entry.msgctxt,
                msgstr=convert(entry.msgstr) if entry.msgstr else "",
                msgstr_plural={index: convert(text) for index, text in entry.msgstr_plural.items()},
                occurrences=entry.occurrences,
                flags=list(entry.flags),
                comment=entry.comment,
                tcomment=entry.tcomment,
            )
        )
    return target


def main(locale_dir: Path = ROOT / "locale") -> list[Path]:
    def convert(text):
        return to_traditional(text, config=CONFIG)

    written = []
    for name in CATALOGUES:
        source = locale_dir / "zh_Hans" / "LC_MESSAGES" / name
        if not source.exists():
            continue
        target = locale_dir / "zh_Hant" / "LC_MESSAGES" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        convert_catalogue(polib.pofile(str(source)), convert).save(str(target))
        written.append(target)
    return written


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "locale"):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
