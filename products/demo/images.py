"""Generated placeholder images (and brochure PDFs) for the catalog demo content.

Every function is pure and deterministic: the same arguments give the same bytes, so
``seed_demo`` can run again without producing different files. The drawings are simple
but recognisable: each attachment type has its own shape (bucket, breaker with chisel,
vibro hammer with clamp and pile, shear jaws, grapple tines, coupler plate, ripper shank,
long-reach arm). The colours, font and encoders are shared: :mod:`core.demo.images`.
"""

import random

from PIL import Image, ImageDraw, ImageFilter

from core.demo.documents import HELVETICA_WINANSI, pdf_page, pdf_text
from core.demo.images import (
    ORANGE,
    ORANGE_DARK,
    STEEL,
    STEEL_DARK,
    STEEL_LIGHT,
    bezier,
    brand_mark,
    darker,
    font,
    gradient,
    jpeg,
    lighter,
    mix,
)

COVER_SIZE = (1200, 900)
TILE_SIZE = (640, 480)
PHOTO_SIZE = (1200, 800)
POSTER_SIZE = (1280, 720)

STUDIO_TOP = (238, 240, 242)
STUDIO_BOTTOM = (204, 208, 213)
METAL = (172, 178, 184)
METAL_DARK = (120, 126, 134)
RUBBER = (40, 42, 46)
SKY_BLUE = (170, 205, 232)

# body, dark outline, trim
PALETTES = (
    (ORANGE, STEEL_DARK, STEEL),
    ((232, 120, 24), (30, 34, 40), (46, 74, 104)),
    (STEEL, STEEL_DARK, ORANGE),
    ((52, 86, 120), (18, 30, 46), (246, 150, 40)),
)

# Each attachment kind, in local drawing units: the mount pin is near (0, 0) and the tool hangs below.
KIND_BOXES = {
    "bucket": (-280, -40, 215, 300),
    "breaker": (-110, -30, 170, 495),
    "vibro": (-180, -30, 215, 490),
    "shear": (-200, -30, 200, 420),
    "grapple": (-230, -30, 230, 420),
    "grab": (-220, -30, 220, 420),
    "coupler": (-200, -40, 200, 300),
    "ripper": (-110, -30, 150, 470),
    "long-reach": (-340, -330, 360, 300),
}


class Pen:
    """Draws in local units: ``origin`` is where local (0, 0) lands, ``scale`` pixels per unit, optional mirror."""

    def __init__(self, draw, origin, scale, flip=False):
        self.draw, self.origin, self.scale, self.flip = draw, origin, scale, flip

    def p(self, x, y):
        return (self.origin[0] + (-x if self.flip else x) * self.scale, self.origin[1] + y * self.scale)

    def w(self, width):
        return max(1, round(width * self.scale))

    def sub(self, x, y, scale):
        return Pen(self.draw, self.p(x, y), self.scale * scale, self.flip)

    def poly(self, points, fill, outline=None, width=3):
        self.draw.polygon([self.p(x, y) for x, y in points], fill=fill, outline=outline, width=self.w(width))

    def rect(self, x0, y0, x1, y1, fill, outline=None, width=3, radius=0):
        (ax, ay), (bx, by) = self.p(x0, y0), self.p(x1, y1)
        box = [min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)]
        if radius:
            self.draw.rounded_rectangle(
                box, radius=radius * self.scale, fill=fill, outline=outline, width=self.w(width)
            )
        else:
            self.draw.rectangle(box, fill=fill, outline=outline, width=self.w(width) if outline else 0)

    def circle(self, x, y, r, fill, outline=None, width=3):
        cx, cy = self.p(x, y)
        r *= self.scale
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill, outline=outline, width=self.w(width))

    def ellipse(self, x0, y0, x1, y1, fill, outline=None, width=3):
        (ax, ay), (bx, by) = self.p(x0, y0), self.p(x1, y1)
        box = [min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)]
        self.draw.ellipse(box, fill=fill, outline=outline, width=self.w(width))

    def line(self, points, fill, width):
        self.draw.line([self.p(x, y) for x, y in points], fill=fill, width=self.w(width), joint="curve")

    def pin(self, x, y, r=14):
        self.circle(x, y, r, METAL, outline=METAL_DARK, width=3)
        self.circle(x, y, r * 0.45, METAL_DARK)

    def cylinder(self, start, end, width=16):
        """A hydraulic cylinder: a thick barrel over the first 60 %, a shiny rod after."""
        mid = (start[0] + (end[0] - start[0]) * 0.6, start[1] + (end[1] - start[1]) * 0.6)
        self.line([start, end], (214, 218, 222), width * 0.5)
        self.line([start, mid], METAL_DARK, width)
        self.circle(*start, width * 0.55, METAL_DARK)
        self.circle(*end, width * 0.4, METAL)


# --- the attachments ---------------------------------------------------------------------------


def _ears(pen, body, dark, top=40, spread=55):
    pen.poly(
        [(-spread - 40, top), (-spread - 18, -16), (spread + 22, -16), (spread + 44, top)], darker(body, 0.15), dark
    )
    pen.pin(-spread + 10, 4)
    pen.pin(spread, 4)


