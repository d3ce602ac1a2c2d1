from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFit
from mptt.managers import TreeManager
from mptt.models import MPTTModel, TreeForeignKey

from core.cache import cached_by_version
from core.fields import RichTextField, UprightImageField
from core.images import alt_text_field, fitted_size, require_alt_text
from core.models import OrderedModel, PublicContentModel, PublishableModel, SearchTextModel, SeoModel, TimeStampedModel
from core.search import plain_text
from core.slugs import AutoSlugModel

from .querysets import PageQuerySet

validate_internal_or_http_url = RegexValidator(
    r"^(/(?!/)[^\s]*|https?://[^\s]+)$",
    _("Enter a path on this site starting with / or a full http(s) address."),
)


class SiteSettings(TimeStampedModel, PublicContentModel):
    """The one row of company details the header, footer and contact pages show."""

    CACHE_KEY = "kede:site-settings"

    company_name = models.CharField(_("company full name"), max_length=100)
    short_name = models.CharField(_("short name"), max_length=50)
    logo = UprightImageField(_("logo"), upload_to="site/", blank=True)
    hotline = models.CharField(_("service hotline"), max_length=30, blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    fax = models.CharField(_("fax"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    hr_email = models.EmailField(
        _("HR e-mail"),
        blank=True,
        help_text=_(
            "New job applications are announced to this address. The message names only the opening and "
            "the reference; the application itself opens in the admin, for HR only."
        ),
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    icp_number = models.CharField(_("ICP record number"), max_length=50, blank=True)
    icp_url = models.URLField(_("ICP registry address"), default="https://beian.miit.gov.cn/")
    police_record_number = models.CharField(
        _("public-security record number"), max_length=50, blank=True, help_text=_("Optional.")
    )
    wechat_qr = UprightImageField(_("WeChat QR code"), upload_to="site/", blank=True)
    weibo_qr = UprightImageField(_("Weibo QR code"), upload_to="site/", blank=True)
    weibo_url = models.URLField(_("Weibo address"), blank=True)
    # /contact/ shows a picture of the location instead of an external map script (no third-party code,
    # no map of China drawn from an unofficial outline); /contact/network/ may show an approved standard map.
    location_image = UprightImageField(
        _("location image"),
        upload_to="site/",
        blank=True,
        help_text=_("A picture of how to find us, shown on the contact page (no external map script)."),
    )
    network_map_image = UprightImageField(
        _("sales network map"),
        upload_to="site/",
        blank=True,
        help_text=_("Optional; only an approved standard map of China (with its review number) may be published."),
    )
    copyright_line = models.CharField(_("copyright line"), max_length=200, blank=True)
    meta_description = models.CharField(
        _("default meta description"),
        max_length=300,
        blank=True,
        help_text=_("Used by pages that have no description of their own."),
    )
    profile_summary = models.TextField(_("short company profile"), blank=True, help_text=_("Shown on the home page."))
    unconverted_terms = models.TextField(
        _("terms kept in Simplified characters"),
        blank=True,
        help_text=_(
            "One per line: brand and model names the Traditional Chinese pages must show exactly as written. "
            "The company's full name is always kept."
        ),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(self.short_name or self.company_name)

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError(_("The site settings cannot be deleted."))

    def protected_terms(self):
        """What the Traditional Chinese pages keep as written: the list above and the company's registered name."""
        terms = [line.strip() for line in self.unconverted_terms.splitlines()]
        return tuple(term for term in [*terms, self.company_name.strip()] if term)

    @classmethod
    def load(cls):
        """The settings row, from the cache when possible; an unsaved blank one if none exists."""
        return cached_by_version(cls.CACHE_KEY, lambda: cls.objects.filter(pk=1).first() or cls(pk=1))


class Page(AutoSlugModel, SearchTextModel, MPTTModel, PublishableModel, SeoModel):
    """A page of the editable tree; its URL is the chain of slugs from the root."""

    class Layout(models.TextChoices):
        STANDARD = "standard", _("Standard page")
        HONORS = "honors", _("Honors gallery")
        CONTACT = "contact", _("Contact details")

    parent = TreeForeignKey(
        "self", verbose_name=_("parent page"), on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    title = models.CharField(_("title"), max_length=100)
    nav_title = models.CharField(
        _("navigation label"),
        max_length=30,
        blank=True,
        help_text=_("Shorter label for menus and breadcrumbs; the title is used when empty."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        blank=True,
        help_text=_(
            "Lower-case letters, digits and hyphens (English or pinyin), filled in from the title when left empty;"
            " part of the address."
        ),
    )
    path = models.CharField(_("address"), max_length=255, unique=True, editable=False)
    layout = models.CharField(_("layout"), max_length=20, choices=Layout.choices, default=Layout.STANDARD)
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True)
    show_in_nav = models.BooleanField(_("show in navigation"), default=True)
    menu_includes_self = models.BooleanField(
        _("list this page in its own sub-menu"),
        default=False,
        help_text=_("For a section page that is also its first sub-page, such as the group profile."),
    )
    link_url = models.CharField(
        _("link elsewhere"),
        max_length=200,
        blank=True,
        validators=[validate_internal_or_http_url],
        help_text=_("If set, menus link here and visiting this page redirects here."),
    )

    objects = TreeManager.from_queryset(PageQuerySet)()

    slug_scope = ("parent",)

    class MPTTMeta:
        order_insertion_by = []

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["tree_id", "lft"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "slug"], name="page_unique_slug_per_parent"),
        ]

    def __str__(self):
        return self.title

    @property
    def label(self):
        return self.nav_title or self.title

    def build_path(self):
        prefix = self.parent.path if self.parent_id else ""
        return f"{prefix}{self.slug}/"

    def clean(self):
        super().clean()
        if self.parent_id and self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("A page cannot be its own parent.")})
        siblings = Page.objects.filter(parent=self.parent, slug=self.slug).exclude(pk=self.pk)
        if self.slug and siblings.exists():
            raise ValidationError({"slug": _("Another page at this level already uses this slug.")})

    def save(self, *args, **kwargs):
        old_path = self.path
        self.fill_slug()
        self.path = self.build_path()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "path"}
        super().save(*args, **kwargs)
        if old_path and old_path != self.path:
            for child in self.get_children():
                child.save()

    def get_absolute_url(self):
        return reverse("pages:page", kwargs={"path": self.path})

    def get_link(self):
        """Where menus send the visitor."""
        return self.link_url or self.get_absolute_url()

    def search_parts(self):
        return self.title, [self.nav_title, self.summary, plain_text(self.body)]


class Banner(PublishableModel, OrderedModel):
    title = models.CharField(_("title"), max_length=100)
    subtitle = models.CharField(_("subtitle"), max_length=200, blank=True)
    image = UprightImageField(
        _("image"),
        upload_to="banners/",
        width_field="image_width",
        height_field="image_height",
        help_text=_("Wide image, at least 1920 × 640 pixels."),
    )
    image_width = models.PositiveIntegerField(editable=False, null=True)
    image_height = models.PositiveIntegerField(editable=False, null=True)
    alt = alt_text_field()
    link = models.CharField(_("link"), max_length=200, blank=True, validators=[validate_internal_or_http_url])
    image_large = ImageSpecField(
        source="image", processors=[ResizeToFit(1920, 800, upscale=False)], format="WEBP", options={"quality": 80}
    )
    image_small = ImageSpecField(
        source="image", processors=[ResizeToFit(800, 400, upscale=False)], format="WEBP", options={"quality": 75}
    )

    class Meta(OrderedModel.Meta):
        verbose_name = _("banner")
        verbose_name_plural = _("banners")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        require_alt_text(self)

    @property
    def large_size(self):
        return fitted_size(self.image_width, self.image_height, 1920, 800)

    @property
    def small_size(self):
        return fitted_size(self.image_width, self.image_height, 800, 400)


class Honor(PublishableModel, OrderedModel):
    title = models.CharField(_("title"), max_length=100)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    issuer = models.CharField(_("issued by"), max_length=100, blank=True)
    image = UprightImageField(
        _("image"),
        upload_to="honors/",
        width_field="image_width",
        height_field="image_height",
    )
    image_width = models.PositiveIntegerField(editable=False, null=True)
    image_height = models.PositiveIntegerField(editable=False, null=True)
    alt = alt_text_field()
    thumbnail = ImageSpecField(
        source="image", processors=[ResizeToFit(480, 480, upscale=False)], format="WEBP", options={"quality": 80}
    )
    large = ImageSpecField(
        source="image", processors=[ResizeToFit(1400, 1400, upscale=False)], format="WEBP", options={"quality": 85}
    )

    class Meta:
        verbose_name = _("honor")
        verbose_name_plural = _("honors")
        ordering = ["order", "-year", "pk"]

    def __str__(self):
        return f"{self.title} ({self.year})" if self.year else self.title

    def clean(self):
        super().clean()
        require_alt_text(self)

    @property
    def thumbnail_size(self):
        return fitted_size(self.image_width, self.image_height, 480, 480)

    @property
    def large_size(self):
        return fitted_size(self.image_width, self.image_height, 1400, 1400)


class PartnerBrand(PublishableModel, OrderedModel):
    name = models.CharField(_("name"), max_length=50)
    name_en = models.CharField(_("English name"), max_length=50, blank=True)
    logo = UprightImageField(_("logo"), upload_to="brands/", blank=True)
    url = models.URLField(_("website"), blank=True)

    class Meta(OrderedModel.Meta):
        verbose_name = _("partner brand")
        verbose_name_plural = _("partner brands")

    def __str__(self):
        return self.name
