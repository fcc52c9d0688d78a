"""Django's database sessions, with the read every signed-in request makes written as SQL (kumppani/core/rows.py).

SESSION_ENGINE = "kumppani.accounts.sessions". Saving, expiry and clearing are Django's own.
"""

from typing import Any

from django.contrib.sessions.backends import db
from django.db import connection
from django.utils import timezone


class SessionStore(db.SessionStore):
    def _get_session_from_db(self) -> Any:
        """The session's row (only session_data is read), or None, forgetting the key, as Django's own does."""
        table = connection.ops.quote_name(self.model._meta.db_table)
        sql = f"SELECT session_data FROM {table} WHERE session_key = %s AND expire_date > %s"  # noqa: S608 -- the model's own table name
        with connection.cursor() as cursor:
            cursor.execute(sql, [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())])
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return None
        return self.model(session_key=self.session_key or "", session_data=row[0])
