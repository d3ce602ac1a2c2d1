from collections import Counter

from django.contrib.auth.models import Group

from core.demo.seeding import upsert
from tests.core.seeder_apps import RUNS


def seed():
    RUNS.append("beta")
    counts = Counter()
    upsert(counts, Group, name="Demo beta", defaults={})
    counts["groups"] += 1
    return counts
