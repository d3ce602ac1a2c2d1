from .applications import Case, CaseImage, Video
from .catalog import Category, ExcavatorBrand, Product, ProductImage, ProductSpec, SpecField

__all__ = [
    "Case",
    "CaseImage",
    "Category",
    "ExcavatorBrand",
    "Product",
    "ProductImage",
    "ProductSpec",
    "SpecField",
    "Video",
]