def _bucket(pen, variant, body, dark, trim, background):
    """Seen from the front left: the near side plate, the mouth with the teeth, the far side plate behind."""
    if variant == "ditching":
        front = [(-150, 70), (150, 50), *bezier((150, 50), (225, 150), (80, 215))[1:], (-185, 215)]
        depth = (-120, -62)
    else:
        front = [(-110, 45), (130, 35), *bezier((130, 35), (215, 160), (60, 270))[1:], (-150, 262)]
        depth = (-96, -54)
    back = [(x + depth[0], y + depth[1]) for x, y in front]
    mouth = [front[-1], front[0], back[0], back[-1]]
    pen.poly(back, darker(body, 0.35), dark)
    pen.poly(mouth, darker(body, 0.55), dark)  # the inside of the bucket
    if variant == "skeleton":
        for i in range(1, 6):
            t = i / 6
            a = (front[-1][0] + (back[-1][0] - front[-1][0]) * t, front[-1][1] + (back[-1][1] - front[-1][1]) * t)
            b = (front[0][0] + (back[0][0] - front[0][0]) * t, front[0][1] + (back[0][1] - front[0][1]) * t)
            pen.line([a, b], darker(body, 0.2), 12)
        for i in range(1, 4):
            t = i / 4
            a = (front[-1][0] + (front[0][0] - front[-1][0]) * t, front[-1][1] + (front[0][1] - front[-1][1]) * t)
            pen.line([a, (a[0] + depth[0], a[1] + depth[1])], background, 14)
    pen.poly([front[0], front[1], back[1], back[0]], darker(body, 0.1), dark)  # top plate
    if variant in ("rock", "heavy"):
        curve = front[1:-1]
        for i in range(2, len(curve) - 2, 3):  # wear strips on the shell edge
            pen.line([curve[i], (curve[i][0] - 14, curve[i][1] - 8)], lighter(body, 0.25), 8)
    pen.poly(front, body, dark)
    if variant == "skeleton":
        for x0, y0 in ((-60, 90), (10, 90), (-70, 165), (0, 165), (80, 110)):
            pen.rect(x0, y0, x0 + 52, y0 + 52, background, outline=dark, width=2, radius=6)
    if variant == "heavy":
        for x, y in ((-30, 200), (30, 200), (90, 190), (0, 140), (60, 140)):
            pen.circle(x, y, 11, METAL, outline=METAL_DARK, width=2)
    if variant in ("rock", "heavy"):  # side cutter
        lip = front[-1]
        pen.poly([lip, (lip[0] + 30, lip[1] - 80), (lip[0] + 70, lip[1] - 70), (lip[0] + 60, lip[1])], METAL, dark)
    lip_front, lip_back = front[-1], back[-1]
    pen.line([lip_front, lip_back], METAL_DARK, 14 if variant in ("rock", "heavy") else 10)
    if variant not in ("ditching", "tilt"):
        teeth = 5 if variant != "heavy" else 6
        for i in range(teeth):
            t = (i + 0.3) / teeth
            x = lip_front[0] + (lip_back[0] - lip_front[0]) * t
            y = lip_front[1] + (lip_back[1] - lip_front[1]) * t
            pen.poly([(x - 11, y - 6), (x + 13, y + 6), (x - 46, y + 40)], METAL, dark, width=2)
    else:
        for x in (-90, -10, 70):  # drain holes of a clean-up bucket
            pen.circle(x, 150 if variant == "ditching" else 175, 9, darker(body, 0.5))
    _ears(pen, body, dark)
    if variant == "tilt":
        pen.rect(-95, -34, 105, -18, trim, dark, width=2)
        pen.cylinder((-80, 30), (30, -28), 14)


def _breaker(pen, variant, body, dark, trim, background):
    housing = STEEL if body != STEEL else (46, 74, 104)
    bracket = body
    if variant == "box":
        pen.poly([(-88, 58), (88, 58), (62, 330), (-62, 330)], housing, dark)
        pen.poly([(-58, 90), (58, 90), (40, 250), (-40, 250)], darker(housing, 0.35))
        for y in range(110, 240, 22):
            half = 52 - (y - 90) * 0.1
            pen.line([(-half, y), (half, y)], lighter(housing, 0.2), 4)
        pen.rect(-78, -12, 78, 62, bracket, dark, radius=10)
        pen.pin(-38, 14)
        pen.pin(38, 14)
        head_top = 330
    else:
        pen.rect(-55, 62, 55, 300, housing, dark, radius=12)
        pen.rect(-38, 84, 38, 120, darker(housing, 0.35), radius=6)
        for y in (150, 200, 250):
            pen.circle(-40, y, 7, METAL)
            pen.circle(40, y, 7, METAL)
        pen.rect(-12, 50, 12, 64, METAL_DARK)  # nitrogen valve
        if variant == "side":
            pen.poly([(45, 50), (62, -14), (150, -14), (165, 60), (130, 270), (50, 285)], bracket, dark)
            pen.pin(90, 12)
            pen.pin(135, 24)
            pen.line([(60, 110), (140, 110)], darker(bracket, 0.2), 6)
        else:
            pen.rect(-78, -12, 78, 66, bracket, dark, radius=10)
            pen.pin(-38, 14)
            pen.pin(38, 14)
        head_top = 300
    pen.rect(-42, head_top, 42, head_top + 46, darker(housing, 0.3), dark, radius=6)
    pen.rect(-15, head_top + 46, 15, head_top + 150, METAL, METAL_DARK, width=2)
    pen.poly([(-15, head_top + 150), (15, head_top + 150), (0, head_top + 190)], METAL, METAL_DARK, width=2)
    pen.line([(-9, head_top + 60), (-9, head_top + 140)], (214, 218, 222), 4)


