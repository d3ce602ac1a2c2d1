"""Helpers for image renditions."""


def fitted_size(width, height, box_width, box_height):
    """The (width, height) an image of ``width`` × ``height`` has once resized to fit the box.

    Mirrors ``ResizeToFit(box_width, box_height, upscale=False)``, so templates can
    write exact ``width``/``height`` attributes without opening the rendition.
    """
    if not width or not height:
        return (box_width, box_height)
    ratio = min(box_width / width, box_height / height, 1)
    return (max(1, round(width * ratio)), max(1, round(height * ratio)))
