"""Product applications: project cases (施工案例) and product videos (产品视频)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, Transpose

from core.fields import DocumentField, RichTextField, UprightImageField
from core.models import OrderedModel, PublishableModel, SearchTextModel, SeoModel, draft_by_default
from core.search import plain_text
from core.slugs import SLUG_HELP, AutoSlugModel

from ..validators import validate_mp4_file, validate_video_embed_url
from .catalog import CoverModel, GalleryImage


class Case(AutoSlugModel, SearchTextModel, PublishableModel, SeoModel, CoverModel):
    upload_dir = "cases"

    title = models.CharField(_("title"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, blank=True, help_text=SLUG_HELP)
    location = models.CharField(_("location"), max_length=100, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = RichTextField(_("body"), blank=True)
    products = models.ManyToManyField(
        "products.Product", verbose_name=_("products used"), blank=True, related_name="cases"
    )
    is_published = draft_by_default()

    class Meta:
        verbose_name = _("project case")
        verbose_name_plural = _("project cases")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("products:case", kwargs={"slug": self.slug})

    def search_parts(self):
        return self.title, [self.location, self.summary, plain_text(self.body)]


class CaseImage(GalleryImage):
    upload_dir = "cases/gallery"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="images")

    class Meta(GalleryImage.Meta):
        verbose_name = _("case image")
        verbose_name_plural = _("case images")


class Video(SearchTextModel, PublishableModel, OrderedModel):
    title = models.CharField(_("title"), max_length=120)
    file = DocumentField(_("MP4 file"), upload_to="videos/", blank=True, validators=[validate_mp4_file])
    poster = UprightImageField(_("poster image"), upload_to="videos/posters/", blank=True)
    poster_small = ImageSpecField(
        source="poster", processors=[Transpose(), ResizeToFill(640, 360)], format="WEBP", options={"quality": 75}
    )
    embed_url = models.URLField(
        _("embed address"),
        blank=True,
        validators=[validate_video_embed_url],
        help_text=_("Instead of a file: the player address from Bilibili, Tencent Video or Youku."),
    )
    description = models.TextField(_("description"), blank=True)
    products = models.ManyToManyField(
        "products.Product", verbose_name=_("products shown"), blank=True, related_name="videos"
    )
    is_published = draft_by_default()

    class Meta(OrderedModel.Meta):
        verbose_name = _("product video")
        verbose_name_plural = _("product videos")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if bool(self.file) == bool(self.embed_url):
            raise ValidationError(_("Give either an MP4 file or an embed address, not both or neither."))

    def get_absolute_url(self):
        return f"{reverse('products:videos')}#video-{self.pk}"

    def search_parts(self):
        return self.title, [self.description]
