"""Query budget: ≤ 10 per page, the same with 10 and with 500 products."""

import pytest

from pages.factories import PageFactory, PartnerBrandFactory
from products.factories import CaseFactory
from products.models import Product, ProductSpec
from tests.queries import count_queries

pytestmark = pytest.mark.django_db
BUDGET = 10


def grow(catalog, total):
    """Bulk-create products (with full spec rows) until the catalog has ``total``."""
    fields = catalog["fields"]
    existing = Product.objects.count()
    new = [
        Product(
            name=f"批量破碎锤{n}", model_number=f"KB-{n}", model_key=f"kb{n}", slug=f"bulk-{n}",
            category=catalog["side"] if n % 2 else catalog["top"], carrier_min_t=10, carrier_max_t=30,
        )
        for n in range(existing, total)
    ]  # fmt: skip
    Product.objects.bulk_create(new)
    added = Product.objects.filter(slug__in=[p.slug for p in new])
    ProductSpec.objects.bulk_create([ProductSpec(product=p, field=f, value="1") for p in added for f in fields])


def urls(catalog):
    return {
        "category": "/products/breakers/",
        "subcategory": "/products/breakers-side/",
        "product": catalog["kd68"].get_absolute_url(),
        "finder": "/products/search/?type=breakers&sub=breakers-side&q=破碎锤&brand=volvo&tonnes=20",
        "finder-empty": "/products/search/?q=zzzz",
        "compare": f"/products/compare/?ids={catalog['kd68'].pk},{catalog['kd45'].pk},{catalog['kd140'].pk}",
        "index": "/products/",
        "cases": "/applications/cases/",
        "videos": "/applications/videos/",
    }


@pytest.fixture
def dressed(catalog):
    PageFactory(title="集团介绍", slug="about")
    PageFactory(title="产品中心", slug="products")
    PartnerBrandFactory()
    case = CaseFactory()
    case.products.add(catalog["kd68"])
    return catalog


@pytest.mark.parametrize("page", ["category", "subcategory", "product", "finder", "finder-empty", "compare", "index",
                                  "cases", "videos"])  # fmt: skip
def test_catalog_page_query_count_is_within_budget_and_independent_of_size(client, dressed, page):
    url = urls(dressed)[page]
    grow(dressed, 10)
    small = count_queries(client, url)
    grow(dressed, 500)
    assert Product.objects.count() == 500
    large = count_queries(client, url)
    assert small == large <= BUDGET, (small, large)
