"""A validation error elsewhere on an admin form does not throw away the files the editor chose.

Browsers never send a file input's file twice: when a form comes back with an error (a missing
title, a bad spec row), every file the editor picked is gone. ``KeepUploadsMixin`` on a ModelAdmin
keeps them. When the change form is shown again after a POST, each file field of the form and of
its inline rows whose new upload passed its own validation is copied to the private root under
``pending/<random key>/upload`` (never public media), and the field shows
"已选择：<name>（保存后生效）" with a hidden signed token (salted, bound to the editor's user id and the
model field, valid for a day) and a box to drop it; choosing another file replaces it. On the next
POST a field with no new file and a valid token gets the kept file as if it were uploaded again, so
it passes the same validators (image bytes, document kind) and is re-encoded and renamed on save.
A token that is forged, expired, another user's, for another field, or whose file is gone is ignored
and the field says "之前选择的文件已失效，请重新选择". A file that failed its own validation is not
kept: its error shows as before. After a successful save the used files are deleted; the rest is
removed a day later by ``purge_pending_uploads`` (run by ``manage.py purge_applications``).
"""

import mimetypes
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .documents import clean_filename
from .storage import private_storage

PENDING_FOLDER = "pending"
MAX_AGE = timedelta(days=1)
SALT = "core.keep_uploads"
TOKEN_SUFFIX = "-kept"
DROP_SUFFIX = "-kept-drop"
_KEY = re.compile(r"[0-9a-f]{32}")

EXPIRED_MESSAGE = _("The file chosen before has expired; please choose it again.")


@dataclass(frozen=True)
class KeptUpload:
    key: str
    name: str
    token: str

    @property
    def path(self):
        return f"{PENDING_FOLDER}/{self.key}/upload"

    def open(self):
        """The kept file as an upload, under the name the editor's file had."""
        content_type = mimetypes.guess_type(self.name)[0] or "application/octet-stream"
        return UploadedFile(
            private_storage.open(self.path, "rb"),
            name=self.name,
            content_type=content_type,
            size=private_storage.size(self.path),
        )


def keep(upload, user_id, scope):
    """Copy ``upload`` to the private pending folder; returns the :class:`KeptUpload` with its token."""
    key = uuid.uuid4().hex
    name = clean_filename(upload.name or "upload")
    upload.seek(0)
    private_storage.save(f"{PENDING_FOLDER}/{key}/upload", upload)
    token = signing.dumps({"u": user_id, "s": scope, "k": key, "n": name}, salt=SALT, compress=True)
    return KeptUpload(key, name, token)


