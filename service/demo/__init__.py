"""Demo service content, written idempotently: the sales network (offices and dealers covering every
province), the repair process, a few messages approved for the board with their replies, and a few
repair requests with generated photos in private storage.

Offices are found by name, steps by title, messages and requests by their fixed demo references,
photos by their request; running it again changes nothing.
"""

import datetime
from collections import Counter

from django.db import transaction
from django.utils import timezone
from PIL import ImageDraw

from core.demo.english import write_english
from core.demo.images import font, gradient, jpeg
from core.demo.seeding import may_write, upsert

from ..models import Message, Office, RepairPhoto, RepairRequest, RepairStep
from ..provinces import region_of
from .content import MESSAGES, OFFICES, REPAIR_REQUESTS, REPAIR_STEPS
from .content_en import ENGLISH

SEED_AFTER = ["products", "pages"]


def repair_photo(colour, label):
    """A small picture standing in for a customer's photo of a worn part."""
    image = gradient((640, 480), colour, tuple(min(255, c + 90) for c in colour), "vertical")
    draw = ImageDraw.Draw(image)
    draw.ellipse((220, 140, 420, 340), outline=(240, 240, 240), width=10)
    draw.text((24, 430), label, font=font(28), fill=(255, 255, 255))
    return jpeg(image)


def _seed_offices(counts):
    for order, (name, kind, province, city, address, phone, person, email, covered) in enumerate(OFFICES, start=1):
        upsert(
            counts,
            Office,
            name=name,
            defaults={
                "kind": kind,
                "region": region_of(province),
                "province": province,
                "city": city,
                "address": address,
                "phone": phone,
                "contact_person": person,
                "email": email,
                "provinces_covered": covered,
                "order": order,
            },
        )
        counts["offices"] += 1


def _backdate(model, row, existed, days):
    if not existed:
        model.objects.filter(pk=row.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))


def _seed_messages(counts):
    now = timezone.now()
    for reference, name, phone, province, subject, body, reply, days, on_board in MESSAGES:
        existed = Message.objects.filter(reference=reference).exists()
        defaults = {
            "name": name,
            "phone": phone,
            "province": province,
            "subject": subject,
            "body": body,
            "public_reply": reply,
            "status": Message.Status.ANSWERED if reply else Message.Status.NEW,
            "on_board": on_board,
            "office": Office.objects.route(province),
        }
        create = defaults | {
            "submission_key": f"demo-{reference.lower()}",
            "replied_at": now - datetime.timedelta(days=days - 1) if reply else None,
        }
        row = upsert(counts, Message, reference=reference, defaults=defaults, create_defaults=create)
        _backdate(Message, row, existed, days)
        counts["messages"] += 1


def _seed_repairs(counts):
    from products.models import Category

    now = timezone.now()
    equipment = Category.objects.filter(parent__isnull=True).order_by("tree_id").first()
    for reference, contact, phone, province, model, serial, fault, status, reply, days, colour in REPAIR_REQUESTS:
        existed = RepairRequest.objects.filter(reference=reference).exists()
        defaults = {
            "contact_name": contact,
            "phone": phone,
            "province": province,
            "equipment_type": equipment,
            "brand_model": model,
            "serial_number": serial,
            "fault": fault,
            "status": status,
            "public_reply": reply,
            "office": Office.objects.route(province),
        }
        create = defaults | {
            "submission_key": f"demo-{reference.lower()}",
            "replied_at": now - datetime.timedelta(days=max(days - 2, 0)) if reply else None,
        }
        row = upsert(counts, RepairRequest, reference=reference, defaults=defaults, create_defaults=create)
        _backdate(RepairRequest, row, existed, days)
        counts["repair requests"] += 1
        if not may_write(row):  # an existing request's photos are the staff's
            continue
        upsert(
            counts,
            RepairPhoto,
            request=row,
            defaults={},
            files={
                "image": (
                    f"demo-{reference.lower()}.jpg",
                    lambda colour=colour, reference=reference: repair_photo(colour, reference),
                )
            },
        )


def seed():
    """Write the demo service content; safe to run any number of times. Returns what it did, counted."""
    counts = Counter()
    with transaction.atomic():
        _seed_offices(counts)
        for order, (title, text, icon) in enumerate(REPAIR_STEPS, start=1):
            upsert(counts, RepairStep, title=title, defaults={"text": text, "icon": icon, "order": order})
            counts["repair steps"] += 1
        _seed_messages(counts)
        _seed_repairs(counts)
        write_english(counts, ENGLISH)
    return counts
