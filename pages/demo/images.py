"""Generated placeholder images for the site shell's demo content.

Banners, certificates, the site logo, partner-brand logos and QR-code stand-ins; the shared
colours, font and encoders are in :mod:`core.demo.images`. Every function is pure and
deterministic: the same arguments give the same bytes, so ``seed_demo`` can be run again
without producing different files.
"""

import math
import random

from PIL import Image, ImageDraw

from core.demo.images import (
    ORANGE,
    ORANGE_DARK,
    STEEL,
    STEEL_DARK,
    STEEL_LIGHT,
    font,
    gradient,
    jpeg,
    png,
    text_centered,
)

CREAM = (250, 244, 226)
SEAL_RED = (200, 36, 36)
GOLD = (176, 134, 52)


# --- banners -------------------------------------------------------------------------------

BANNER_SIZE = (1920, 700)

# Each variant: (background start, background end, accent colour, tool at the arm's tip, reach)
_BANNER_VARIANTS = (
    (STEEL_DARK, STEEL, ORANGE, "breaker", 1.0),
    ((10, 22, 36), (46, 74, 104), (246, 150, 40), "long-reach", 1.45),
    ((20, 30, 40), (58, 72, 88), ORANGE_DARK, "bucket", 1.0),
)


def _thick_line(draw, start, end, width, fill):
    draw.line([start, end], fill=fill, width=width)
    radius = width // 2
    for x, y in (start, end):
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=fill)


def _pin(draw, centre, radius, fill, ring):
    x, y = centre
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=ring)
    inner = radius * 0.55
    draw.ellipse([x - inner, y - inner, x + inner, y + inner], fill=fill)


def _draw_tool(draw, tip, kind, colour, dark):
    x, y = tip
    if kind == "breaker":
        draw.rectangle([x - 38, y, x + 38, y + 150], fill=colour, outline=dark, width=4)
        draw.rectangle([x - 26, y + 18, x + 26, y + 40], fill=dark)
        draw.rectangle([x - 14, y + 150, x + 14, y + 230], fill=(170, 176, 182))
        draw.polygon([(x - 14, y + 230), (x + 14, y + 230), (x, y + 262)], fill=(170, 176, 182))
    elif kind == "bucket":
        draw.polygon(
            [(x - 20, y - 10), (x + 120, y + 30), (x + 110, y + 150), (x - 40, y + 190), (x - 80, y + 120)],
            fill=colour,
            outline=dark,
        )
        for i in range(5):
            tx = x - 40 + i * 30
            ty = y + 190 - i * 8
            draw.polygon([(tx, ty), (tx + 20, ty - 4), (tx + 6, ty + 34)], fill=(170, 176, 182))
    else:  # a narrow long-reach bucket
        draw.polygon([(x - 10, y), (x + 70, y + 40), (x + 40, y + 140), (x - 50, y + 100)], fill=colour)


