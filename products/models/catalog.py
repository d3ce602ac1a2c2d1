"""The catalog: the category tree, spec fields per product type, products and fitment."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, ResizeToFit, Transpose
from mptt.managers import TreeManager
from mptt.models import MPTTModel, TreeForeignKey

from core.fields import DocumentField, RichTextField, UprightImageField
from core.images import alt_text_field, fitted_size, require_alt_text
from core.models import (
    OrderedModel,
    PublicContentModel,
    PublishableModel,
    SeoModel,
    TimeStampedModel,
    draft_by_default,
)
from core.search import normalize_model_number
from core.slugs import SLUG_HELP, AutoSlugModel

from ..querysets import CategoryQuerySet, ProductQuerySet
from ..validators import validate_pdf_file

# Paths under /products/ that the app itself uses; no category may take them.
RESERVED_SLUGS = {"search", "compare"}


class Category(AutoSlugModel, MPTTModel, TimeStampedModel, SeoModel, PublicContentModel):
    parent = TreeForeignKey(
        "self",
        verbose_name=_("parent category"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    # 80: the English name (name_en, products/translation.py) was its own field of 80 characters before.
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        blank=True,
        help_text=_("English or pinyin, filled in from the name when left empty; the address is /products/<slug>/."),
    )
    summary = models.CharField(_("summary"), max_length=200, blank=True)
    description = RichTextField(_("description"), blank=True)
    image = UprightImageField(
        _("image"),
        upload_to="categories/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(editable=False, null=True)
    image_height = models.PositiveIntegerField(editable=False, null=True)
    tile = ImageSpecField(
        source="image", processors=[Transpose(), ResizeToFill(480, 360)], format="WEBP", options={"quality": 78}
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    is_published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("An unpublished category hides its subcategories and all their products from visitors."),
    )
    tonnage_is_key = models.BooleanField(
        _("excavator class on product cards"),
        default=True,
        help_text=_(
            "Product types only: cards of its products show the excavator weight they fit (from each product's "
            "fitment) as their first key spec."
        ),
    )

    objects = TreeManager.from_queryset(CategoryQuerySet)()

    slug_source = "name"
    slug_reserved = RESERVED_SLUGS

    class MPTTMeta:
        order_insertion_by = ["order"]

    class Meta:
        verbose_name = _("product category")
        verbose_name_plural = _("product categories")
        ordering = ["tree_id", "lft"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This slug is reserved for the product finder or comparison.")})
        if self.pk is not None:
            problem = self.move_problem(self.parent)
            if problem:
                raise ValidationError({"parent": problem})

    def move_problem(self, new_parent):
        """Why this category may not move under ``new_parent`` (None: become a product type), or "".

        A product's spec values belong to its type (the root category). Moving a subcategory to another
        type would leave its products' values behind, unseen on every page; moving a type that has spec
        fields under another would leave the fields without a type. Both are refused, with what to do.
        """
        stored = type(self).objects.filter(pk=self.pk).values("parent_id", "tree_id", "lft", "rght").first()
        if stored is None or (new_parent.pk if new_parent else None) == stored["parent_id"]:
            return ""
        if new_parent is not None and stored["parent_id"] is None and self.spec_fields.exists():
            return gettext(
                "「%(name)s」 is a product type with its own spec fields; it cannot become a subcategory. "
                "Move its subcategories instead."
            ) % {"name": self.name}
        new_root = new_parent.get_root() if new_parent is not None else self
        values = ProductSpec.objects.filter(
            product__category__tree_id=stored["tree_id"],
            product__category__lft__gte=stored["lft"],
            product__category__rght__lte=stored["rght"],
        ).exclude(field__category_id=new_root.pk)
        count = values.count()
        if not count:
            return ""
        return ngettext(
            "%(count)d spec value of the products in 「%(name)s」 belongs to their current product type and "
            "would be lost under 「%(type)s」. Move the products one by one (their form asks before deleting "
            "spec values) or empty those values first.",
            "%(count)d spec values of the products in 「%(name)s」 belong to their current product type and "
            "would be lost under 「%(type)s」. Move the products one by one (their form asks before deleting "
            "spec values) or empty those values first.",
            count,
        ) % {"count": count, "name": self.name, "type": new_root.name}

    def get_absolute_url(self):
        return reverse("products:category", kwargs={"slug": self.slug})

    # Menus treat categories like pages.
    label = property(lambda self: self.name)

    def get_link(self):
        return self.get_absolute_url()


class SpecField(OrderedModel, PublicContentModel):
    """A row of the spec table shared by every product of one product type (a root category)."""

    category = models.ForeignKey(
        Category,
        verbose_name=_("product type"),
        on_delete=models.CASCADE,
        related_name="spec_fields",
        limit_choices_to={"parent__isnull": True},
    )
    name = models.CharField(_("name"), max_length=50)
    unit = models.CharField(_("unit"), max_length=20, blank=True)
    is_key = models.BooleanField(
        _("key spec"), default=False, help_text=_("Shown on product cards in lists (at most three).")
    )

    class Meta(OrderedModel.Meta):
        verbose_name = _("spec field")
        verbose_name_plural = _("spec fields")
        constraints = [models.UniqueConstraint(fields=["category", "name"], name="specfield_unique_name_per_type")]

    def __str__(self):
        return f"{self.name} ({self.unit})" if self.unit else self.name

    def clean(self):
        super().clean()
        if self.category_id and self.category.parent_id is not None:
            raise ValidationError({"category": _("Spec fields belong to a product type (a top-level category).")})
        if duplicates_fitment(self.name):
            raise ValidationError(
                {
                    "name": _(
                        "The excavator weight a product fits is entered once, in the product's Fitment section "
                        "(carrier weight from / to), and shown in the spec table from there; it needs no spec field."
                    )
                }
            )


# Spec names that would repeat the fitment range, the one place a product's excavator class is entered.
TONNAGE_SPEC_NAMES = frozenset(
    {
        "适用挖掘机",
        "适配挖掘机",
        "配套挖掘机",
        "适用挖机",
        "挖掘机吨位",
        "挖机吨位",
        "主机吨位",
        "适用吨位",
        "适用机型吨位",
        "适用挖掘机吨位",
        "适用挖掘机重量",
        "适用主机",
        "carrierweight",
        "excavatorclass",
    }
)


def duplicates_fitment(name):
    """Whether a spec named ``name`` ("适用挖掘机 (t)", "挖掘机吨位"…) would repeat the fitment range."""
    key = re.sub(r"[（(].*?[）)]|[\s:：]", "", name or "").lower()
    return key in TONNAGE_SPEC_NAMES


def spec_type_mismatch(field, product_type):
    """The message refusing the spec ``field`` for a product of ``product_type`` (a root category)."""
    return gettext("“%(field)s” belongs to “%(field_type)s” and cannot be used for a product of type “%(type)s”.") % {
        "field": field.name,
        "field_type": field.category.name,
        "type": product_type.name,
    }


class ExcavatorBrand(AutoSlugModel, OrderedModel, TimeStampedModel, PublicContentModel):
    name = models.CharField(_("name"), max_length=50, unique=True)
    name_en = models.CharField(_("English name"), max_length=50, blank=True)
    slug = models.SlugField(_("slug"), max_length=50, unique=True, blank=True, help_text=SLUG_HELP)

    slug_source = "name"

    class Meta(OrderedModel.Meta):
        verbose_name = _("excavator brand")
        verbose_name_plural = _("excavator brands")

    def __str__(self):
        return f"{self.name} {self.name_en}".strip()


def tonnes_field(verbose_name):
    """An optional excavator weight in tonnes, 0 to 999 with one decimal."""
    return models.DecimalField(
        verbose_name,
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(999)],
    )


def upload_to_dir(instance, filename):
    """Files go to the model's ``upload_dir`` (their names are random, see ``UprightImageField``)."""
    return f"{instance.upload_dir}/{filename}"


