"""What every server process must see alike: rate-limit counts and the anti-bot tokens already used."""

from django.db import models


class RateLimitHit(models.Model):
    """One counted request under a key (an action with a hashed address or client); see core/ratelimit.py."""

    key = models.CharField(max_length=100)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["key", "at"], name="rate_limit_key_at_idx")]

    def __str__(self) -> str:
        return f"{self.key} {self.at:%Y-%m-%d %H:%M:%S}"


class UsedFormToken(models.Model):
    """The nonce of an anti-bot start-time token already submitted once (see core/antibot.py)."""

    nonce = models.CharField(max_length=40, unique=True)
    used_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return self.nonce
