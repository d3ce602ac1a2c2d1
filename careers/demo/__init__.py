"""Demo careers, written idempotently: openings (two closed), Q&A, the privacy notice and a few sample
applications with small generated PDF résumés in private storage.

Openings are found by slug, questions by their text, the notice by version, applications by their
fixed demo references; running it again changes nothing.
"""

import datetime
import hashlib
from collections import Counter

from django.db import transaction
from django.utils import timezone

from core.demo.documents import pdf_document
from core.demo.english import write_english
from core.demo.seeding import upsert

from ..models import Application, Job, PrivacyNotice, Question
from .content import JOBS, PRIVACY_NOTICE, QUESTIONS
from .content_en import ENGLISH

# (reference, job slug or None, name, phone, e-mail, education, years, position, city, status, days ago)
APPLICATIONS = [
    ("KDDEM2345678", "hydraulic-engineer", "王小明", "+8613812345678", "xiaoming@example.com", "bachelor", 3,
     "液压工程师", "衡阳", "new", 2),
    ("KDDEM3456789", "robot-welder", "李建国", "+8613923456789", "", "vocational", 8, "焊工", "衡阳", "interview", 6),
    ("KDDEM4567892", "after-sales-engineer", "陈静", "+8615034567890", "chenjing@example.com", "college", 5,
     "售后服务工程师", "长沙", "reviewing", 4),
    ("KDDEM5678923", None, "刘洋", "+8618645678901", "", "master", 1, "机械设计", "衡阳", "rejected", 40),
]  # fmt: skip


def _seed_jobs(counts, today):
    for order, item in enumerate(JOBS, start=1):
        closes_in = item["closes_in_days"]
        defaults = {
            "title": item["title"],
            "department": item["department"],
            "location": item["location"],
            "headcount": item["headcount"],
            "employment_type": item.get("employment_type", Job.EmploymentType.FULL_TIME),
            "posted_on": today - datetime.timedelta(days=item["posted_days_ago"]),
            "closes_on": None if closes_in is None else today + datetime.timedelta(days=closes_in),
            "duties": item["duties"].strip(),
            "requirements": item["requirements"].strip(),
            "benefits": item["benefits"].strip(),
            "order": order,
            "seo_description": (
                f"科德集团招聘{item['title']}：{item['department']}，{item['location']}，{item['headcount']}人。"
            ),
        }
        upsert(counts, Job, slug=item["slug"], defaults=defaults)
        counts["openings"] += 1


def _resume_name(reference):
    """A stable random-looking name, as real uploads get (core.files.random_name)."""
    return hashlib.sha256(reference.encode()).hexdigest()[:32] + ".pdf"


def _seed_applications(counts, notice):
    now = timezone.now()
    for reference, slug, name, phone, email, education, years, position, city, status, days in APPLICATIONS:
        defaults = {
            "job": Job.objects.filter(slug=slug).first() if slug else None,
            "name": name,
            "phone": phone,
            "email": email,
            "education": education,
            "years_experience": years,
            "desired_position": position,
            "expected_city": city,
            "cover_note": "（演示数据）",
            "privacy_version": notice.version,
            "status": status,
        }
        existing = Application.objects.filter(reference=reference).first()
        pdf = (
            _resume_name(reference),
            lambda reference=reference: pdf_document("Resume (demo)", f"Kede Group applicant {reference}"),
        )
        create = defaults | {
            "consent_at": now - datetime.timedelta(days=days),
            "closed_at": now - datetime.timedelta(days=days - 3) if status in Application.CLOSED_STATUSES else None,
            "resume_name": f"{name}的简历.pdf",
            "submission_key": f"demo-{reference.lower()}",
        }
        application = upsert(
            counts, Application, reference=reference, defaults=defaults, create_defaults=create, files={"resume": pdf}
        )
        if existing is None:
            Application.objects.filter(pk=application.pk).update(created_at=now - datetime.timedelta(days=days))
        counts["applications"] += 1


def seed():
    """Write the demo careers content; safe to run any number of times. Returns what it did, counted."""
    counts = Counter()
    today = timezone.localdate()
    with transaction.atomic():
        _seed_jobs(counts, today)
        for order, (question, answer) in enumerate(QUESTIONS, start=1):
            upsert(counts, Question, question=question, defaults={"answer": answer, "order": order})
            counts["questions"] += 1
        notice = upsert(
            counts,
            PrivacyNotice,
            version=PRIVACY_NOTICE["version"],
            defaults={"body": PRIVACY_NOTICE["body"].strip(), "is_current": True},
        )
        counts["privacy notices"] += 1
        _seed_applications(counts, notice)
        write_english(counts, ENGLISH)
    return counts
