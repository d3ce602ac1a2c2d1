"""Only HR (and superusers) see applications: not in the list, not by a guessed URL, not through
the admin's history, autocomplete, recent actions or the résumé URL. Nor are résumés under /media/
or /static/."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import reverse

from careers.factories import ApplicationFactory
from careers.models import Application, ResumeDownload
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

SECRET_NAME = "欧阳秘密"


@pytest.fixture
def application():
    return ApplicationFactory(name=SECRET_NAME, phone="+8613811112222", email="secret@example.com")


def urls(application):
    pk = application.pk
    return {
        "list": reverse("admin:careers_application_changelist"),
        "list-search": reverse("admin:careers_application_changelist") + "?q=%E6%AC%A7%E9%98%B3",
        "change": reverse("admin:careers_application_change", args=[pk]),
        "history": reverse("admin:careers_application_history", args=[pk]),
        "delete": reverse("admin:careers_application_delete", args=[pk]),
        "resume": reverse("admin:careers_application_resume", args=[pk]),
        "resume-of-none": reverse("admin:careers_application_resume", args=[pk + 1000]),
        "app-index": reverse("admin:app_list", args=["careers"]),
        "autocomplete": reverse("admin:autocomplete")
        + "?term=%E6%AC%A7&app_label=careers&model_name=applicationevent&field_name=application",
        "autocomplete-downloads": reverse("admin:autocomplete")
        + "?term=%E6%AC%A7&app_label=careers&model_name=resumedownload&field_name=application",
    }


@pytest.mark.parametrize("group", ["Editors", "Service", None], ids=["editor", "service", "staff-of-no-group"])
def test_other_staff_get_403_or_404_everywhere_and_see_no_applicant(staff_client, application, group):
    client, _user = staff_client(group)
    for name, url in urls(application).items():
        response = client.get(url)
        assert response.status_code in (403, 404), (name, response.status_code)
        assert SECRET_NAME not in response.content.decode(), name
    # Posting an action or a change does nothing either.
    list_url = urls(application)["list"]
    response = client.post(list_url, {"action": "export_selected", "_selected_action": [application.pk]})
    assert response.status_code == 403
    response = client.post(urls(application)["change"], {"status": "rejected", "hr_notes": "x"})
    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == Application.Status.NEW and application.hr_notes == ""
    assert not ResumeDownload.objects.exists()


@pytest.mark.parametrize("group", ["Editors", "Service", None], ids=["editor", "service", "staff-of-no-group"])
def test_other_staffs_admin_index_lists_no_careers_and_no_recent_action_of_hr(staff_client, application, group):
    hr_client, hr_user = staff_client("HR", username="hr-wang")
    url = urls(application)["change"]
    assert hr_client.post(url, change_form_data(hr_client, url, hr_notes="待面试")).status_code == 302
    assert LogEntry.objects.filter(user=hr_user, object_repr__contains=SECRET_NAME).exists()
    client, _user = staff_client(group)
    response = client.get(reverse("admin:index"))
    html = response.content.decode()
    assert SECRET_NAME not in html and "careers" not in [app["app_label"] for app in response.context["app_list"]]


def test_hr_sees_its_own_recent_actions_on_the_index(hr, application):
    client, user = hr
    LogEntry.objects.log_actions(user.pk, [application], CHANGE, change_message="[]")
    assert SECRET_NAME in client.get(reverse("admin:index")).content.decode()


@pytest.mark.parametrize("name", ["list", "change", "history", "resume", "app-index"])
def test_anonymous_visitors_are_sent_to_the_login(client, application, name):
    url = urls(application)[name]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_logged_in_non_staff_user_is_sent_to_the_login_too(django_user_model, application):
    user = django_user_model.objects.create_user("visitor", password="pw-visitor-123")
    client = Client()
    client.force_login(user)
    for name in ("list", "change", "resume"):
        response = client.get(urls(application)[name])
        assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login")), name


@pytest.mark.parametrize("superuser", [False, True], ids=["hr", "superuser"])
def test_hr_and_superusers_reach_every_page_and_download(staff_client, application, superuser):
    client, _user = staff_client(None if superuser else "HR", superuser=superuser)
    for name in ("list", "list-search", "change", "history", "resume", "app-index"):
        assert client.get(urls(application)[name]).status_code == 200, name
    assert SECRET_NAME in client.get(urls(application)["list-search"]).content.decode()
    assert ResumeDownload.objects.count() == 1


def test_a_staff_member_with_only_a_content_permission_still_cannot_download(staff_client, application):
    client, user = staff_client(None)
    user.user_permissions.add(Permission.objects.get(codename="view_job"))
    assert client.get(urls(application)["resume"]).status_code == 403
    assert client.get(urls(application)["list"]).status_code == 403


def test_no_resume_is_reachable_under_media_or_static(client, settings, application):
    stored = application.resume.name  # resumes/<year>/<month>/<random>.pdf, relative to the private root
    assert (settings.PRIVATE_MEDIA_ROOT / stored).is_file()
    private_from_media = "../" + settings.PRIVATE_MEDIA_ROOT.name + "/" + stored
    for url in (
        f"/media/{stored}",
        f"/static/{stored}",
        f"/media/{private_from_media}",
        f"/media/%2E%2E/{settings.PRIVATE_MEDIA_ROOT.name}/{stored}",
        f"/static/../{settings.PRIVATE_MEDIA_ROOT.name}/{stored}",
    ):
        response = client.get(url)
        assert response.status_code in (400, 404), url  # 400: a path that climbs out of the folder
        assert b"%PDF" not in response.content, url
    # The private root lies apart from what the web server and WhiteNoise serve.
    private = settings.PRIVATE_MEDIA_ROOT.resolve()
    for served in (settings.MEDIA_ROOT, settings.STATIC_ROOT):
        served = type(private)(served).resolve()
        assert served not in private.parents and private not in served.parents and private != served


def test_an_applications_content_type_is_unknown_to_the_public_admin_shortcut(client, application):
    """/admin/r/<ct>/<pk>/ ("view on site") answers nothing for applications: they have no public page."""
    content_type = ContentType.objects.get_for_model(Application)
    response = client.get(reverse("admin:view_on_site", args=[content_type.pk, application.pk]))
    assert response.status_code in (302, 404)
    assert SECRET_NAME not in response.content.decode()
