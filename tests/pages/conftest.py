import pytest

from pages.factories import PageFactory, SiteSettingsFactory


@pytest.fixture
def about_section(db):
    """The site settings and the 关于科德 section with its 科德文化 sub-page."""
    SiteSettingsFactory()
    about = PageFactory(title="集团介绍", nav_title="关于科德", slug="about", menu_includes_self=True)
    culture = PageFactory(title="科德文化", slug="culture", parent=about)
    return {"about": about, "culture": culture}
