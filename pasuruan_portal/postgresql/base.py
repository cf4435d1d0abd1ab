"""Django's PostgreSQL backend with a health check that costs no round trip.

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
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base
from psycopg import Error as PsycopgError
from psycopg.pq import ConnStatus, TransactionStatus


class DatabaseWrapper(base.DatabaseWrapper):
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
