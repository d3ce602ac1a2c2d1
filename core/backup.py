"""Backups: one archive with the database, the public and the private media, and a manifest.

``manage.py backup`` (``make backup``) writes ``kede-YYYYmmdd-HHMMSS.tar.gz``; ``manage.py restore``
(``make restore FILE=…``) puts it back. The archive holds

- ``database/db.sqlite3`` (a consistent copy made with SQLite's backup API while the site runs) or
  ``database/db.dump`` (``pg_dump --format=custom``, from the same snapshot the row counts come from);
- ``media/…`` (``MEDIA_ROOT``) and ``private/…`` (``PRIVATE_MEDIA_ROOT``: résumés, personal data);
- ``manifest.json``: when, which database vendor, the latest migration per app, the rows per table
  and the sha256 of every other member.

A restore unpacks into a private staging directory and checks every member against the manifest
before it touches the database or a media file: a changed byte, a member the manifest does not name,
an absolute path, ``..``, a link or a device refuses the whole archive.
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import tarfile
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import django
from django.conf import settings
from django.core.files.storage import default_storage
from django.db import connection, transaction
from django.db.backends.postgresql.client import DatabaseClient
from django.utils import timezone

from .cache import bump_content_version
from .storage import private_storage

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"sqlite": "database/db.sqlite3", "postgresql": "database/db.dump"}
# Archive folder → the setting naming the directory it holds.
MEDIA_FOLDERS = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}
PG_BIN_DIRS = Path("/usr/lib/postgresql")
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup or the restore cannot go on; the message says why (and that nothing changed, if so)."""


@dataclass
class BackupResult:
    path: Path
    manifest: dict
    skipped: list = field(default_factory=list)  # media entries that are not regular files (links …)


@dataclass
class RestoreResult:
    tables: int = 0
    rows: int = 0
    written: dict = field(default_factory=dict)  # folder → files written
    unchanged: dict = field(default_factory=dict)  # folder → files already identical
    removed: dict = field(default_factory=dict)  # folder → files not in the archive, deleted
    mismatched: dict = field(default_factory=dict)  # table → (rows in the manifest, rows now)
    extra_tables: list = field(default_factory=list)


# --- Backup -----------------------------------------------------------------------------------


def create_backup(directory) -> BackupResult:
    """Write one archive into ``directory`` (created 0700 if missing) and return where and what.

    The archive is written under a temporary name (mode 0600) and linked to its final name, so a
    half-written archive never carries a backup's name and an existing file is never overwritten
    (a second backup in the same second gets ``-2``).
    """
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = timezone.now()
    vendor = connection.vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    skipped = []
    with tempfile.TemporaryDirectory(prefix="kede-backup-") as work:
        dump = Path(work) / Path(DATABASE_MEMBERS[vendor]).name
        state = _dump_sqlite(dump) if vendor == "sqlite" else _dump_postgresql(dump)
        fd, partial = tempfile.mkstemp(prefix=".kede-", suffix=".partial", dir=directory)  # mode 0600
        try:
            with os.fdopen(fd, "wb") as raw:
                with tarfile.open(fileobj=raw, mode="w:gz") as tar:
                    files = {DATABASE_MEMBERS[vendor]: _add_file(tar, DATABASE_MEMBERS[vendor], dump)}
                    for folder, setting in MEDIA_FOLDERS.items():
                        for path, rel in _walk(Path(getattr(settings, setting)), skipped):
                            added = _add_file(tar, f"{folder}/{rel}", path)
                            if added:  # None: the site deleted it meanwhile
                                files[f"{folder}/{rel}"] = added
                    manifest = {
                        "format": FORMAT,
                        "created": created.isoformat(),
                        "vendor": vendor,
                        "database": DATABASE_MEMBERS[vendor],
                        "django": django.get_version(),
                        **state,
                        "files": files,
                    }
                    data = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode()
                    info = tarfile.TarInfo(MANIFEST)
                    info.size, info.mtime, info.mode = len(data), created.timestamp(), 0o600
                    tar.addfile(info, io.BytesIO(data))
                raw.flush()
                os.fsync(raw.fileno())
            path = _link_free_name(directory, created, partial)
        finally:
            Path(partial).unlink(missing_ok=True)
    return BackupResult(path=path, manifest=manifest, skipped=skipped)


