"""HR's status workflow for applications: which moves are allowed, and the history they leave.

new → reviewing → interview → offer / rejected / withdrawn. An application can be closed (rejected or
withdrawn) from any open step, and an offer straight from review; HR may step back one open step
(interview → reviewing) or reopen a rejection by mistake (rejected → reviewing). Nothing goes back
to *new*: that status means nobody has handled it yet, which the retention rule relies on.
"""

from .models import Application, ApplicationEvent

Status = Application.Status

NEXT_STATUSES = {
    Status.NEW: (Status.REVIEWING, Status.INTERVIEW, Status.REJECTED, Status.WITHDRAWN),
    Status.REVIEWING: (Status.INTERVIEW, Status.OFFER, Status.REJECTED, Status.WITHDRAWN),
    Status.INTERVIEW: (Status.REVIEWING, Status.OFFER, Status.REJECTED, Status.WITHDRAWN),
    Status.OFFER: (Status.WITHDRAWN,),
    Status.REJECTED: (Status.REVIEWING,),
    Status.WITHDRAWN: (),
}


def can_move(current, target):
    return target in NEXT_STATUSES.get(current, ())


def status_choices(current):
    """The choices HR's change form offers for an application now in ``current``: it and its next steps."""
    allowed = {current, *NEXT_STATUSES.get(current, ())}
    return [(value, label) for value, label in Status.choices if value in allowed]


def record(application, user, kind, detail=""):
    return ApplicationEvent.objects.create(application=application, user=user, kind=kind, detail=detail)
