"""Error reports that carry no visitor's data.

Django's error report (the e-mail to ``ADMINS`` with debug off, the debug page in development) lists
the request's POST and GET values, its files, its address with the query string, the referer and each
frame's local variables. A failed form post would thus mail a visitor's name, phone number or résumé
name to the admins. Here all of those are replaced by stars or left out: the traceback, the path and
the headers Django already cleanses are what a developer needs.
"""

from django.core.exceptions import DisallowedHost
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        return []

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        for name in ("QUERY_STRING", "RAW_URI", "REQUEST_URI", "HTTP_REFERER"):  # addresses with query strings
            if name in meta:
                meta[name] = self.cleansed_substitute
        return meta


class PrivateExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.request is not None:
            hidden = self.filter.cleansed_substitute
            data["request_GET_items"] = [(name, hidden) for name in self.request.GET]
            data["request_FILES_items"] = [(name, hidden) for name in self.request.FILES]
            # The address without its query string (a status lookup's carries a phone number). A request with a
            # forged Host has no absolute address (building one raises DisallowedHost again, inside the report
            # of that very error): its path alone.
            try:
                data["request_insecure_uri"] = self.request.build_absolute_uri(self.request.path)
            except DisallowedHost:
                data["request_insecure_uri"] = self.request.path
        return data
