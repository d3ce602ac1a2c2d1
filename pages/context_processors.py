from .models import SiteSettings


def site(request):
    """The site settings row (cached per content version) on every page."""
    return {"site_settings": SiteSettings.load()}
