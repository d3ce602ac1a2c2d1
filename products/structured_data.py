"""schema.org Product for a product page (core.structured_data renders it)."""

from core.structured_data import CONTEXT, image_url, logo_url, organization_ref, text
from core.urls import absolute_url

from .specs import EMPTY


def product(product, category, specs, site_settings):
    """Product: name, brand (the company), model, images, category path, one PropertyValue per spec row
    (the excavator weight — tonnage — is one of them)."""
    images = [url for url in [image_url(product.cover), *(image_url(i.image) for i in product.images.all())] if url]
    data = {
        "@context": CONTEXT,
        "@type": "Product",
        "name": product.name,
        "url": absolute_url(product.get_absolute_url()),
        "brand": {
            "@type": "Brand",
            "name": getattr(site_settings, "short_name", "") or organization_ref(site_settings)["name"],
        },
        "manufacturer": organization_ref(site_settings),
        "category": category.name,
        "image": images or [logo_url(site_settings)],
        "additionalProperty": [
            {
                "@type": "PropertyValue",
                "name": field.name,
                "value": str(value),
                **({"unitText": field.unit} if field.unit else {}),
            }
            for field, value in specs
            if value != EMPTY
        ],
    }
    if product.model_number:
        data["model"] = data["mpn"] = product.model_number
    description = text(product.seo_description or product.summary or product.body, 500)
    if description:
        data["description"] = description
    return data
