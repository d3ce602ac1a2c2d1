"""manage.py backup and restore: a round trip on the test database (SQLite, or PostgreSQL in CI's second run).

The tests commit (``transaction=True``): the backup reads the database through its own connection
(SQLite) or pg_dump, and a restore into a database with the test's transaction open would wait forever.
"""

import hashlib
import io
import json
import os
import stat
import tarfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from careers.factories import ApplicationFactory
from core.backup import DATABASE_MEMBERS
from core.cache import content_version
from core.factories import image_file
from products.factories import ProductFactory
from products.models import Product, ProductImage

pytestmark = pytest.mark.django_db(transaction=True)


def row_counts():
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        counts = {}
        for table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def file_hashes(settings):
    """{"media/…" or "private/…": sha256} of every file under the two media roots."""
    hashes = {}
    for folder, root in (("media", settings.MEDIA_ROOT), ("private", settings.PRIVATE_MEDIA_ROOT)):
        for path in Path(root).rglob("*"):
            if path.is_file():
                hashes[f"{folder}/{path.relative_to(root).as_posix()}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def backup(directory):
    out = io.StringIO()
    call_command("backup", output=str(directory), stdout=out)
    archives = sorted(Path(directory).glob("kede-*.tar.gz"), key=os.path.getmtime)
    return archives[-1], out.getvalue()


def restore(archive):
    out = io.StringIO()
    call_command("restore", str(archive), interactive=False, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def rewrite(archive, target, change):
    """Copy ``archive`` to ``target`` with its members changed by ``change(members)``.

    ``members`` is a list of (TarInfo, bytes or None) that ``change`` may edit in place.
    """
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read() if m.isreg() else None) for m in tar.getmembers()]
    change(members)
    with tarfile.open(target, "w:gz") as tar:
        for info, data in members:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return target


def edit_manifest(members, edit):
    for index, (info, data) in enumerate(members):
        if info.name == "manifest.json":
            manifest = json.loads(data)
            edit(manifest)
            members[index] = (info, json.dumps(manifest).encode())


@pytest.fixture
def content(settings):
    """Products with a cover and a gallery image (public media), an application with a résumé (private)."""
    product = ProductFactory(name="侧置式液压破碎锤", with_cover=True)
    ProductImage.objects.create(product=product, image=image_file("gallery.jpg", (800, 600)), alt="现场")
    other = ProductFactory(name="岩石斗", with_cover=True)
    application = ApplicationFactory()
    assert (settings.PRIVATE_MEDIA_ROOT / application.resume.name).is_file()
    return {"product": product, "other": other, "application": application}


def test_restore_brings_back_every_row_and_file_after_edits_and_deletions(content, settings, tmp_path):
    rows, files = row_counts(), file_hashes(settings)
    archive, _ = backup(tmp_path / "backups")

    Product.objects.filter(pk=content["product"].pk).update(name="改过的名字")
    content["other"].delete()
    content["application"].delete()  # deletes the résumé file too
    (settings.MEDIA_ROOT / "products" / "stray.txt").write_text("not in the archive")
    first_image = sorted(f for f in files if f.startswith("media/"))[0]
    (settings.MEDIA_ROOT / first_image.split("/", 1)[1]).write_bytes(b"changed bytes")
    assert row_counts() != rows and file_hashes(settings) != files
    version = content_version()

    report = restore(archive)

    assert row_counts() == rows
    assert file_hashes(settings) == files
    assert Product.objects.get(pk=content["product"].pk).name == "侧置式液压破碎锤"
    assert content_version() != version  # no stale cached page
    assert "1 not in the archive deleted" in report
    resume = settings.PRIVATE_MEDIA_ROOT / content["application"].resume.name
    assert stat.S_IMODE(resume.stat().st_mode) == 0o600

    # The second restore of the same archive finds everything in place.
    report = restore(archive)
    assert row_counts() == rows and file_hashes(settings) == files
    assert "0 files written" in report


