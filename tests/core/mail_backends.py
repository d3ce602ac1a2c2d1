"""Test mail backends."""

from django.core.mail.backends.locmem import EmailBackend

from core import mail as core_mail

SECOND_TRIES = []


class SecondSenderBackend(EmailBackend):
    """While a message is being sent, a second process (cron, another worker) tries to send the same row."""

    def send_messages(self, messages):
        for pk in list(SECOND_TRIES):
            SECOND_TRIES.remove(pk)
            SECOND_TRIES.append(core_mail.deliver(pk))
        return super().send_messages(messages)
