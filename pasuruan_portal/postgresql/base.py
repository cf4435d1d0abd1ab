"""Django's PostgreSQL backend with a health check that costs no round trip, and a cursor
whose statements are prepared on the server.

``CONN_HEALTH_CHECKS`` makes Django call ``is_usable()`` before a persistent connection
serves a new request; Django's own check sends ``SELECT 1`` and waits for the answer: one
more round trip on every page, about a tenth of a public page's cost on the server.

A connection the server has ended (PostgreSQL restarted or stopped, the backend
terminated, the server's host gone down with its TCP stack answering) is *readable* while
the client expects nothing: the server sent its FATAL message and closed the socket. So
the check looks at the socket without blocking: nothing to read means the connection is
as it was left at the end of the last request; something to read is consumed, and the
connection is kept only if libpq still reports it OK and idle, after Django's own
``SELECT 1`` confirms it. A silently vanished server (a cable cut) is not seen by either
check until a query times out.

Prepared statements (``kursor_disiapkan``): the public pages run the same few SQL texts
(pasuruan_portal/precompiled.py) thousands of times per connection; PostgreSQL parses and
plans each one again unless it is prepared, a third of a page's database time. Only that
cursor prepares: Django's own cursors bind parameters on the client and never do.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base
from django.db.backends.utils import CursorDebugWrapper, CursorWrapper
from psycopg import Error as PsycopgError
from psycopg.pq import ConnStatus, TransactionStatus

# psycopg prepares a statement after this many executions; Django turns it off (None).
# Set this high, only the statements ``kursor_disiapkan`` asks for are prepared.
_HANYA_DIMINTA = 2**31


class _KursorSiap(base.ServerBindingCursor):
    """Server-side binding, every statement prepared (once per connection)."""

    def execute(self, query, params=None, *, prepare=None, binary=None):
        return super().execute(query, params, prepare=prepare is not False, binary=binary)


class _KursorDebugSiap(CursorDebugWrapper):
    """Query logging (DEBUG, assertNumQueries) for ``_KursorSiap``: Django's reads the SQL
    text psycopg bound on the client, which a server-side statement does not have."""

    def execute(self, sql, params=None):
        with self.debug_sql(self.db.ops.compose_sql(sql, params)):
            return CursorWrapper.execute(self, sql, params)


class DatabaseWrapper(base.DatabaseWrapper):
    def kursor_disiapkan(self):
        """A Django cursor (health check, query logging, error wrapping as ``cursor()``)
        whose statements are prepared on the server."""
        self.close_if_health_check_failed()
        self.ensure_connection()
        if self.connection.prepare_threshold is None:
            self.connection.prepare_threshold = _HANYA_DIMINTA
        with self.wrap_database_errors:
            kursor = _KursorSiap(self.connection)
        self.validate_thread_sharing()
        if self.queries_logged:
            return _KursorDebugSiap(kursor, self)
        return self.make_cursor(kursor)

    def is_usable(self):
        koneksi = self.connection
        if koneksi is None or koneksi.closed or koneksi.broken:
            return False
        pgconn = koneksi.pgconn
        if pgconn.status != ConnStatus.OK:
            return False
        try:
            terbaca, _, _ = select.select([pgconn.socket], [], [], 0)
        except (OSError, ValueError, PsycopgError):
            return False
        if not terbaca and pgconn.transaction_status == TransactionStatus.IDLE:
            return True
        # The server spoke unasked (usually its goodbye): read it, then ask it properly.
        try:
            pgconn.consume_input()
        except PsycopgError:
            return False
        if pgconn.status != ConnStatus.OK:
            return False
        return super().is_usable()
