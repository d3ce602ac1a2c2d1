"""Bench applications: ``size.applications`` applications with phone numbers, spread over the
openings, all pointing at one shared small résumé file in private storage (see core.demo.bench)."""

import random
from collections import Counter

from django.utils import timezone

from core.demo.bench import bulk_insert
from core.demo.documents import pdf_document
from core.demo.seeding import ensure_file

from ..models import Application, Job, PrivacyNotice

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周杰", "吴霞"]
CITIES = ["烟台", "长沙", "衡阳", "成都", "武汉", "西安"]


def seed_bench(size, progress):
    rng = random.Random(40)
    counts = Counter()
    missing = size.applications - Application.objects.count()
    if missing <= 0:
        return counts
    jobs = [*Job.objects.all(), None]  # None: a general application
    notice = PrivacyNotice.objects.order_by("-created_at").first()
    resume, _written = ensure_file(
        Application, "resume", None, "bench-resume.pdf", lambda: pdf_document("Resume (bench)", "Kede Group applicant")
    )
    now = timezone.now()
    start = Application.objects.count() + 1

    def rows():
        for number in range(start, start + missing):
            job = rng.choice(jobs)
            yield Application(
                job=job,
                name=rng.choice(NAMES),
                phone=f"+86138{number:08d}",
                email=f"applicant{number}@example.com",
                education=rng.choice(Application.Education.values),
                years_experience=rng.randint(0, 20),
                desired_position=job.title if job else "技术员",
                expected_city=rng.choice(CITIES),
                resume=resume,
                resume_name="简历.pdf",
                consent_at=now,
                privacy_version=notice.version if notice else "bench",
                status=rng.choice(Application.Status.values),
                submission_key=f"bench-application-{number}",
            )

    with progress("applications", missing) as bar:
        counts["applications"] += bulk_insert(Application, rows(), bar)
    return counts
