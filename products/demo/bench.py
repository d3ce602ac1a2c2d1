"""Bench catalog: the demo's nine product types grown to ``size.categories`` categories and
``size.products`` products, every spec filled, each fitting a few excavator brands (see core.demo.bench).

Runs after the demo seeder, so the product types, their spec fields and the brands exist. Tops up
to the size: a second run finds the catalog full and writes nothing.
"""

import random
from collections import Counter
from decimal import Decimal

from core.demo.bench import bulk_insert

from ..models import Category, ExcavatorBrand, Product, ProductSpec, SpecField
from ..models.catalog import normalize_model_number

SERIES = [
    ("标准型", "standard"),
    ("加强型", "heavy-duty"),
    ("轻型", "light"),
    ("重型", "heavy"),
    ("矿山型", "mining"),
    ("快换型", "quick-fit"),
    ("静音型", "silenced"),
    ("旋转型", "rotating"),
    ("出口型", "export"),
    ("经济型", "economy"),
    ("长寿命型", "long-life"),
    ("高原型", "highland"),
    ("防腐型", "marine"),
    ("隧道型", "tunnel"),
    ("市政型", "municipal"),
    ("林业型", "forestry"),
    ("拆迁型", "demolition"),
    ("水利型", "waterworks"),
    ("港口型", "port"),
    ("钢厂型", "steelworks"),
]
USES = ["土方开挖", "河道清淤", "矿山开采", "建筑拆除", "道路养护", "管廊施工", "废钢处理", "林业作业"]


def _new_categories(size, rng):
    """Subcategories named after series, spread evenly over the product types until the tree has ``size.categories``."""
    missing = size.categories - Category.objects.count()
    roots = list(Category.objects.filter(parent__isnull=True).order_by("tree_id"))
    if missing <= 0 or not roots:
        return []
    rows = []
    for number in range(missing):
        root = roots[number % len(roots)]
        series, series_en = SERIES[(number // len(roots)) % len(SERIES)]
        generation = number // (len(roots) * len(SERIES)) + 1
        rows.append(
            Category(
                parent=root,
                name=f"{root.name}（{series}{'' if generation == 1 else generation}）",
                name_en=f"{root.name_en} — {series_en}",
                slug=f"{root.slug}-{series_en}-{generation}"[:60],
                summary=f"{series}{root.name}，适合{rng.choice(USES)}和{rng.choice(USES)}。",
                description=f"<p>{root.name}{series}系列，按主机吨位分档，整机出厂检验。</p>",
                order=100 + number,
                is_published=True,
                # django-mptt's columns; rebuild() sets them once every row is in.
                tree_id=0,
                lft=0,
                rght=0,
                level=1,
            )
        )
    return rows


def _spec_value(field, low, high, rng):
    if field.unit == "t":
        return f"{low}–{high}"
    if not field.unit:
        return rng.choice(["机械锁紧", "液压锁紧", "双锁止"])
    return str(rng.randint(2, 400) * (10 if field.unit in ("kg", "mm", "kN") else 1))


def seed_bench(size, progress):
    rng = random.Random(11)
    counts = Counter()
    new_categories = _new_categories(size, rng)
    if new_categories:
        with progress("product categories", len(new_categories)) as bar:
            Category.objects.bulk_create(new_categories)
            Category.objects.rebuild()
            bar.advance(len(new_categories))
        counts["categories"] += len(new_categories)

    missing = size.products - Product.objects.count()
    leaves = list(Category.objects.filter(parent__isnull=False).select_related("parent").order_by("tree_id", "lft"))
    if missing <= 0 or not leaves:
        return counts
    fields = {}
    for field in SpecField.objects.order_by("order", "pk"):
        fields.setdefault(field.category_id, []).append(field)
    brands = list(ExcavatorBrand.objects.all())
    start = Product.objects.count() + 1

    products = []
    for number in range(start, start + missing):
        category = leaves[number % len(leaves)]
        low = rng.choice([1, 3, 6, 12, 20, 30, 45, 70])
        high = low + rng.choice([2, 5, 8, 15])
        model = f"KD-{category.parent.slug[:2].upper()}{number:05d}"
        products.append(
            Product(
                name=category.parent.name,
                model_number=model,
                model_key=normalize_model_number(model),  # what save() fills in
                slug=f"bench-{model.lower()}",
                category=category,
                summary=f"{model}{category.name}，适配{low}–{high}吨挖掘机，用于{rng.choice(USES)}。",
                body=f"<p>{model}采用高强度耐磨钢板，关键部件整体热处理。</p><ul><li>适配{low}–{high}吨主机</li></ul>",
                carrier_min_t=Decimal(low),
                carrier_max_t=Decimal(high),
                order=number,
                is_published=True,
            )
        )
    with progress("products", len(products)) as bar:
        bulk_insert(Product, products, bar)  # sets each product's pk (SQLite ≥ 3.35, PostgreSQL)
    counts["products"] += len(products)

    specs = []
    fits = []
    Fit = Product.brands.through
    for product in products:
        root_id = product.category.parent_id
        low, high = int(product.carrier_min_t), int(product.carrier_max_t)
        for field in fields.get(root_id, ()):
            specs.append(ProductSpec(product=product, field=field, value=_spec_value(field, low, high, rng)))
        for brand in rng.sample(brands, k=min(3, len(brands))):
            fits.append(Fit(product_id=product.pk, excavatorbrand_id=brand.pk))
    with progress("spec values", len(specs)) as bar:
        bulk_insert(ProductSpec, specs, bar)
    with progress("brand fitments", len(fits)) as bar:
        bulk_insert(Fit, fits, bar)
    counts["spec values"] += len(specs)
    counts["brand fitments"] += len(fits)
    return counts