def _pile(pen, x0, y0, x1, y1):
    pen.rect(x0, y0, x1, y1, (128, 134, 140), (80, 84, 90), width=2)
    step = (x1 - x0) / 4
    for i in range(1, 4):
        pen.line([(x0 + step * i, y0 + 6), (x0 + step * i, y1 - 2)], (104, 110, 116) if i % 2 else (160, 166, 172), 3)


def _vibro(pen, variant, body, dark, trim, background):
    pen.rect(-62, -16, 62, 36, darker(body, 0.15), dark, radius=8)
    pen.pin(-30, 6)
    pen.pin(30, 6)
    pen.ellipse(-70, 30, 70, 56, trim, dark)  # rotator
    for x in (-100, -50, 10, 60):
        pen.rect(x, 56, x + 40, 88, RUBBER, radius=8)
    pen.rect(-130, 84, 130, 218, body, dark, radius=14)
    pen.rect(-110, 104, 110, 128, darker(body, 0.25), radius=6)
    pen.rect(132, 100, 172, 190, METAL, METAL_DARK, radius=8)  # hydraulic motor
    pen.line([(152, 100), (152, 60), (80, 40)], RUBBER, 8)
    if variant == "side":
        pen.rect(120, 170, 210, 250, darker(body, 0.3), dark, radius=8)
        _pile(pen, 150, 220, 205, 485)
        pen.rect(140, 215, 215, 238, METAL_DARK)
    else:
        pen.rect(-50, 218, 50, 262, darker(body, 0.3), dark, radius=6)
        _pile(pen, -34, 250, 34, 485)
        pen.rect(-46, 256, 46, 276, METAL_DARK, dark, width=2)


