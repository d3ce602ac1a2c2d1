"""The product list's "导入 Excel" and "导出 Excel", on django-import-export's upload → dry run → confirm flow.

The library brings the admin views, the temporary copy of the upload between the two steps, the forms,
the log entries and the change-list buttons. The sheet itself is ours (products.workbook): the library's
XLSX format reads with ``data_only`` (a formula arrives as whatever value some program last computed) and
its resources check and save row by row, one query or more per row and field, with English messages.
So :class:`ProductWorkbookFormat` reads the sheet with formulas kept as formulas, and
:class:`ProductWorkbookResource` plans the whole sheet in a fixed number of queries and writes it with
bulk queries in one transaction, reporting into the library's ``Result``.
"""

import os
import re
import tempfile

import tablib
from django import forms
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import XLSX
from import_export.forms import ConfirmImportForm, ImportForm
from import_export.resources import Resource
from import_export.results import Error, Result, RowResult
from import_export.tmp_storages import TempFolderStorage

from core.documents import DocumentValidator
from core.export import CONTENT_TYPE

from .models import Product
from .workbook import (
    MAX_UPLOAD_SIZE,
    NEW,
    UPDATE,
    ImportConflict,
    WorkbookError,
    apply_plan,
    build_workbook,
    plan_import,
    read_sheet,
)

TMP_PREFIX = "kede-products-"
TMP_NAME_RE = re.compile(rf"^{TMP_PREFIX}[a-z0-9_]+\.xlsx$")


class ProductWorkbookFormat(XLSX):
    """An .xlsx workbook read by :func:`products.workbook.read_sheet` (bytes checked, formulas kept)."""

    def get_title(self):
        return "Excel (.xlsx)"

    def create_dataset(self, in_stream):
        headers, rows = read_sheet(in_stream)
        if not rows:
            raise WorkbookError(gettext("The sheet has no product rows under its first row."))
        dataset = tablib.Dataset()
        dataset.headers = headers
        for row in rows:
            dataset.append(row)
        return dataset


class ProductWorkbookResource(Resource):
    """Plans (dry run) or imports a product sheet; see products.workbook for the layout and the rules."""

    @classmethod
    def get_display_name(cls):
        return gettext("Products with their specs")

    def import_data(self, dataset, dry_run=False, raise_errors=False, use_transactions=None, **kwargs):
        rows = [list(dataset[index]) for index in range(dataset.height)]
        plan = plan_import(list(dataset.headers or []), rows)
        result = Result()
        result.plan = plan
        for problem in plan.problems:
            result.append_base_error(Error(WorkbookError(problem)))
        by_row = {}
        for error in plan.errors:
            by_row.setdefault(error.row, {}).setdefault(error.column, []).append(error.message)
        for number, errors in by_row.items():
            result.append_invalid_row(number, {}, ValidationError(errors))
        if plan.ok and not dry_run:
            try:
                apply_plan(plan, user=kwargs.get("user"), file_name=kwargs.get("file_name") or "")
            except ImportConflict as conflict:  # nothing was written; the import page says why
                plan.problems.append(str(conflict))
                result.append_base_error(Error(conflict))
        for row in plan.rows:
            row_result = RowResult()
            row_result.import_type = row.action
            row_result.instance = row.product
            row_result.add_instance_info(row.product)
            result.append_row_result(row_result)
            result.increment_row_result_total(row_result)
        result.total_rows = len(plan.rows)
        return result


class WorkbookTempStorage(TempFolderStorage):
    """The upload kept between the dry run and the confirmation, under a name the confirm form checks."""

    def _open(self, mode="r"):
        if self.name:
            return super()._open(mode)
        tmp_file = tempfile.NamedTemporaryFile(prefix=TMP_PREFIX, suffix=".xlsx", delete=False)
        self.name = tmp_file.name
        return tmp_file


class WorkbookImportForm(ImportForm):
    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.fields["import_file"].label = _("Excel workbook (.xlsx)")
        self.fields["import_file"].help_text = _(
            "The first step only checks the file and shows what would be created and changed; nothing is saved."
        )
        self.fields["import_file"].widget.attrs["accept"] = ".xlsx"
        self.fields["format"].label = _("Format")

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        # The bytes decide (a renamed .doc or text file is refused), the size is capped, zip bombs refused.
        DocumentValidator(("xlsx",), max_size=MAX_UPLOAD_SIZE)(upload)
        upload.seek(0)
        return upload


