"""Django's user-name and password sign-in, with the user read for every signed-in request written as SQL
(kumppani/core/rows.py)."""

import functools
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connection

from kumppani.core.rows import Columns, one_row


@functools.cache
def _user_sql(vendor: str) -> tuple[str, Columns]:
    users = Columns(get_user_model(), "u")
    pk = connection.ops.quote_name(str(get_user_model()._meta.pk.column))  # type: ignore[union-attr]
    return f"SELECT {users.select()} FROM {users.table()} WHERE u.{pk} = %s", users  # noqa: S608 -- the model's own names


class PasswordBackend(ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        sql, users = _user_sql(connection.vendor)
        found = one_row(sql, [user_id], users)
        user: Any = found[0] if found else None
        return user if user is not None and self.user_can_authenticate(user) else None