def _link_free_name(directory, created, partial) -> Path:
    stamp = timezone.localtime(created).strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        path = directory / f"kede-{stamp}{'' if n == 1 else f'-{n}'}.tar.gz"
        try:
            os.link(partial, path)  # fails if the name is taken: never overwrites
        except FileExistsError:
            continue
        return path
    raise BackupError(f"Too many backups named kede-{stamp}*.tar.gz in {directory}.")


def _dump_sqlite(target: Path) -> dict:
    name = connection.settings_dict["NAME"]
    if not name or str(name).startswith(":memory:") or "mode=memory" in str(name) or not Path(name).is_file():
        raise BackupError(f"No SQLite database file at {name}.")
    source = sqlite3.connect(name, timeout=60)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)  # a consistent copy, even while the site writes
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        if copy.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"The copy of {name} fails SQLite's quick_check; is the database damaged?")
        cursor = copy.cursor()
        tables = [row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return _state(cursor, [table for table in tables if not table.startswith("sqlite_")])
    finally:
        copy.close()
        source.close()


def _dump_postgresql(target: Path) -> dict:
    """pg_dump from a snapshot this connection exports, so the dump and the row counts agree."""
    if connection.in_atomic_block:
        raise BackupError("Run the backup outside a transaction (it opens its own snapshot).")
    pg_dump = pg_tool("pg_dump")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        state = _state(cursor, connection.introspection.table_names(cursor))
        _run([pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={target}", "--no-password"])
    return state


def _state(cursor, tables) -> dict:
    """Rows per table and the latest applied migration per app, read through ``cursor``."""
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")
        counts[table] = cursor.fetchone()[0]
    migrations = {}
    if "django_migrations" in counts:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY id")
        for app, name in cursor.fetchall():
            migrations[app] = name
    return {"tables": counts, "migrations": dict(sorted(migrations.items()))}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class _HashingReader:
    """Hands tarfile the file's bytes and hashes exactly the bytes that went into the archive."""

    def __init__(self, file):
        self.file, self.sha256 = file, hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def _add_file(tar, name, path):
    try:
        file = open(path, "rb")  # closed by the with below
    except FileNotFoundError:
        return None
    with file:
        info = tarfile.TarInfo(name)
        status = os.fstat(file.fileno())
        info.size, info.mtime, info.mode = status.st_size, status.st_mtime, 0o600
        reader = _HashingReader(file)
        tar.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": info.size}


def _walk(root: Path, skipped=None):
    """(path, relative POSIX name) of every regular file under ``root``, sorted; links are not followed."""
    if not root.is_dir():
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames) + sorted(d for d in dirnames if os.path.islink(os.path.join(dirpath, d))):
            path = Path(dirpath, name)
            try:
                mode = path.lstat().st_mode
            except FileNotFoundError:  # deleted by the site meanwhile
                continue
            if stat.S_ISREG(mode):
                yield path, path.relative_to(root).as_posix()
            elif skipped is not None:
                skipped.append(str(path))


# --- Restore ----------------------------------------------------------------------------------


def unpack(archive, staging) -> dict:
    """Unpack ``archive`` into ``staging`` and return its manifest, once every member checks out.

    Touches nothing but ``staging``. Refused: a member that is not a regular file (a directory,
    a link, a device; backups write none), an absolute or ``..`` path, a member outside
    ``manifest.json``, ``database/``, ``media/`` and ``private/``, a member twice, a member the
    manifest does not name (or the other way round), a sha256 that differs from the manifest.
    """
    staging = Path(staging)
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            members = tar.getmembers()
            _check_members(members)
            # The "data" filter is the second lock: it refuses what escapes the staging directory too.
            tar.extractall(staging, members=members, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as error:
        if isinstance(error, FileNotFoundError) and not Path(archive).exists():
            raise BackupError(f"No archive at {archive}.") from error
        raise BackupError(f"{archive} is not a readable backup archive ({error}); nothing was changed.") from error
    manifest = _load_manifest(staging / MANIFEST)
    listed = set(manifest["files"])
    present = {m.name for m in members} - {MANIFEST}
    if listed != present:
        names = ", ".join(sorted(listed ^ present)[:5])
        raise BackupError(f"The archive's members and its manifest differ ({names}); nothing was changed.")
    for name, expected in manifest["files"].items():
        if _sha256(staging / name) != expected.get("sha256"):
            raise BackupError(f"{name} does not match its sha256 in the manifest; nothing was changed.")
    if manifest["database"] not in listed or manifest["database"] != DATABASE_MEMBERS.get(manifest["vendor"]):
        raise BackupError("The manifest names no database of a known vendor; nothing was changed.")
    return manifest


def _check_members(members):
    seen = set()
    for member in members:
        name = member.name
        path = PurePosixPath(name)
        if not member.isreg():
            raise BackupError(f"The archive holds {name!r}, which is not a regular file (a link or a device?).")
        if name.startswith("/") or "\\" in name or any(part in ("", ".", "..") for part in name.split("/")):
            raise BackupError(f"The archive holds {name!r}, a path outside the archive's folders.")
        if name != MANIFEST and (len(path.parts) < 2 or path.parts[0] not in {"database", *MEDIA_FOLDERS}):
            raise BackupError(f"The archive holds {name!r}, which no backup writes.")
        if name in seen:
            raise BackupError(f"The archive holds {name!r} twice.")
        seen.add(name)
    if MANIFEST not in seen:
        raise BackupError(f"The archive has no {MANIFEST}; is it a backup of this site?")


def _load_manifest(path: Path) -> dict:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise BackupError(f"The manifest cannot be read ({error}); nothing was changed.") from error
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or not isinstance(manifest.get("files"), dict)
        or not isinstance(manifest.get("tables"), dict)
        or not all(isinstance(value, dict) for value in manifest["files"].values())
    ):
        raise BackupError(f"The manifest is not a format-{FORMAT} backup manifest; nothing was changed.")
    return manifest


def check_vendor(manifest):
    if manifest.get("vendor") != connection.vendor:
        raise BackupError(
            f"The archive holds a {manifest.get('vendor')} database and this site runs on {connection.vendor}: "
            "a restore goes into the same database vendor only (dumpdata/loaddata move data between them). "
            "Nothing was changed."
        )


def restore(manifest, staging) -> RestoreResult:
    """Put the unpacked, checked archive in place: the database, then the media; then retire cached pages."""
    staging = Path(staging)
    result = RestoreResult()
    check_vendor(manifest)
    dump = staging / manifest["database"]
    connection.close()  # no open transaction of ours in the way (and a fresh one sees the new tables)
    if connection.vendor == "sqlite":
        _restore_sqlite(dump)
    else:
        _restore_postgresql(dump)
    _compare_rows(manifest, result)
    for folder, setting in MEDIA_FOLDERS.items():
        wanted = {
            name.split("/", 1)[1]: (staging / name, info["sha256"])
            for name, info in manifest["files"].items()
            if name.startswith(f"{folder}/")
        }
        _sync_tree(Path(getattr(settings, setting)), wanted, folder, result)
    bump_content_version()
    return result


def _restore_sqlite(dump: Path):
    """Copy the archive's database into the live file with the backup API, in one step.

    Rather than renaming a file over the database: a rename leaves a ``-wal`` file of the old
    database beside the new one (SQLite would replay it into the wrong file), and processes that
    have it open would go on reading the old inode. The backup API writes through SQLite's own
    locking, as one transaction: other connections see the old database or the new one.
    """
    source = sqlite3.connect(dump)
    target = sqlite3.connect(connection.settings_dict["NAME"], timeout=60)
    try:
        source.backup(target)
    except sqlite3.Error as error:
        raise BackupError(f"SQLite could not restore the database ({error}); it is unchanged.") from error
    finally:
        target.close()
        source.close()


def _restore_postgresql(dump: Path):
    """pg_restore in one transaction: on any error the database is left as it was."""
    name = connection.settings_dict["NAME"]
    _run(
        [
            pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            "--no-password",
            f"--dbname={name}",
            str(dump),
        ]
    )


def _compare_rows(manifest, result):
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        now = _state(cursor, tables)["tables"]
    result.tables = len(manifest["tables"])
    result.rows = sum(manifest["tables"].values())
    result.mismatched = {
        table: (rows, now.get(table)) for table, rows in manifest["tables"].items() if now.get(table) != rows
    }
    result.extra_tables = sorted(set(now) - set(manifest["tables"]))


def _sync_tree(root: Path, wanted: dict, folder: str, result: RestoreResult):
    """Make ``root`` hold exactly ``wanted`` (relative name → (staged file, sha256)); files not in it go."""
    storage = private_storage if folder == "private" else default_storage
    file_mode = storage.file_permissions_mode or 0o644
    dir_mode = storage.directory_permissions_mode or 0o755
    root.mkdir(mode=dir_mode, parents=True, exist_ok=True)
    written = unchanged = removed = 0
    for rel, (staged, sha256) in sorted(wanted.items()):
        target = root / rel
        _make_dirs(root, target.parent, dir_mode)  # first: a linked folder on the way is no "identical file"
        if target.is_file() and not target.is_symlink() and _sha256(target) == sha256:
            unchanged += 1
            continue
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        temporary = target.with_name(f".{target.name}.restoring")
        shutil.copyfile(staged, temporary)
        os.chmod(temporary, file_mode)
        os.replace(temporary, target)  # atomic per file: a visitor gets the old or the new bytes
        written += 1
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            path = Path(dirpath, name)
            if path.relative_to(root).as_posix() not in wanted:
                path.unlink()
                removed += 1
        if Path(dirpath) != root and not os.listdir(dirpath):
            os.rmdir(dirpath)
    result.written[folder], result.unchanged[folder], result.removed[folder] = written, unchanged, removed


def _make_dirs(root: Path, directory: Path, mode: int):
    """Create ``directory`` below ``root``; a file or link in the way of a directory is removed."""
    current = root
    for part in directory.relative_to(root).parts:
        current = current / part
        if current.is_symlink() or (current.exists() and not current.is_dir()):
            current.unlink()
        if not current.exists():
            current.mkdir(mode=mode)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def latest_migrations_on_disk() -> dict:
    """The leaf migration per app in this code (what ``migrate`` would bring a database to)."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    return dict(sorted(loader.graph.leaf_nodes()))


# --- PostgreSQL tools ------------------------------------------------------------------------


def pg_tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore``: from PATH, else the newest /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(
        (path for path in PG_BIN_DIRS.glob(f"*/bin/{name}") if path.parent.parent.name.isdigit()),
        key=lambda path: int(path.parent.parent.name),
    )
    if versions:
        return str(versions[-1])
    raise BackupError(f"{name} not found on PATH or in {PG_BIN_DIRS}/*/bin (apt-get install postgresql-client).")


def _run(command):
    """Run a PostgreSQL tool against the configured database; the password goes by PGPASSWORD, never argv."""
    _args, client_env = DatabaseClient.settings_to_cmd_args_env(connection.settings_dict, [])
    options = connection.settings_dict
    env = {**os.environ, **(client_env or {})}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGDATABASE", "NAME")):
        if options.get(key):
            env[variable] = str(options[key])
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if completed.returncode:
        raise BackupError(
            f"{Path(command[0]).name} failed (exit {completed.returncode}): {completed.stderr.strip()[:2000]}"
        )
