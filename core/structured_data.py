"""schema.org data (JSON-LD) the apps build for their pages; base.html renders a view's ``structured_data``
with core.templatetags.seo.json_ld. Absolute addresses from core.urls, plain text from the rich text."""

from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext

from .templatetags.seo import meta_text
from .urls import absolute_url

CONTEXT = "https://schema.org"


def text(value, length=5000):
    """Plain text of rich text (tags and entities out, whitespace collapsed), for schema.org properties."""
    return meta_text(value or "", length)


def image_url(field):
    """The absolute address of an image field's file, or None when it is empty."""
    return absolute_url(field.url) if field else None


def logo_url(site_settings):
    return image_url(getattr(site_settings, "logo", None)) or absolute_url(static("img/og-default.png"))


def organization_name(site_settings):
    return getattr(site_settings, "company_name", "") or gettext("Kede Group")


def organization_ref(site_settings):
    """The company as a nested Organization (publisher, hiringOrganization, brand owner)."""
    return {
        "@type": "Organization",
        "name": organization_name(site_settings),
        "url": absolute_url("/"),
        "logo": logo_url(site_settings),
    }


def postal_address(street, locality="", region="", postcode=""):
    address = {"@type": "PostalAddress", "streetAddress": street, "addressCountry": "CN"}
    optional = {"addressLocality": locality, "addressRegion": region, "postalCode": postcode}
    address.update({key: value for key, value in optional.items() if value})
    return address


def organization(site_settings):
    """Organization for the home page: name, address, logo and the contact points of the site settings."""
    data = {"@context": CONTEXT, **organization_ref(site_settings)}
    if getattr(site_settings, "short_name", ""):
        data["alternateName"] = site_settings.short_name
    points = []
    if getattr(site_settings, "hotline", ""):
        points.append({"@type": "ContactPoint", "telephone": site_settings.hotline, "contactType": "customer service"})
    if getattr(site_settings, "phone", ""):
        point = {"@type": "ContactPoint", "telephone": site_settings.phone, "contactType": "sales"}
        if site_settings.email:
            point["email"] = site_settings.email
        points.append(point)
    if points:
        data["contactPoint"] = points
    if getattr(site_settings, "email", ""):
        data["email"] = site_settings.email
    if getattr(site_settings, "address", ""):
        data["address"] = postal_address(site_settings.address, postcode=site_settings.postcode)
    if getattr(site_settings, "weibo_url", ""):
        data["sameAs"] = [site_settings.weibo_url]
    return data


def iso_date(value):
    """A date or an aware datetime in the site's time zone, ISO 8601."""
    if hasattr(value, "tzinfo"):
        value = timezone.localtime(value)
    return value.isoformat()