def test_backup_is_private_and_its_manifest_lists_tables_migrations_and_hashes(content, settings, tmp_path):
    rows, files = row_counts(), file_hashes(settings)
    archive, output = backup(tmp_path / "backups")

    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert str(archive) in output and f"{archive.stat().st_size} bytes" in output
    assert "personal data" in output
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        names = set(tar.getnames())
    assert manifest["vendor"] == connection.vendor
    assert manifest["tables"] == rows
    assert manifest["migrations"]["careers"].startswith("0")
    database = manifest["database"]
    assert {name: info["sha256"] for name, info in manifest["files"].items() if name != database} == files
    assert names == set(manifest["files"]) | {"manifest.json"}


def test_a_second_backup_writes_a_second_archive_and_keeps_the_first(content, settings, tmp_path):
    directory = tmp_path / "backups"
    first, _ = backup(directory)
    first_bytes = first.read_bytes()
    second, _ = backup(directory)  # within the same second: never the same name

    assert first != second
    assert first.read_bytes() == first_bytes
    assert sorted(p.name for p in directory.iterdir()) == sorted([first.name, second.name])  # no partial file left
    assert first.name.startswith("kede-") and len(first.name) == len("kede-20260101-120000.tar.gz")


def test_backup_leaves_out_links_in_the_media_roots_and_says_so(settings, tmp_path):
    secret = tmp_path / "outside.txt"
    secret.write_text("not the site's")
    settings.MEDIA_ROOT.mkdir(parents=True)
    (settings.MEDIA_ROOT / "link.txt").symlink_to(secret)
    (settings.MEDIA_ROOT / "linked-dir").symlink_to(tmp_path)
    errors = io.StringIO()
    call_command("backup", output=str(tmp_path / "backups"), stdout=io.StringIO(), stderr=errors)

    (archive,) = (tmp_path / "backups").iterdir()
    with tarfile.open(archive) as tar:
        assert not [name for name in tar.getnames() if name.startswith("media/")]
    assert "link.txt: not a regular file" in errors.getvalue()
    assert "linked-dir: not a regular file" in errors.getvalue()


def test_backup_goes_to_the_configured_directory(settings, tmp_path):
    settings.BACKUP_DIR = tmp_path / "nightly"
    call_command("backup", stdout=io.StringIO())

    (archive,) = (tmp_path / "nightly").iterdir()
    assert archive.name.endswith(".tar.gz")
    assert stat.S_IMODE((tmp_path / "nightly").stat().st_mode) == 0o700


def test_restore_never_writes_through_a_link_in_a_media_root(content, settings, tmp_path):
    files = file_hashes(settings)
    archive, _ = backup(tmp_path / "backups")
    elsewhere = tmp_path / "elsewhere"
    (settings.MEDIA_ROOT / "products").rename(elsewhere)
    (settings.MEDIA_ROOT / "products").symlink_to(elsewhere)
    outside = {path: path.read_bytes() for path in elsewhere.rglob("*") if path.is_file()}

    restore(archive)

    assert not (settings.MEDIA_ROOT / "products").is_symlink()
    assert file_hashes(settings) == files
    assert {path: path.read_bytes() for path in elsewhere.rglob("*") if path.is_file()} == outside


def test_tampered_archive_is_refused_and_nothing_changes(content, settings, tmp_path):
    archive, _ = backup(tmp_path / "backups")
    content["other"].delete()
    rows, files = row_counts(), file_hashes(settings)

    def change_resume(members):
        for index, (info, data) in enumerate(members):
            if info.name.startswith("private/"):
                members[index] = (info, data + b"%forged")

    forged = rewrite(archive, tmp_path / "forged.tar.gz", change_resume)
    with pytest.raises(CommandError, match="does not match its sha256"):
        restore(forged)

    assert row_counts() == rows and file_hashes(settings) == files


