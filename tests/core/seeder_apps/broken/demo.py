from tests.core.seeder_apps import RUNS

SEED_AFTER = ["beta"]


def seed():
    RUNS.append("broken")
    raise RuntimeError("the broken demo seeder fails")