def _jaw(pen, points, fill, dark, edge, teeth=False, mirror=False):
    pts = [(-x, y) for x, y in points] if mirror else points
    pen.poly(pts, fill, dark)
    inner = pts[len(pts) // 2 :]
    pen.line(inner, edge, 6)
    if teeth:
        for x, y in inner[1:-1]:
            pen.poly([(x - 10, y - 6), (x + 10, y - 6), (x + (8 if mirror else -8), y + 20)], METAL, dark, width=2)


def _head(pen, body, dark, trim):
    pen.rect(-62, -16, 62, 36, darker(body, 0.15), dark, radius=8)
    pen.pin(-30, 6)
    pen.pin(30, 6)
    pen.ellipse(-72, 30, 72, 58, trim, dark)


def _shear(pen, variant, body, dark, trim, background):
    _head(pen, body, dark, trim)
    if variant == "scrap":
        pen.poly([(-60, 56), (60, 56), (48, 230), (-48, 230)], body, dark)
        pen.cylinder((-20, 70), (-20, 200), 18)
        lower = [(-40, 220), (40, 220), (50, 410), (0, 420), (-10, 320)]
        pen.poly(lower, darker(body, 0.2), dark)
        pen.line([(-10, 320), (0, 420)], METAL, 6)
        upper = [(-20, 200), (30, 220), (-40, 300), (-150, 380), (-190, 360), (-130, 300)]
        pen.poly(upper, body, dark)
        pen.line([(-40, 300), (-150, 380)], METAL, 7)
        pen.pin(5, 225, 18)
        return
    pen.rect(-75, 56, 75, 176, body, dark, radius=10)
    pen.cylinder((-50, 70), (-120, 230), 18)
    pen.cylinder((50, 70), (120, 230), 18)
    fat = variant == "pulverizer"
    left = [(-60, 170), (-150, 230), (-190, 310), (-120, 410), (-80, 400), (-60, 330), (-20, 250), (-15, 180)]
    if fat:
        left = [(-70, 170), (-175, 230), (-205, 320), (-130, 415), (-70, 395), (-45, 320), (-15, 250), (-10, 180)]
    _jaw(pen, left, darker(body, 0.1), dark, METAL, teeth=fat)
    _jaw(pen, left, body, dark, METAL, teeth=fat, mirror=True)
    pen.pin(0, 186, 20)


def _tine(pen, start, control, end, width, fill, dark):
    points = bezier(start, control, end, 16)
    pen.line(points, dark, width + 6)
    pen.line(points, fill, width)


def _grapple(pen, variant, body, dark, trim, background):
    if variant == "mechanical":
        pen.rect(-80, -16, 80, 90, body, dark, radius=10)
        pen.pin(-40, 10)
        pen.pin(40, 10)
    else:
        _head(pen, body, dark, trim)
        pen.rect(-70, 56, 70, 120, body, dark, radius=10)
        pen.cylinder((-40, 70), (-140, 170), 14)
        pen.cylinder((40, 70), (140, 170), 14)
    thin = variant == "sugarcane"
    width = 18 if thin else 24
    back = darker(body, 0.3)
    for dx in (-30, 20) if not thin else (-40, 0, 40):
        _tine(pen, (-40 + dx * 0.3, 100), (-260, 150 + dx), (-70 + dx, 400), width, back, dark)
    # The load: logs (end grain) or a bundle of cane.
    if thin:
        for i in range(7):
            x = -110 + i * 32
            pen.line(
                [(x, 240 + (i % 3) * 6), (x + 70, 380 - (i % 4) * 8)], (150, 124, 70) if i % 2 else (120, 140, 60), 10
            )
    else:
        for x, y, r in ((-70, 300, 48), (20, 290, 52), (-25, 360, 46), (70, 350, 42), (-100, 375, 34)):
            pen.circle(x, y, r, (176, 120, 66), outline=(110, 70, 36), width=4)
            pen.circle(x, y, r * 0.6, None, outline=(206, 160, 100), width=3)
            pen.circle(x, y, r * 0.2, (140, 92, 50))
    for dx in (-40, 0, 40) if not thin else (-50, -10, 30):
        _tine(pen, (40 + dx * 0.3, 100), (270, 160 + dx), (80 + dx, 405), width, body, dark)


def _grab(pen, variant, body, dark, trim, background):
    if variant == "thumb":
        pen.line([(-160, -10), (120, 120)], STEEL if body != STEEL else (46, 74, 104), 70)  # a stretch of the arm
        pen.cylinder((-120, 40), (40, 190), 16)
        for dx in (-20, 0, 20):
            _tine(pen, (60 + dx, 110), (220 + dx, 200), (40 + dx, 400), 22, body if dx else darker(body, 0.2), dark)
        pen.pin(60, 110, 20)
        return
    _head(pen, body, dark, trim)
    if variant == "orange-peel":
        pen.rect(-55, 56, 55, 230, body, dark, radius=12)
        for x, shade in ((-40, 0.35), (40, 0.35), (-90, 0.15), (90, 0.15), (0, 0.0)):
            top = (x * 0.5, 200)
            pen.poly([top, (x * 2.3, 270), (x * 1.6 + 12, 410), (x * 0.6, 380)], darker(body, shade), dark)
            pen.poly([(x * 1.6 + 12, 410), (x * 1.6 - 8, 404), (x * 1.6 + 4, 430)], METAL, dark, width=2)
        return
    pen.rect(-70, 56, 70, 170, body, dark, radius=10)
    pen.cylinder((-40, 80), (-130, 210), 16)
    pen.cylinder((40, 80), (130, 210), 16)
    shovel = [(-40, 170), (-175, 215), (-205, 310), (-150, 400), (-40, 380), (-20, 300)]
    _jaw(pen, shovel, darker(body, 0.15), dark, METAL, teeth=True)
    _jaw(pen, shovel, body, dark, METAL, teeth=True, mirror=True)
    pen.pin(0, 180, 18)


def _coupler(pen, variant, body, dark, trim, background):
    pen.rect(-165, -8, 165, 44, darker(body, 0.15), dark, radius=8)
    pen.pin(-100, 18, 22)
    pen.pin(100, 18, 22)
    pen.poly([(-185, 44), (185, 44), (165, 190), (-160, 190)], body, dark)
    pen.poly([(-160, 190), (-110, 190), (-100, 250), (-150, 275), (-190, 240)], body, dark)  # front hook
    pen.circle(-140, 230, 22, background, outline=dark, width=3)
    pen.poly([(90, 190), (165, 190), (175, 250), (120, 262)], darker(body, 0.2), dark)  # locking jaw
    pen.circle(125, 232, 22, background, outline=dark, width=3)
    pen.rect(60, 205, 108, 230, METAL, METAL_DARK, width=2)  # wedge
    if variant == "mechanical":
        pen.line([(-60, 120), (90, 120)], METAL_DARK, 16)
        for x in range(-55, 90, 12):
            pen.line([(x, 110), (x + 6, 130)], METAL, 3)
        pen.rect(-90, 106, -60, 134, METAL, METAL_DARK, width=2)
    else:
        pen.cylinder((-80, 120), (90, 120), 22)
        pen.line([(-80, 96), (-120, 70), (-150, 70)], RUBBER, 8)
    pen.rect(-130, 70, -10, 100, trim, dark, width=2, radius=4)
    if variant == "tilt":
        pen.rect(-175, 262, 175, 296, darker(body, 0.25), dark, radius=6)
        pen.cylinder((-150, 170), (-60, 275), 14)
        pen.cylinder((150, 170), (60, 275), 14)


def _shank(pen, offset, body, dark):
    dx, dy = offset
    outer = bezier((-46 + dx, 70 + dy), (-70 + dx, 320 + dy), (70 + dx, 430 + dy))
    inner = bezier((80 + dx, 400 + dy), (20 + dx, 280 + dy), (44 + dx, 70 + dy))
    pen.poly([*outer, *inner], body, dark)
    pen.poly([(70 + dx, 430 + dy), (80 + dx, 400 + dy), (140 + dx, 455 + dy), (112 + dx, 468 + dy)], METAL, dark)


def _ripper(pen, variant, body, dark, trim, background):
    if variant == "twin":
        _shank(pen, (-60, -10), darker(body, 0.3), dark)
    if variant == "vibratory":
        pen.rect(-95, -16, 95, 150, body, dark, radius=12)
        pen.rect(-75, 30, 75, 60, darker(body, 0.3), radius=6)
        pen.rect(95, 40, 130, 120, METAL, METAL_DARK, radius=6)
        pen.pin(-45, 8)
        pen.pin(45, 8)
        _shank(pen, (0, 60), darker(body, 0.1), dark)
        return
    pen.rect(-75, -16, 75, 80, darker(body, 0.1), dark, radius=10)
    pen.pin(-38, 12)
    pen.pin(38, 12)
    _shank(pen, (0, 0), body, dark)
    pen.line([(-10, 120), (-20, 250)], lighter(body, 0.25), 6)


def _long_reach(pen, variant, body, dark, trim, background):
    if variant == "demolition":
        joints = [(-320, 280), (-170, -80), (40, -300), (250, -180)]
        widths = [52, 40, 30]
    elif variant == "tunnel":
        joints = [(-320, 230), (-80, -40), (160, 200)]
        widths = [64, 48]
    else:
        joints = [(-320, 260), (-110, -300), (300, 120)]
        widths = [50, 30]
    for (a, b), width in zip(zip(joints, joints[1:], strict=False), widths, strict=True):
        pen.line([a, b], dark, width + 8)
        pen.line([a, b], body, width)
        pen.line([a, b], darker(body, 0.18), width * 0.25)
    first, second = joints[0], joints[1]
    pen.cylinder((first[0] + 30, first[1] - 10), ((first[0] + second[0]) / 2 + 35, (first[1] + second[1]) / 2 + 10), 20)
    if len(joints) > 2:
        third = joints[2]
        pen.cylinder(
            (second[0] - 10, second[1] - 50), ((second[0] + third[0]) / 2, (second[1] + third[1]) / 2 - 28), 16
        )
    for joint in joints[:-1]:
        pen.pin(*joint, 20)
    tip = joints[-1]
    if variant == "demolition":
        _shear(pen.sub(tip[0], tip[1], 0.42), "demolition", trim, dark, body, background)
    else:
        _bucket(
            pen.sub(tip[0], tip[1] + 4, 0.36 if variant != "tunnel" else 0.5), "standard", trim, dark, body, background
        )


DRAWERS = {
    "bucket": _bucket,
    "breaker": _breaker,
    "vibro": _vibro,
    "shear": _shear,
    "grapple": _grapple,
    "grab": _grab,
    "coupler": _coupler,
    "ripper": _ripper,
    "long-reach": _long_reach,
}


def draw_attachment(draw, kind, variant, box, palette, background, flip=False):
    """Draw ``kind`` fitted and centred in the pixel ``box`` (x0, y0, x1, y1)."""
    bx0, by0, bx1, by1 = KIND_BOXES[kind]
    x0, y0, x1, y1 = box
    scale = min((x1 - x0) / (bx1 - bx0), (y1 - y0) / (by1 - by0))
    centre_x = (bx0 + bx1) / 2
    origin_x = (x0 + x1) / 2 + (centre_x if flip else -centre_x) * scale
    origin_y = (y0 + y1) / 2 - (by0 + by1) / 2 * scale
    body, dark, trim = palette
    DRAWERS[kind](Pen(draw, (origin_x, origin_y), scale, flip), variant, body, dark, trim, background)


# --- product covers, gallery images and category tiles ----------------------------------------


def _soft_shadow(image, box, strength=90):
    """Darken ``image`` under an elliptic, blurred floor shadow."""
    small = Image.new("L", (image.width // 4, image.height // 4), 0)
    ImageDraw.Draw(small).ellipse([v / 4 for v in box], fill=strength)
    mask = small.filter(ImageFilter.GaussianBlur(6)).resize(image.size)
    return Image.composite(Image.new("RGB", image.size, (60, 64, 70)), image, mask)


def product_cover(kind, variant, model_number, caption, seed):
    """A 1200 × 900 studio shot: light grey backdrop, floor shadow, the attachment, model number in Latin text."""
    rng = random.Random(f"cover:{seed}")
    palette = PALETTES[rng.randrange(len(PALETTES))]
    tint = rng.randint(-6, 6)
    top = tuple(v + tint for v in STUDIO_TOP)
    image = gradient(COVER_SIZE, top, STUDIO_BOTTOM, direction="vertical")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 640, COVER_SIZE[0], COVER_SIZE[1]], fill=mix(STUDIO_BOTTOM, (255, 255, 255), 0.25))
    draw.line([(0, 640), (COVER_SIZE[0], 640)], fill=darker(STUDIO_BOTTOM, 0.05), width=2)
    image = _soft_shadow(image, (300, 640, 980, 760))
    draw = ImageDraw.Draw(image)
    flip = rng.random() < 0.5
    draw_attachment(draw, kind, variant, (250, 90, 1030, 720), palette, STUDIO_BOTTOM, flip=flip)
    brand_mark(draw, 48, 40)
    draw.text((52, 760), model_number, font=font(72), fill=STEEL_DARK, stroke_width=1, stroke_fill=STEEL_DARK)
    draw.rectangle([52, 846, 132, 852], fill=ORANGE)
    draw.text((150, 849), caption.upper(), font=font(24), fill=STEEL_LIGHT, anchor="lm")
    return jpeg(image, quality=76)


def product_detail_image(kind, variant, model_number, seed):
    """A 1200 × 900 gallery view: the same attachment, mirrored, on a dark workshop backdrop."""
    rng = random.Random(f"detail:{seed}")
    palette = PALETTES[rng.randrange(len(PALETTES))]
    image = gradient(COVER_SIZE, (34, 44, 56), (72, 86, 100), direction="vertical")
    draw = ImageDraw.Draw(image)
    for x in range(0, COVER_SIZE[0], 120):
        draw.line([(x, 0), (x, 620)], fill=(60, 72, 86), width=2)
    draw.rectangle([0, 620, COVER_SIZE[0], COVER_SIZE[1]], fill=(88, 92, 96))
    for x in range(-200, COVER_SIZE[0], 160):
        draw.polygon([(x, 900), (x + 60, 900), (x + 160, 620), (x + 130, 620)], fill=(96, 100, 104))
    image = _soft_shadow(image, (260, 620, 1000, 760), strength=120)
    draw = ImageDraw.Draw(image)
    draw_attachment(draw, kind, variant, (200, 40, 1080, 740), palette, (72, 86, 100), flip=rng.random() < 0.5)
    draw.text((40, 846), f"{model_number}  |  KEDE", font=font(30), fill=(230, 234, 238), anchor="lm")
    return jpeg(image, quality=76)


def category_tile(kind, variant, name_en, seed):
    """A 640 × 480 tile: steel-blue gradient with a faint grid, the attachment in orange, the English name."""
    image = gradient(TILE_SIZE, STEEL_DARK, (52, 86, 120))
    draw = ImageDraw.Draw(image)
    for x in range(0, TILE_SIZE[0], 40):
        draw.line([(x, 0), (x, TILE_SIZE[1])], fill=(44, 66, 90), width=1)
    for y in range(0, TILE_SIZE[1], 40):
        draw.line([(0, y), (TILE_SIZE[0], y)], fill=(44, 66, 90), width=1)
    draw_attachment(
        draw,
        kind,
        variant,
        (150, 30, 610, 400),
        (ORANGE, (16, 22, 30), (200, 210, 220)),
        STEEL_DARK,
        flip=seed % 2 == 1,
    )
    draw.rectangle([32, 424, 92, 430], fill=ORANGE)
    draw.text((32, 412), name_en.upper(), font=font(30), fill=(255, 255, 255), anchor="ls")
    return jpeg(image)


# --- site scenes: case photos, gallery "at work" shots and video posters -----------------------


def _excavator(draw, x, ground, scale, tool, variant, palette, flip=False, background=SKY_BLUE):
    """An excavator standing at ``x`` on ``ground`` with its arm out towards negative x (or positive, flipped)."""
    body, dark, trim = palette
    pen = Pen(draw, (x, ground), scale, flip)
    pen.rect(-185, -62, 185, 0, RUBBER, radius=30)
    for rx in range(-150, 170, 50):
        pen.circle(rx, -30, 16, METAL_DARK)
    pen.rect(-150, -82, 150, -60, (70, 74, 80))
    pen.rect(-150, -170, 170, -82, body, dark, radius=10)
    pen.rect(100, -185, 200, -90, darker(body, 0.35), dark, radius=12)  # counterweight
    pen.rect(-10, -205, 90, -168, darker(body, 0.15), radius=6)
    if tool == "long-reach":
        if variant == "demolition":
            joints = [(-30, -190), (-200, -560), (-420, -760), (-600, -620)]
            widths = [60, 46, 34]
        else:
            joints = [(-30, -190), (-330, -560), (-900, -120)]
            widths = [56, 34]
    else:
        joints = [(-30, -190), (-280, -480)]
        widths = [62, 44]
        by1 = KIND_BOXES[tool][3]
        tool_scale = 0.42 if tool != "coupler" else 0.5
        joints.append((-420, -by1 * tool_scale + 18))
    for (a, b), width in zip(zip(joints, joints[1:], strict=False), widths, strict=True):
        pen.line([a, b], dark, width + 8)
        pen.line([a, b], body, width)
    pen.cylinder((-60, -130), ((joints[0][0] + joints[1][0]) / 2 - 20, (joints[0][1] + joints[1][1]) / 2 + 30), 22)
    for joint in joints[:-1]:
        pen.pin(*joint, 18)
    # The cab stands in front of the boom foot.
    pen.rect(-160, -300, -50, -166, body, dark, radius=10)
    pen.poly([(-150, -290), (-70, -290), (-70, -205), (-150, -205)], (150, 190, 215))
    tip = joints[-1]
    if tool == "long-reach":
        if variant == "demolition":
            _shear(pen.sub(*tip, 0.5), "demolition", trim, dark, body, background)
        else:
            _bucket(pen.sub(*tip, 0.42), "standard", trim, dark, body, background)
    elif tool == "coupler":
        _coupler(pen.sub(*tip, 0.5), variant, trim, dark, body, background)
        _bucket(pen.sub(tip[0], tip[1] + 150, 0.42), "standard", body, dark, trim, background)
    else:
        DRAWERS[tool](pen.sub(*tip, tool_scale), variant, trim if tool != "bucket" else body, dark, body, background)


def _sky_and_hills(size, rng, haze=(226, 234, 240), hills=(120, 150, 120)):
    width, height = size
    image = gradient(size, (120, 168, 214), haze, direction="vertical")
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.52)
    points = [(0, horizon)]
    for x in range(0, width + 80, 80):
        points.append((x, horizon - rng.randint(30, 110)))
    points.append((width, horizon + 40))
    points.append((0, horizon + 40))
    draw.polygon(points, fill=hills)
    return image, draw, horizon