def banner_image(index):
    """A 1920 × 700 JPEG: steel-blue gradient, an excavator arm with a tool, the KEDE mark."""
    start, end, accent, tool, reach = _BANNER_VARIANTS[index % len(_BANNER_VARIANTS)]
    width, height = BANNER_SIZE
    image = gradient(BANNER_SIZE, start, end)
    shade = gradient(BANNER_SIZE, (0, 0, 0), (255, 255, 255), direction="vertical").convert("L")
    image = Image.composite(image, Image.new("RGB", BANNER_SIZE, STEEL_DARK), shade.point(lambda v: 255 - v // 3))

    overlay = Image.new("RGBA", BANNER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    # A faint engineering grid.
    for x in range(0, width, 80):
        draw.line([(x, 0), (x, height)], fill=(255, 255, 255, 12), width=1)
    for y in range(0, height, 80):
        draw.line([(0, y), (width, y)], fill=(255, 255, 255, 12), width=1)
    # An orange diagonal band and hazard stripes along the bottom.
    draw.polygon([(0, height), (0, height - 70), (620, height - 120), (800, height)], fill=(*accent, 190))
    for x in range(-40, width, 60):
        draw.polygon([(x, height), (x + 30, height), (x + 52, height - 22), (x + 22, height - 22)], fill=(*accent, 230))
    draw.rectangle([0, height - 24, width, height - 22], fill=(0, 0, 0, 120))
    image = Image.alpha_composite(image.convert("RGBA"), overlay)

    draw = ImageDraw.Draw(image)
    body = (52, 60, 70)
    edge = (24, 28, 34)
    base = (1700, 640)
    knee = (int(1700 - 300 * reach), int(170 - 20 * (reach - 1)))
    tip = (int(knee[0] - 190 * reach), int(knee[1] + 300 + 40 * (reach - 1)))
    # Slew platform suggestion.
    draw.rounded_rectangle([1560, 590, 1920, 700], radius=18, fill=body, outline=edge, width=4)
    draw.rectangle([1620, 560, 1920, 600], fill=accent)
    # Boom, arm and their cylinders.
    _thick_line(draw, base, knee, 64, accent)
    _thick_line(draw, base, knee, 44, body)
    _thick_line(draw, knee, tip, 46, accent)
    _thick_line(draw, knee, tip, 28, body)
    mid_boom = ((base[0] + knee[0]) // 2, (base[1] + knee[1]) // 2)
    _thick_line(draw, (base[0] - 20, base[1] - 40), (mid_boom[0] + 30, mid_boom[1] + 10), 16, (200, 204, 208))
    _thick_line(draw, (knee[0] + 60, knee[1] - 30), (knee[0] - 20, knee[1] + 150), 12, (200, 204, 208))
    for joint in (base, knee, tip):
        _pin(draw, joint, 20, (200, 204, 208), edge)
    _draw_tool(draw, tip, tool, accent, edge)

    overlay = Image.new("RGBA", BANNER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.text((1880, 40), "KEDE", font=font(150), fill=(255, 255, 255, 60), anchor="ra")
    draw.text((120, 470), "KEDE GROUP  |  EXCAVATOR ATTACHMENTS", font=font(30), fill=(255, 255, 255, 200))
    draw.rectangle([120, 450, 220, 456], fill=(*accent, 255))
    image = Image.alpha_composite(image, overlay)
    return jpeg(image)


# --- honors --------------------------------------------------------------------------------

CERTIFICATE_SIZE = (600, 840)


def _star_points(cx, cy, outer, inner):
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    return points


def certificate_image(year, lines=(), heading="CERTIFICATE", seed=0):
    """A 600 × 840 certificate-like JPEG with a border, Latin text, text bars and a red seal."""
    width, height = CERTIFICATE_SIZE
    rng = random.Random(f"certificate:{seed}:{heading}:{year}")
    image = Image.new("RGB", CERTIFICATE_SIZE, CREAM)
    draw = ImageDraw.Draw(image)
    draw.rectangle([18, 18, width - 19, height - 19], outline=GOLD, width=8)
    draw.rectangle([34, 34, width - 35, height - 35], outline=(140, 40, 40), width=2)
    for cx, cy in ((34, 34), (width - 35, 34), (34, height - 35), (width - 35, height - 35)):
        draw.rectangle([cx - 10, cy - 10, cx + 10, cy + 10], fill=GOLD)
    # Emblem at the top.
    draw.ellipse([width // 2 - 42, 70, width // 2 + 42, 154], outline=GOLD, width=6)
    draw.regular_polygon((width // 2, 112, 26), 6, fill=GOLD)
    text_centered(draw, (width // 2, 205), heading, font(48), (120, 28, 28))
    draw.line([(130, 240), (width - 130, 240)], fill=GOLD, width=2)
    y = 280
    for line in lines:
        text_centered(draw, (width // 2, y), line, font(24), (40, 40, 40))
        y += 36
    # Grey bars stand in for the Chinese text of a real certificate.
    y = max(y + 20, 380)
    while y < 640:
        indent = 90 if rng.random() < 0.2 else 70
        length = rng.randint(260, width - 70 - indent) if rng.random() < 0.3 else width - 70 - indent
        draw.rounded_rectangle([indent, y, indent + length, y + 10], radius=5, fill=(196, 188, 168))
        y += 30
    text_centered(draw, (150, 740), str(year), font(34), (60, 60, 60))
    draw.line([(90, 765), (210, 765)], fill=(60, 60, 60), width=2)
    # The red seal, partly over the text like a real stamp.
    sx, sy, radius = width - 160, 710, 78
    draw.ellipse([sx - radius, sy - radius, sx + radius, sy + radius], outline=SEAL_RED, width=7)
    draw.ellipse([sx - radius + 14, sy - radius + 14, sx + radius - 14, sy + radius - 14], outline=SEAL_RED, width=2)
    draw.polygon(_star_points(sx, sy, 34, 14), fill=SEAL_RED)
    return jpeg(image)


# --- site logo, partner brands, QR codes ----------------------------------------------------


def logo_image():
    """A 360 × 96 transparent PNG: an orange badge with K and the KEDE GROUP word mark."""
    image = Image.new("RGBA", (360, 96), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([4, 8, 84, 88], radius=14, fill=ORANGE)
    draw.polygon([(60, 8), (84, 8), (84, 32)], fill=ORANGE_DARK)
    text_centered(draw, (44, 50), "K", font(60), (255, 255, 255), stroke_width=2, stroke_fill=(255, 255, 255))
    draw.text((100, 10), "KEDE", font=font(52), fill=STEEL, stroke_width=1, stroke_fill=STEEL)
    draw.text((102, 66), "KEDE GROUP  ·  SINCE 2006", font=font(17), fill=STEEL_LIGHT)
    return png(image)


def brand_logo_image(name, colour=STEEL):
    """A 240 × 80 PNG with ``name`` (Latin text) in ``colour`` on white, scaled to fit."""
    size = (240, 80)
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    font_size = 44
    while font_size > 12:
        left, top, right, bottom = draw.textbbox((0, 0), name.upper(), font=font(font_size), stroke_width=1)
        if right - left <= size[0] - 32 and bottom - top <= size[1] - 24:
            break
        font_size -= 2
    text_centered(
        draw, (size[0] // 2, size[1] // 2), name.upper(), font(font_size), colour, stroke_width=1, stroke_fill=colour
    )
    return png(image.quantize(colors=16))


def qr_code_image(seed, modules=25, scale=8, quiet=4):
    """A PNG that looks like a QR code: finder squares, timing lines and random modules.

    It encodes nothing; editors replace it with the company's real code in the admin.
    """
    rng = random.Random(f"qr:{seed}")
    grid = [[rng.random() < 0.5 for _ in range(modules)] for _ in range(modules)]

    def finder(top, left):
        for r in range(-1, 8):
            for c in range(-1, 8):
                row, col = top + r, left + c
                if 0 <= row < modules and 0 <= col < modules:
                    ring = max(abs(r - 3), abs(c - 3))
                    grid[row][col] = ring in (0, 1, 3) and 0 <= r <= 6 and 0 <= c <= 6

    finder(0, 0)
    finder(0, modules - 7)
    finder(modules - 7, 0)
    for i in range(8, modules - 8):  # timing patterns
        grid[6][i] = grid[i][6] = i % 2 == 0
    centre = modules - 7  # alignment pattern
    for r in range(-2, 3):
        for c in range(-2, 3):
            grid[centre + r][centre + c] = max(abs(r), abs(c)) != 1

    side = (modules + 2 * quiet) * scale
    image = Image.new("1", (side, side), 1)
    draw = ImageDraw.Draw(image)
    for row in range(modules):
        for col in range(modules):
            if grid[row][col]:
                x = (col + quiet) * scale
                y = (row + quiet) * scale
                draw.rectangle([x, y, x + scale - 1, y + scale - 1], fill=0)
    return png(image)
