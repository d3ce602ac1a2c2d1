import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _isolated_files_and_cache(settings, tmp_path):
    """Every test writes media and private media under its own tmp_path and starts with an empty cache."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    cache.clear()
    yield
    cache.clear()
