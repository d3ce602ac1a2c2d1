"""Staff groups (Editors, HR, Service) and their admin permissions, defined once in ``settings.STAFF_GROUPS``.

The table maps a group's name to what its members may do: ``{"news": ("add", "change", "delete",
"view"), "careers.application": ("view",)}`` grants those actions on every model of ``news`` and
on ``careers``' ``Application``. An app that is not installed grants nothing until it is; a
model that its installed app lacks is a configuration error. Anything the table does not name
(users, groups, another group's apps) is never granted.

A data migration of ``core`` creates the groups; :func:`sync_staff_groups` sets their permissions
after every ``migrate`` (and ``flush``), because Django creates permissions only in its own
post-migrate step. A permission taken out of the table is taken from the group at the next sync.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q


def granted_codenames(grants):
    """``{app_label: {codename, …}}`` for a group's entry in the table, installed apps only."""
    codenames = {}
    for target, actions in grants.items():
        app_label, _dot, model_name = target.partition(".")
        try:
            app_config = global_apps.get_app_config(app_label)
        except LookupError:
            continue
        if model_name:
            try:
                models = [app_config.get_model(model_name)]
            except LookupError as exc:
                raise ImproperlyConfigured(f"STAFF_GROUPS names {target}, which {app_label} does not have.") from exc
        else:
            models = app_config.get_models()
        for model in models:
            codenames.setdefault(app_label, set()).update(
                get_permission_codename(action, model._meta) for action in actions
            )
    return codenames


def group_permissions(name, using="default"):
    """The permissions that ``settings.STAFF_GROUPS[name]`` grants, as a queryset (empty when nothing is installed)."""
    from django.contrib.auth.models import Permission

    codenames = granted_codenames(settings.STAFF_GROUPS[name])
    if not codenames:
        return Permission.objects.using(using).none()
    query = Q()
    for app_label, names in codenames.items():
        query |= Q(content_type__app_label=app_label, codename__in=names)
    return Permission.objects.using(using).filter(query)


def sync_staff_groups(sender=None, using="default", **kwargs):
    """Create every group of ``settings.STAFF_GROUPS`` and give it exactly the table's permissions.

    A ``post_migrate`` receiver: it runs once per migrated app whose permissions the table mentions,
    so permissions created for a later app in the same run are granted too.
    """
    if sender is not None and not any(
        target.partition(".")[0] == sender.label for grants in settings.STAFF_GROUPS.values() for target in grants
    ):
        return
    from django.contrib.auth.models import Group

    for name in settings.STAFF_GROUPS:
        group, _created = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(group_permissions(name, using))