def read_token(token, user_id, scope):
    """The :class:`KeptUpload` of a token this user got for this field within a day, or None."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:  # SignatureExpired included
        return None
    if not isinstance(data, dict) or data.get("u") != user_id or data.get("s") != scope:
        return None
    key, name = data.get("k"), data.get("n")
    if not isinstance(key, str) or not _KEY.fullmatch(key) or not isinstance(name, str) or not name:
        return None
    kept = KeptUpload(key, name, token)
    return kept if private_storage.exists(kept.path) else None


def discard(keys):
    """Delete the pending folders of ``keys`` (used or replaced files)."""
    root = Path(private_storage.path(PENDING_FOLDER))
    for key in keys:
        if _KEY.fullmatch(key):
            shutil.rmtree(root / key, ignore_errors=True)


def stale_pending_folders(now=None):
    """Pending folders whose files are older than a day: left by forms that were never saved."""
    root = Path(private_storage.path(PENDING_FOLDER))
    if not root.is_dir():
        return []
    cutoff = ((now or timezone.now()) - MAX_AGE).timestamp()
    stale = []
    for folder in sorted(root.iterdir()):
        if folder.is_symlink() or not folder.is_dir():
            continue
        times = [path.lstat().st_mtime for path in folder.iterdir()] or [folder.lstat().st_mtime]
        if max(times) < cutoff:
            stale.append(folder)
    return stale


def purge_pending_uploads(now=None):
    """Delete the stale pending folders; returns how many."""
    folders = stale_pending_folders(now)
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    return len(folders)


class KeptUploadWidget(forms.Widget):
    """A file input that holds a kept upload: the input as before, then the kept file's name, its
    token and a box to drop it. The browser must not ask for a file again, so it is never ``required``."""

    needs_multipart_form = True

    def __init__(self, widget, kept):
        super().__init__(widget.attrs)
        self.widget = widget
        self.kept = kept
        self.is_required = widget.is_required

    @property
    def media(self):
        return self.widget.media

    @property
    def is_hidden(self):
        return False

    def use_required_attribute(self, initial):
        return False

    def id_for_label(self, id_):
        return self.widget.id_for_label(id_)

    def value_from_datadict(self, data, files, name):
        return self.widget.value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return self.widget.value_omitted_from_data(data, files, name)

    def render(self, name, value, attrs=None, renderer=None):
        drop_id = f"{(attrs or {}).get('id') or 'id_' + name}{DROP_SUFFIX.replace('-', '_')}"
        return format_html(
            '{}<div class="kept-upload"><input type="hidden" name="{}" value="{}">'
            "<span>{}</span> "
            '<label for="{}"><input type="checkbox" name="{}" id="{}"> {}</label></div>',
            self.widget.render(name, value, attrs, renderer),
            name + TOKEN_SUFFIX,
            self.kept.token,
            gettext("Chosen: %(name)s (takes effect when saved)") % {"name": self.kept.name},
            drop_id,
            name + DROP_SUFFIX,
            drop_id,
            gettext("Do not use this file"),
        )


class KeepUploadsFormMixin:
    """Mixed into a form by :func:`keeping_form`; ``keep_uploads_user_id`` names the editor."""

    keep_uploads_user_id = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Before anything asks has_changed(): an inline row holding only a kept file has changed.
        self._kept_uploads = {}
        self._expired_uploads = []
        if self.is_bound and self.keep_uploads_user_id is not None:
            self._restore_kept_uploads()

    def _keep_scope(self, name):
        meta = getattr(self, "_meta", None)
        model = getattr(meta, "model", None)
        owner = model._meta.label_lower if model is not None else type(self).__qualname__
        return f"{owner}.{name}"

    def _file_fields(self):
        return [
            (name, field)
            for name, field in self.fields.items()
            if isinstance(field, forms.FileField) and not field.disabled
        ]

    def _restore_kept_uploads(self):
        files = None
        for name, field in self._file_fields():
            html_name = self.add_prefix(name)
            token = self.data.get(html_name + TOKEN_SUFFIX)
            if not token or self.data.get(html_name + DROP_SUFFIX) or self.files.get(html_name):
                continue  # nothing kept, dropped, or replaced by a new file
            clear_name = getattr(field.widget, "clear_checkbox_name", None)
            if clear_name and self.data.get(clear_name(html_name)):
                continue  # the editor cleared the field
            kept = read_token(token, self.keep_uploads_user_id, self._keep_scope(name))
            if kept is None:
                self._expired_uploads.append(name)
                continue
            if files is None:
                files = self.files.copy()
            files[html_name] = kept.open()
            self._kept_uploads[name] = kept
        if files is not None:
            self.files = files

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for name in self._expired_uploads:
            self._errors.pop(name, None)  # "required" says less than why the file is missing
            self.add_error(name, ValidationError(EXPIRED_MESSAGE, code="kept_upload_expired"))

    def keep_uploads(self):
        """Keep each new upload that passed its own validation and show it as kept (a page shown again)."""
        if not self.is_bound or self.keep_uploads_user_id is None:
            return
        errors = self.errors
        for name, field in self._file_fields():
            upload = self.cleaned_data.get(name)
            if name in errors or not isinstance(upload, UploadedFile) or isinstance(field.widget, KeptUploadWidget):
                continue
            kept = self._kept_uploads.get(name) or keep(upload, self.keep_uploads_user_id, self._keep_scope(name))
            self._kept_uploads[name] = kept
            field.widget = KeptUploadWidget(field.widget, kept)

    def used_kept_keys(self):
        return [kept.key for kept in self._kept_uploads.values()]


def keeping_form(form_class, user):
    """``form_class`` with :class:`KeepUploadsFormMixin`, for ``user``."""
    attrs = {"keep_uploads_user_id": user.pk, "__module__": form_class.__module__}
    keeping = type(form_class.__name__, (KeepUploadsFormMixin, form_class), attrs)
    # The metaclass built the fields again; keep the ones of form_class, which may have been adjusted
    # after it was made (an inline narrowing a choice's queryset in get_formset).
    keeping.base_fields = form_class.base_fields
    return keeping


class KeepUploadsMixin:
    """A ModelAdmin mixin: files chosen on its form and its inlines survive a validation error."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if kwargs.get("fields", ...) is None:  # only asked for its field names (get_fieldsets)
            return form
        return keeping_form(form, request.user)

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            attrs = {"form": keeping_form(formset.form, request.user), "__module__": formset.__module__}
            yield type(formset.__name__, (formset,), attrs), inline

    def render_change_form(self, request, context, *args, **kwargs):
        if request.method == "POST":
            for form in _forms_of(context):
                form.keep_uploads()
        return super().render_change_form(request, context, *args, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        keys = [key for each in (form, *(f for formset in formsets for f in formset.forms)) for key in _keys(each)]
        if keys:
            transaction.on_commit(partial(discard, keys))


def _forms_of(context):
    adminform = context.get("adminform")
    found = [adminform.form] if adminform is not None else []
    for inline in context.get("inline_admin_formsets") or []:
        found.extend(inline.formset.forms)
    return [form for form in found if isinstance(form, KeepUploadsFormMixin)]


def _keys(form):
    return form.used_kept_keys() if isinstance(form, KeepUploadsFormMixin) else []
