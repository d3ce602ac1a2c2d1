"""schema.org JobPosting for an open opening and FAQPage for the questions and answers."""

from datetime import datetime, time

from django.utils import timezone

from core.structured_data import CONTEXT, iso_date, organization_ref, postal_address, text
from core.urls import absolute_url

# Our employment types as schema.org names them.
EMPLOYMENT_TYPES = {"full_time": "FULL_TIME", "part_time": "PART_TIME", "intern": "INTERN", "contract": "CONTRACTOR"}


def job_posting(job, site_settings):
    """JobPosting for an open opening, None for a closed one (search engines must drop it)."""
    if not job.is_open:
        return None
    description = "".join(str(part) for part in (job.duties, job.requirements, job.benefits) if part)
    data = {
        "@context": CONTEXT,
        "@type": "JobPosting",
        "title": job.title,
        "description": description,  # schema.org allows HTML here; ours is sanitized rich text
        "url": absolute_url(job.get_absolute_url()),
        "identifier": {"@type": "PropertyValue", "name": organization_ref(site_settings)["name"], "value": job.slug},
        "datePosted": iso_date(job.posted_on),
        "employmentType": EMPLOYMENT_TYPES.get(job.employment_type, "OTHER"),
        "hiringOrganization": organization_ref(site_settings),
        "jobLocation": {"@type": "Place", "address": postal_address(job.location, locality=job.location)},
        "totalJobOpenings": job.headcount,
        "directApply": True,
    }
    if job.department:
        data["occupationalCategory"] = job.department
    if job.closes_on:
        # Open through the last day: valid until its end, in the site's time zone.
        end = timezone.make_aware(datetime.combine(job.closes_on, time(23, 59, 59)))
        data["validThrough"] = iso_date(end)
    salary = base_salary(job)
    if salary:
        data["baseSalary"] = salary
    return data


def base_salary(job):
    """MonetaryAmount from the opening's salary range, when the opening gives one."""
    low, high = job.salary_min, job.salary_max
    if not (low or high):
        return None
    value = {"@type": "QuantitativeValue", "unitText": "MONTH"}
    if low:
        value["minValue"] = low
    if high:
        value["maxValue"] = high
    return {"@type": "MonetaryAmount", "currency": "CNY", "value": value}


def faq_page(questions):
    """FAQPage of the published questions and answers; None when there are none."""
    entities = [
        {
            "@type": "Question",
            "name": text(item.question, 300),
            "acceptedAnswer": {"@type": "Answer", "text": text(item.answer)},
        }
        for item in questions
    ]
    return {"@context": CONTEXT, "@type": "FAQPage", "mainEntity": entities} if entities else None