def _speckle(draw, rng, box, colours, count):
    x0, y0, x1, y1 = box
    for _ in range(count):
        x, y = rng.randint(x0, x1), rng.randint(y0, y1)
        r = rng.randint(2, 6)
        draw.ellipse([x - r, y - r * 0.6, x + r, y + r * 0.6], fill=rng.choice(colours))


SCENE_TOOLS = {
    "river": ("long-reach", "long-reach"),
    "solar": ("vibro", "side"),
    "demolition": ("long-reach", "demolition"),
    "quarry": ("breaker", "top"),
    "forest": ("grapple", "rotating"),
    "scrap": ("shear", "scrap"),
    "earthworks": ("bucket", "standard"),
    "factory": ("breaker", "box"),
}


def site_scene(scene, seed, size=PHOTO_SIZE, tool=None, variant=None):
    """A simple site photo: sky, hills, ground and props for ``scene``, an excavator at work. Returns an RGB image."""
    rng = random.Random(f"scene:{scene}:{seed}")
    width, height = size
    tool_kind, tool_variant = tool or SCENE_TOOLS[scene][0], variant or SCENE_TOOLS[scene][1]
    palette = PALETTES[rng.randrange(2)]
    if scene == "factory":
        image = gradient(size, (150, 156, 162), (200, 204, 208), direction="vertical")
        draw = ImageDraw.Draw(image)
        for x in range(0, width, 160):
            draw.rectangle([x, 0, x + 14, height * 0.7], fill=(110, 118, 126))
        draw.rectangle([0, 60, width, 80], fill=(96, 104, 112))
        floor = int(height * 0.7)
        draw.rectangle([0, floor, width, height], fill=(120, 124, 120))
        draw.rectangle([0, floor + 30, width, floor + 40], fill=(230, 190, 40))
        ground = height - 40
        _excavator(
            draw, width * 0.74, ground, height / 1000, tool_kind, tool_variant, palette, background=(200, 204, 208)
        )
        return image
    hills = {"forest": (70, 112, 70), "quarry": (150, 140, 120), "scrap": (130, 140, 130)}.get(scene, (118, 150, 116))
    image, draw, horizon = _sky_and_hills(size, rng, hills=hills)
    soil = {"river": (134, 110, 78), "solar": (132, 146, 96), "demolition": (150, 146, 138), "quarry": (168, 156, 136),
            "forest": (110, 96, 70), "scrap": (120, 116, 110)}.get(scene, (150, 118, 82))  # fmt: skip
    ground_top = horizon + 30
    draw.rectangle([0, ground_top, width, height], fill=soil)
    _speckle(draw, rng, (0, ground_top, width, height), [darker(soil, 0.15), lighter(soil, 0.12)], 140)
    if scene == "river":
        draw.polygon(
            [(0, height * 0.68), (width * 0.55, height * 0.62), (width * 0.62, height), (0, height)],
            fill=(70, 110, 130),
        )
        for i in range(12):
            y = height * 0.72 + i * 18
            x = rng.randint(20, int(width * 0.4))
            draw.line([(x, y), (x + rng.randint(40, 120), y)], fill=(120, 160, 178), width=3)
    elif scene == "solar":
        for row in range(4):
            y = ground_top + 20 + row * 40
            for i in range(14):
                x = 40 + i * 48 + row * 10
                draw.polygon([(x, y), (x + 40, y), (x + 30, y - 22), (x - 10, y - 22)], fill=(34, 52, 90))
                draw.line([(x + 14, y), (x + 14, y + 14)], fill=(140, 146, 150), width=3)
        for i in range(8):
            x = width * 0.08 + i * 60
            draw.rectangle([x, height * 0.78, x + 10, height * 0.9], fill=(140, 146, 150))
    elif scene == "demolition":
        bx = int(width * 0.06)
        floors, bay = 7, int(height * 0.075)
        base = height * 0.86
        for f in range(floors):
            y = base - (f + 1) * bay
            cols = 5 if f < floors - 2 else 3
            draw.rectangle([bx, y, bx + 90 * cols, y + 12], fill=(176, 172, 164))
            for c in range(cols + 1):
                draw.rectangle([bx + c * 90, y, bx + c * 90 + 14, y + bay], fill=(160, 156, 150))
        for _ in range(24):
            x, y = rng.randint(bx, bx + 520), rng.randint(int(base) - 30, int(base) + 40)
            draw.polygon(
                [(x, y), (x + rng.randint(10, 40), y - rng.randint(5, 25)), (x + rng.randint(20, 50), y + 10)],
                fill=(140, 134, 126),
            )
    elif scene == "quarry":
        points = [(0, ground_top - 140)]
        for x in range(0, int(width * 0.6), 60):
            points.append((x, ground_top - 200 + rng.randint(-40, 40)))
        points += [(width * 0.6, ground_top + 20), (0, ground_top + 20)]
        draw.polygon(points, fill=(140, 128, 112))
        for _ in range(30):
            x, y = rng.randint(0, int(width * 0.55)), rng.randint(int(height * 0.7), height - 30)
            r = rng.randint(14, 40)
            draw.polygon(
                [(x - r, y), (x - r * 0.4, y - r), (x + r * 0.7, y - r * 0.8), (x + r, y)],
                fill=rng.choice([(120, 112, 104), (160, 150, 140), (100, 94, 88)]),
            )
    elif scene == "forest":
        for _ in range(26):
            x = rng.randint(0, width)
            y = horizon + rng.randint(-30, 30)
            h = rng.randint(70, 150)
            draw.polygon(
                [(x, y - h), (x - h * 0.3, y + 10), (x + h * 0.3, y + 10)],
                fill=rng.choice([(40, 84, 52), (52, 100, 60)]),
            )
        for row in range(3):
            for i in range(6 - row):
                x, y, r = width * 0.08 + i * 58 + row * 29, height * 0.88 - row * 50, 28
                draw.ellipse([x - r, y - r, x + r, y + r], fill=(176, 120, 66), outline=(110, 70, 36), width=3)
    elif scene == "scrap":
        for _ in range(60):
            x, y = rng.randint(0, int(width * 0.5)), rng.randint(int(height * 0.62), height - 20)
            s = rng.randint(16, 50)
            draw.polygon(
                [(x, y), (x + s, y - rng.randint(4, s)), (x + s * 1.4, y + 6), (x + s * 0.4, y + s * 0.4)],
                fill=rng.choice([(120, 70, 40), (100, 100, 104), (150, 90, 50), (80, 78, 76)]),
            )
    else:  # earthworks
        draw.polygon(
            [(0, height), (width * 0.08, height * 0.72), (width * 0.3, height * 0.66), (width * 0.45, height)],
            fill=darker(soil, 0.12),
        )
    ground = height - 50
    _excavator(draw, width * 0.76, ground, height / 950, tool_kind, tool_variant, palette, background=soil)
    return image


