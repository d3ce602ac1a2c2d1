from collections import Counter

from tests.core.seeder_apps import RUNS

SEED_AFTER = ["beta", "not_installed"]  # installed before beta by the tests, yet it must run after it


def seed():
    RUNS.append("alpha")
    return Counter({"greetings": 2})
