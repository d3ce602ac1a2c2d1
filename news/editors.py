"""The ``Editors`` group: marketing staff who manage the site's content and nothing else.

Members may add, change, delete and view every model of the content apps below that
is installed. Nothing of auth (users, groups), careers (résumés) or service (messages)
is granted. The group itself is created by a data migration of this app; its
permissions are set here after every ``migrate`` (and ``flush``), because Django
creates permissions only in its own post-migrate step.
"""

from django.apps import apps as global_apps

EDITORS_GROUP = "Editors"
CONTENT_APPS = ("pages", "news", "products")
ACTIONS = ("add", "change", "delete", "view")


def editor_permissions(using="default"):
    from django.contrib.auth.models import Permission

    labels = [label for label in CONTENT_APPS if _is_installed(label)]
    return Permission.objects.using(using).filter(
        content_type__app_label__in=labels, codename__regex=rf"^({'|'.join(ACTIONS)})_"
    )


def _is_installed(label):
    try:
        global_apps.get_app_config(label)
    except LookupError:
        return False
    return True


def sync_editors_group(sender=None, using="default", **kwargs):
    """Give the Editors group exactly the content apps' permissions (a post_migrate receiver)."""
    if sender is not None and sender.label not in CONTENT_APPS:
        return
    from django.contrib.auth.models import Group

    group, _created = Group.objects.using(using).get_or_create(name=EDITORS_GROUP)
    group.permissions.set(editor_permissions(using))
