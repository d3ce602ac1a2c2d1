"""Drawing helpers every app's demo images share: the brand colours, the font, encoders, gradients.

Every function is pure and deterministic: the same arguments give the same bytes, so ``seed_demo``
can run again without producing different files. The font is the one Pillow ships (no lookup of
system fonts, so the images are the same on every machine); it has no Chinese glyphs, so demo
images carry Latin text only and the Chinese titles live in the database.
"""

import io
from functools import cache

from PIL import Image, ImageFont

STEEL_DARK = (14, 27, 42)
STEEL = (38, 66, 94)
STEEL_LIGHT = (92, 122, 150)
ORANGE = (240, 132, 30)
ORANGE_DARK = (196, 96, 14)


@cache
def font(size):
    """Pillow's bundled scalable font at ``size`` pixels."""
    return ImageFont.load_default(size=size)


def jpeg(image, quality=80):
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
    return buffer.getvalue()


def png(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def gradient(size, start, end, direction="horizontal"):
    """A linear gradient from ``start`` to ``end`` colour."""
    mask = Image.linear_gradient("L")  # 256 × 256, black at the top, white at the bottom
    if direction == "horizontal":
        mask = mask.rotate(90, expand=True).transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    mask = mask.resize(size)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def text_centered(draw, xy, text, font, fill, **kwargs):
    draw.text(xy, text, font=font, fill=fill, anchor="mm", **kwargs)


def mix(colour, other, amount):
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def darker(colour, amount=0.3):
    return mix(colour, (0, 0, 0), amount)


def lighter(colour, amount=0.3):
    return mix(colour, (255, 255, 255), amount)


def bezier(p0, p1, p2, steps=14):
    """Points along the quadratic Bézier curve p0 → p2 pulled towards p1."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        points.append(
            (u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1])
        )
    return points


def brand_mark(draw, x, y, scale=1.0, text_colour=STEEL):
    """The small KEDE GROUP mark (an orange K badge and the name) with its top left corner at ``(x, y)``."""
    size = round(44 * scale)
    draw.rounded_rectangle([x, y, x + size, y + size], radius=round(8 * scale), fill=ORANGE)
    draw.text((x + size / 2, y + size / 2), "K", font=font(round(32 * scale)), fill=(255, 255, 255), anchor="mm")
    draw.text(
        (x + size + 12 * scale, y + size / 2),
        "KEDE GROUP",
        font=font(round(24 * scale)),
        fill=text_colour,
        anchor="lm",
    )
