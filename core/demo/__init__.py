"""Demo content: how ``seed_demo`` finds each installed app's seeder, and the pieces they share.

An app takes part by having a ``demo`` module (or package) with:

- ``seed()``: create or update the app's demo content by natural key and return a
  ``collections.Counter`` of what it did (see :mod:`core.demo.seeding`). Running it again
  must change nothing.
- ``SEED_AFTER`` (optional): the labels of the apps whose demo content it uses, e.g.
  ``["products"]`` for news articles that link to products. Labels of apps that are not
  installed, or have no seeder, are ignored.

``seed_demo`` runs the seeders in one transaction, each after the apps it names and otherwise in
``INSTALLED_APPS`` order. Shared helpers: :mod:`core.demo.seeding` (rows and files),
:mod:`core.demo.images` (colours, font, encoders), :mod:`core.demo.documents` (PDF, Office files).
"""

from importlib import import_module

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import module_has_submodule


def seeders():
    """``(app label, demo module)`` of every installed app that has a seeder, in the order they must run."""
    found = {}
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "demo"):
            module = import_module(f"{config.name}.demo")
            if callable(getattr(module, "seed", None)):
                found[config.label] = module
    after = {label: getattr(module, "SEED_AFTER", ()) for label, module in found.items()}
    for label, names in after.items():
        if isinstance(names, str):
            raise ImproperlyConfigured(f"{found[label].__name__}.SEED_AFTER must be a list of app labels.")
    order = in_dependency_order(after)
    return [(label, found[label]) for label in order]


def in_dependency_order(after):
    """The labels of ``after`` (label → labels it must follow), each after those it names, else in the given order.

    Names that are not keys of ``after`` are ignored; a cycle is a configuration error.
    """
    pending = {label: set(names) for label, names in after.items()}
    ordered = []
    while pending:
        ready = next((label for label, names in pending.items() if not names & pending.keys()), None)
        if ready is None:
            raise ImproperlyConfigured(f"The demo seeders' SEED_AFTER lists form a cycle among: {', '.join(pending)}")
        ordered.append(ready)
        del pending[ready]
    return ordered
