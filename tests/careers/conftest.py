import pytest
from django.contrib.auth.models import Group
from django.test import Client


@pytest.fixture
def staff_client(django_user_model):
    """``staff_client("HR")``: a logged-in staff member of that group (None: of no group), and the user."""

    def login(group=None, *, username=None, superuser=False):
        username = username or f"staff-{group or 'none'}"
        if superuser:
            user = django_user_model.objects.create_superuser(username, password="pw-staff-123")
        else:
            user = django_user_model.objects.create_user(username, password="pw-staff-123", is_staff=True)
        if group:
            user.groups.add(Group.objects.get(name=group))
        client = Client()
        client.force_login(user)
        return client, user

    return login


@pytest.fixture
def hr(staff_client):
    return staff_client("HR", username="hr-li")
