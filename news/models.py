"""News: categories (公司新闻, 行业动态, 技术资料), articles and their downloadable attachments."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, Transpose

from core.documents import clean_filename, detect_kind
from core.fields import DocumentField, RichTextField, UprightImageField
from core.models import OrderedModel, PublicContentModel, SearchTextModel, SeoModel, TimeStampedModel
from core.search import plain_text
from core.slugs import AutoSlugModel

from .querysets import ArticleQuerySet
from .validators import validate_attachment_file

# Addresses under /news/ the app uses itself; no category or article may take them.
RESERVED_SLUGS = {"feed", "views"}


def validate_not_reserved(value):
    if value in RESERVED_SLUGS:
        raise ValidationError(_("This slug is reserved for the site's own addresses."), code="reserved")


class NewsCategory(AutoSlugModel, TimeStampedModel, SeoModel, OrderedModel, PublicContentModel):
    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        blank=True,
        validators=[validate_not_reserved],
        help_text=_("English or pinyin, filled in from the name when left empty; the address is /news/<slug>/."),
    )
    summary = models.CharField(_("summary"), max_length=200, blank=True)

    slug_source = "name"
    slug_reserved = RESERVED_SLUGS

    class Meta(OrderedModel.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("news:category", kwargs={"slug": self.slug})

    # Menus treat categories like pages (see settings.NAV_MENU_PROVIDERS).
    label = property(lambda self: self.name)

    def get_link(self):
        return self.get_absolute_url()


class Article(AutoSlugModel, SearchTextModel, TimeStampedModel, SeoModel, PublicContentModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        validators=[validate_not_reserved],
        help_text=_(
            "English or pinyin, filled in from the title when left empty; the address is /news/<category>/<slug>/."
        ),
    )
    category = models.ForeignKey(
        NewsCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="articles"
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(
        _("publish at"),
        default=timezone.now,
        db_index=True,
        help_text=_("A published article with a later time appears on the site at that time."),
    )
    is_pinned = models.BooleanField(_("pinned"), default=False, help_text=_("Pinned articles lead the lists."))
    source = models.CharField(
        _("source"), max_length=60, blank=True, help_text=_("For example 科德集团 or 中国工程机械工业协会.")
    )
    author = models.CharField(_("author"), max_length=60, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    cover = UprightImageField(_("cover image"), upload_to="news/covers/", blank=True)
    card = ImageSpecField(
        source="cover", processors=[Transpose(), ResizeToFill(480, 320)], format="WEBP", options={"quality": 78}
    )
    body = RichTextField(_("body"), blank=True)
    related_products = models.ManyToManyField(
        "products.Product", verbose_name=_("related products"), blank=True, related_name="articles"
    )
    view_count = models.PositiveIntegerField(_("views"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    slug_reserved = RESERVED_SLUGS

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-publish_at", "-pk"]
        indexes = [
            # Article pages' previous/next (before/after) and the category feeds, within a category.
            models.Index(fields=["category", "status", "publish_at"], name="news_article_listing"),
            # The lists, in for_list() order (pinned first, newest first): the first page is read off
            # the index instead of sorting every published article.
            models.Index(fields=["status", "is_pinned", "publish_at"], name="news_article_list_order"),
            models.Index(fields=["category", "status", "is_pinned", "publish_at"], name="news_article_cat_order"),
            # newest(): the home page's latest news and the feeds.
            models.Index(fields=["status", "publish_at"], name="news_article_newest"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"category": self.category.slug, "slug": self.slug})

    def search_parts(self):
        return self.title, [self.summary, plain_text(self.body)]

    @property
    def is_live(self):
        """Published and due: what visitors can see."""
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == self.Status.PUBLISHED and self.publish_at > timezone.now()


class Attachment(TimeStampedModel, OrderedModel, PublicContentModel):
    """A downloadable document of an article (product manuals, maintenance guides…)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=120, blank=True, help_text=_("The file name is used when empty."))
    # Stored as <random>.<type>; the editor's own file name is kept, cleaned, only to show it.
    file = DocumentField(
        _("file"), upload_to="news/attachments/%Y/%m/", validators=[validate_attachment_file], name_field="file_name"
    )
    file_name = models.CharField(_("file name"), max_length=100, editable=False, default="")
    kind = models.CharField(_("type"), max_length=10, editable=False, default="")
    size = models.PositiveBigIntegerField(_("size"), editable=False, default=0)

    class Meta(OrderedModel.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.label

    @property
    def label(self):
        return self.title or self.file_name or self.file.name.rsplit("/", 1)[-1]

    @property
    def download_name(self):
        """The name a visitor's browser saves the file under (the stored one is random)."""
        extension = self.file.name.rsplit(".", 1)[-1]
        return clean_filename(self.file_name or f"{self.label}.{extension}")

    def save(self, *args, **kwargs):
        # Measured when the file changes, so pages show type and size without touching the disk.
        if self.file and (not self.file._committed or not self.size):
            self.size = self.file.size
            self.kind = detect_kind(self.file) or ""
        super().save(*args, **kwargs)
