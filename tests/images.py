"""Image files the tests need that Pillow cannot write, and a record of what Pillow parses."""

import functools
import io
import struct

from PIL import Image, ImageDraw


def psd_bytes(size=(10, 10)):
    """A small RGB Photoshop file, uncompressed (Pillow reads PSD but cannot write it)."""
    width, height = size
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + bytes(3 * width * height)


def record_parsing(monkeypatch, image_format):
    """A list that gets ``image_format`` each time Pillow's parser of that format reads a file."""
    parser = Image.OPEN[image_format][0]
    original_open = parser._open
    parsed = []

    def spy(image):
        parsed.append(image_format)
        return original_open(image)

    monkeypatch.setattr(parser, "_open", spy)
    return parsed


@functools.cache
def huge_flat_png():
    """A 9,400 × 9,400 PNG of a few hundred kilobytes that takes 253 MiB once decoded (made once per run)."""
    image = Image.new("RGB", (9400, 9400), (240, 240, 240))
    draw = ImageDraw.Draw(image)
    for y in range(0, 9400, 40):
        draw.line([(0, y), (9400, y)], fill=(30, 60, 90), width=2)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def decoding_count():
    """How many images Pillow has decoded (allocated pixel memory for) so far in this process."""
    return Image.core.get_stats()["new_count"]