class CoverModel(models.Model):
    """A cover image, stored under the model's ``upload_dir``, and the 400 × 300 card of lists."""

    upload_dir = "covers"

    cover = UprightImageField(
        _("cover image"), upload_to=upload_to_dir, blank=True, width_field="cover_width", height_field="cover_height"
    )
    cover_width = models.PositiveIntegerField(editable=False, null=True)
    cover_height = models.PositiveIntegerField(editable=False, null=True)
    card = ImageSpecField(
        source="cover", processors=[Transpose(), ResizeToFill(400, 300)], format="WEBP", options={"quality": 78}
    )

    class Meta:
        abstract = True


class Product(AutoSlugModel, PublishableModel, SeoModel, OrderedModel, CoverModel):
    upload_dir = "products"

    name = models.CharField(_("name"), max_length=100)
    model_number = models.CharField(_("model number"), max_length=50, blank=True)
    model_key = models.CharField(max_length=50, editable=False, db_index=True, default="")
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True, help_text=SLUG_HELP)
    category = TreeForeignKey(Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="products")
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = RichTextField(_("description"), blank=True)
    card_2x = ImageSpecField(
        source="cover", processors=[Transpose(), ResizeToFill(800, 600)], format="WEBP", options={"quality": 72}
    )
    large = ImageSpecField(
        source="cover", processors=[Transpose(), ResizeToFit(1200, 900, upscale=False)], format="WEBP",
        options={"quality": 82},
    )  # fmt: skip
    brochure = DocumentField(_("brochure (PDF)"), upload_to="brochures/", blank=True, validators=[validate_pdf_file])
    video = models.ForeignKey(
        "products.Video",
        verbose_name=_("video"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="featured_products",
    )
    carrier_min_t = tonnes_field(_("carrier weight from (t)"))
    carrier_max_t = tonnes_field(_("carrier weight to (t)"))
    brands = models.ManyToManyField(ExcavatorBrand, verbose_name=_("fits excavator brands"), blank=True)
    is_featured = models.BooleanField(_("featured on the home page"), default=False)
    is_published = draft_by_default()

    objects = ProductQuerySet.as_manager()

    slug_source = "name"

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")
        ordering = ["order", "-pk"]
        indexes = [
            # The home page's featured products, in list order, without reading every product (a partial index:
            # a handful of rows however large the catalog).
            models.Index(fields=["order", "-id"], condition=models.Q(is_featured=True), name="product_featured_order"),
        ]

    def __str__(self):
        return f"{self.name} {self.model_number}".strip()

    def save(self, *args, **kwargs):
        self.model_key = normalize_model_number(self.model_number)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "model_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("products:detail", kwargs={"category": self.category.slug, "slug": self.slug})

    def clean(self):
        super().clean()
        if self.carrier_min_t is not None and self.carrier_max_t is not None:
            if self.carrier_min_t > self.carrier_max_t:
                raise ValidationError({"carrier_max_t": _("The upper weight must not be below the lower one.")})

    def publishing_gaps(self):
        """What a visitor would miss on this product's page: empty key specs and no image, in words."""
        product = type(self).objects.with_publishing_gaps().get(pk=self.pk)
        gaps = []
        if product.missing_key_specs:
            gaps.append(
                ngettext(
                    "%(count)d key spec of its type is empty",
                    "%(count)d key specs of its type are empty",
                    product.missing_key_specs,
                )
                % {"count": product.missing_key_specs}
            )
        if not product.has_image:
            gaps.append(gettext("it has no image"))
        return gaps

    @property
    def large_size(self):
        return fitted_size(self.cover_width, self.cover_height, 1200, 900)

    @property
    def tonnage_range(self):
        low, high = self.carrier_min_t, self.carrier_max_t
        if low is None and high is None:
            return ""
        if low is None or high is None or low == high:
            return f"{(low if low is not None else high).normalize():f}"
        return f"{low.normalize():f}–{high.normalize():f}"


class GalleryImage(OrderedModel, PublicContentModel):
    """An image of an ordered gallery (a product's or a case's), with an upright WebP rendition."""

    upload_dir = "gallery"

    image = UprightImageField(
        _("image"),
        upload_to=upload_to_dir,
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(editable=False, null=True)
    image_height = models.PositiveIntegerField(editable=False, null=True)
    alt = alt_text_field(max_length=120)
    large = ImageSpecField(
        source="image", processors=[Transpose(), ResizeToFit(1200, 900, upscale=False)], format="WEBP",
        options={"quality": 82},
    )  # fmt: skip

    class Meta(OrderedModel.Meta):
        abstract = True

    def __str__(self):
        return self.alt or self.image.name

    def clean(self):
        super().clean()
        require_alt_text(self)

    @property
    def large_size(self):
        return fitted_size(self.image_width, self.image_height, 1200, 900)


class ProductImage(GalleryImage):
    upload_dir = "products/gallery"

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="images")
    thumb = ImageSpecField(
        source="image", processors=[Transpose(), ResizeToFill(160, 120)], format="WEBP", options={"quality": 75}
    )

    class Meta(GalleryImage.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class ProductSpec(PublicContentModel):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="specs")
    field = models.ForeignKey(SpecField, verbose_name=_("spec"), on_delete=models.CASCADE, related_name="values")
    value = models.CharField(_("value"), max_length=100)

    class Meta:
        verbose_name = _("spec value")
        verbose_name_plural = _("spec values")
        ordering = ["field__order", "field__pk"]
        constraints = [models.UniqueConstraint(fields=["product", "field"], name="productspec_unique_field")]

    def __str__(self):
        return f"{self.field.name}: {self.value}"

    def clean(self):
        super().clean()
        if self.product_id and self.field_id:
            from ..catalog import catalog_tree

            tree = catalog_tree()
            product_type = tree.root_of(tree.by_id[self.product.category_id])
            if self.field.category_id != product_type.pk:
                raise ValidationError({"field": spec_type_mismatch(self.field, product_type)})
