from core.cache import content_version

from .models import SiteSettings


def site(request):
    """The site settings row and the content version (for cached fragments) on every page."""
    return {"site_settings": SiteSettings.load(), "content_version": content_version()}