class WorkbookConfirmForm(ConfirmImportForm):
    def clean_import_file_name(self):
        name = super().clean_import_file_name()
        if not TMP_NAME_RE.match(name):
            raise forms.ValidationError(gettext("The uploaded file has expired; upload it again."))
        return name


class ProductWorkbookAdminMixin(ImportExportMixin):
    """Adds "导入 Excel" (editors who may add and change products) and "导出 Excel" (who may view them)."""

    resource_classes = [ProductWorkbookResource]
    import_form_class = WorkbookImportForm
    confirm_form_class = WorkbookConfirmForm
    tmp_storage_class = WorkbookTempStorage
    import_template_name = "admin/products/product/import.html"
    import_export_change_list_template = "admin/products/product/change_list_workbook.html"

    def get_import_formats(self):
        return [ProductWorkbookFormat]

    def get_export_formats(self):
        return [ProductWorkbookFormat]

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        return self.has_view_permission(request)

    def add_data_read_fail_error_to_form(self, form, e):
        if isinstance(e, WorkbookError):
            form.add_error("import_file", str(e))
        else:
            form.add_error(
                "import_file", gettext("The workbook cannot be read; save it again as .xlsx in Excel or WPS.")
            )

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        if isinstance(response, TemplateResponse):
            response.context_data["title"] = gettext("Import products from Excel")
            result = response.context_data.get("result")
            if result is not None and (result.has_errors() or result.has_validation_errors()):
                self._remove_upload(response.context_data.get("form"))
        return response

    def _remove_upload(self, form):
        """A sheet with errors is never confirmed: don't keep its copy."""
        upload = form.cleaned_data.get("import_file") if form is not None and hasattr(form, "cleaned_data") else None
        name = getattr(upload, "tmp_storage_name", None)
        if name:
            storage = WorkbookTempStorage(name=name)
            try:
                storage.remove()
            except OSError:
                pass

    def get_confirm_form_initial(self, request, import_form):
        initial = super().get_confirm_form_initial(request, import_form)
        if "import_file_name" in initial:  # the page needs the name, not the server's temporary folder
            initial["import_file_name"] = os.path.basename(initial["import_file_name"])
        return initial

    def process_import(self, request, **kwargs):
        if not self.has_import_permission(request):
            raise PermissionDenied
        if request.method == "POST" and not self.create_confirm_form(request).is_valid():
            return self._import_page(request, errors=[gettext("The uploaded file has expired; upload it again.")])
        try:
            return super().process_import(request, **kwargs)
        except (WorkbookError, FileNotFoundError) as error:
            message = str(error) if isinstance(error, WorkbookError) else ""
            return self._import_page(
                request, errors=[message or gettext("The uploaded file has expired; upload it again.")]
            )

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            # The database changed between the dry run and the confirmation: nothing was imported.
            return self._import_page(request, result=result)
        return super().process_result(result, request)

    def _import_page(self, request, **context):
        return TemplateResponse(
            request,
            [self.import_template_name],
            {
                **self.admin_site.each_context(request),
                "title": gettext("Import products from Excel"),
                "opts": self.model._meta,
                "form": self.get_import_form_class(request)(
                    self.get_import_formats(), self.get_import_resource_classes(request)
                ),
                **context,
            },
        )

    def generate_log_entries(self, result, request):
        """One "recent actions" entry per created or changed product, in words (the library's are English)."""
        for action, flag in ((NEW, ADDITION), (UPDATE, CHANGE)):
            products = [row.instance for row in result if row.import_type == action]
            if products:
                LogEntry.objects.log_actions(
                    request.user.pk,
                    products,
                    flag,
                    change_message=gettext("Imported from Excel"),
                    single_object=len(products) == 1,
                )

    def add_success_message(self, result, request):
        plan = result.plan
        self.message_user(
            request,
            gettext("Import finished: %(created)s created, %(updated)s changed, %(unchanged)s unchanged.")
            % {"created": plan.created, "updated": plan.updated, "unchanged": plan.unchanged},
        )

    def export_action(self, request):
        if not self.has_export_permission(request):
            raise PermissionDenied
        # The change list's filters and search apply, as on the list the button was pressed on.
        try:
            chosen = self.get_export_queryset(request).order_by().values("pk")
        except IncorrectLookupParameters:  # a made-up filter: back to the list, as the list itself does
            return HttpResponseRedirect(reverse("admin:products_product_changelist") + "?e=1")
        data = build_workbook(Product.objects.filter(pk__in=chosen))
        response = HttpResponse(data, content_type=CONTENT_TYPE)
        filename = f"products-{timezone.localdate():%Y%m%d}.xlsx"
        response.headers["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