def case_photo(scene, seed):
    """A 1200 × 800 JPEG site photo."""
    return jpeg(site_scene(scene, seed))


def product_at_work(kind, variant, scene, seed):
    """A 1200 × 800 JPEG of an excavator working with this kind of attachment."""
    return jpeg(site_scene(scene, seed, tool=kind, variant=variant))


def video_poster(scene, title, seed, tool=None, variant=None):
    """A 1280 × 720 JPEG: a site scene, darkened at the bottom, with a play button and a Latin title."""
    image = site_scene(scene, seed, size=POSTER_SIZE, tool=tool, variant=variant).convert("RGBA")
    width, height = POSTER_SIZE
    overlay = Image.new("RGBA", POSTER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle([0, height - 150, width, height], fill=(10, 16, 24, 170))
    cx, cy, r = width // 2, height // 2 - 30, 70
    draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(255, 255, 255, 200))
    draw.polygon([(cx - 24, cy - 38), (cx - 24, cy + 38), (cx + 42, cy)], fill=(*ORANGE_DARK, 255))
    draw.text((48, height - 96), title.upper(), font=font(40), fill=(255, 255, 255, 255))
    draw.text((48, height - 44), "KEDE GROUP  |  PRODUCT VIDEO", font=font(22), fill=(*ORANGE, 255))
    return jpeg(Image.alpha_composite(image, overlay), quality=76)


# --- brochures -----------------------------------------------------------------------------------


def brochure_pdf(title, lines):
    """A small, valid one-page A4 PDF (Helvetica, Latin text) with an orange header bar."""
    content = ["1 0.52 0.12 rg 0 782 595 60 re f", "BT /F1 26 Tf 1 1 1 rg 40 802 Td (KEDE GROUP) Tj ET"]
    content.append(f"BT /F1 22 Tf 0.06 0.11 0.16 rg 40 730 Td ({pdf_text(title)}) Tj ET")
    y = 690
    for line in lines:
        content.append(f"BT /F1 12 Tf 0.2 0.25 0.3 rg 40 {y} Td ({pdf_text(line)}) Tj ET")
        y -= 22
    content.append(
        "BT /F1 9 Tf 0.4 0.4 0.4 rg 40 40 Td (Hengyang Kede Engineering Machinery Co., Ltd.  |  400-0734-868) Tj ET"
    )
    return pdf_page("\n".join(content).encode("latin-1"), font=HELVETICA_WINANSI)