def test_restore_into_another_database_vendor_is_refused(content, settings, tmp_path):
    archive, _ = backup(tmp_path / "backups")
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    content["other"].delete()
    rows, files = row_counts(), file_hashes(settings)

    def as_other_vendor(members):  # what the other vendor's backup looks like: its dump under its own name
        old, new = DATABASE_MEMBERS[connection.vendor], DATABASE_MEMBERS[other]
        for info, _data in members:
            if info.name == old:
                info.name = new

        def edit(manifest):
            manifest.update(vendor=other, database=new)
            manifest["files"][new] = manifest["files"].pop(old)

        edit_manifest(members, edit)

    forged = rewrite(archive, tmp_path / "other.tar.gz", as_other_vendor)
    with pytest.raises(CommandError, match=f"holds a {other} database and this site runs on {connection.vendor}"):
        restore(forged)

    assert row_counts() == rows and file_hashes(settings) == files


def hostile(kind, name=None):
    def add(members):
        info = tarfile.TarInfo(name or "media/evil")
        data = None
        if kind == "file":
            data = b"owned"
        elif kind == "symlink":
            info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        elif kind == "inside-symlink":
            info.type, info.linkname = tarfile.SYMTYPE, "../private"
        elif kind == "hardlink":
            info.type, info.linkname = tarfile.LNKTYPE, "manifest.json"
        elif kind == "device":
            info.type, info.devmajor, info.devminor = tarfile.CHRTYPE, 1, 3
        elif kind == "fifo":
            info.type = tarfile.FIFOTYPE
        members.insert(0, (info, data))
        if data is not None:  # listed in the manifest too, with its true hash: only the path is wrong
            digest = hashlib.sha256(data).hexdigest()
            edit_manifest(members, lambda d: d["files"].update({info.name: {"sha256": digest, "size": len(data)}}))

    return add


@pytest.mark.parametrize(
    ("kind", "name", "message"),
    [
        ("file", "../escaped.txt", "outside the archive's folders"),
        ("file", "media/../../escaped.txt", "outside the archive's folders"),
        ("file", "/tmp/kede-absolute-escape.txt", "outside the archive's folders"),
        ("file", "etc/cron.d/evil", "no backup writes"),
        ("symlink", None, "not a regular file"),
        ("inside-symlink", None, "not a regular file"),
        ("hardlink", None, "not a regular file"),
        ("device", None, "not a regular file"),
        ("fifo", None, "not a regular file"),
    ],
)
def test_hostile_archive_member_is_refused_and_nothing_changes(
    content, settings, tmp_path, monkeypatch, kind, name, message
):
    archive, _ = backup(tmp_path / "backups")
    content["other"].delete()
    rows, files = row_counts(), file_hashes(settings)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # a relative escape would land here

    forged = rewrite(archive, tmp_path / "hostile.tar.gz", hostile(kind, name))
    with pytest.raises(CommandError, match=message):
        restore(forged)

    assert row_counts() == rows and file_hashes(settings) == files
    assert not Path("/tmp/kede-absolute-escape.txt").exists()
    assert not list(tmp_path.rglob("escaped.txt"))


def test_member_the_manifest_does_not_name_is_refused(content, settings, tmp_path):
    archive, _ = backup(tmp_path / "backups")

    def add_unlisted(members):
        members.append((tarfile.TarInfo("media/unlisted.jpg"), b"\xff\xd8 not listed"))

    forged = rewrite(archive, tmp_path / "unlisted.tar.gz", add_unlisted)
    with pytest.raises(CommandError, match="members and its manifest differ"):
        restore(forged)
    assert not (settings.MEDIA_ROOT / "unlisted.jpg").exists()


def test_file_that_is_no_archive_is_refused(tmp_path):
    junk = tmp_path / "kede-20260101-000000.tar.gz"
    junk.write_bytes(b"not a gzip file at all")
    with pytest.raises(CommandError, match="not a readable backup archive"):
        restore(junk)
    with pytest.raises(CommandError, match="No archive at"):
        restore(tmp_path / "missing.tar.gz")


def test_restore_asks_first_and_an_answer_other_than_yes_changes_nothing(content, settings, tmp_path, monkeypatch):
    archive, _ = backup(tmp_path / "backups")
    content["other"].delete()
    rows = row_counts()
    monkeypatch.setattr("builtins.input", lambda prompt: "no")

    with pytest.raises(CommandError, match="cancelled; nothing was changed"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert row_counts() == rows
