"""Run a ``values()`` QuerySet from SQL compiled once per process.

On the public event pages, building and compiling a QuerySet (clones, lookups, joins,
``as_sql``) costs several times the CPU that PostgreSQL needs to run it and send the rows.
The SQL text depends only on the code and on the arguments the QuerySet is built from (a
date, a filter value, a page offset), never on what is in the database: so it is compiled
once per set of arguments and kept (a bounded LRU). Every call still runs the query and
reads fresh rows; nothing read from the database is kept.
"""

from __future__ import annotations

import functools

from django.core.exceptions import EmptyResultSet
from django.db import connections, router


@functools.lru_cache(maxsize=512)
def _compile(build, args, alias):
    query = build(*args).query
    compiler = query.get_compiler(using=alias)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return None
    names = [*query.extra_select, *query.values_select, *query.annotation_select]
    converters = compiler.get_converters([s[0] for s in compiler.select])
    return sql, tuple(params), names, converters


def rows(model, build, *args) -> list[dict]:
    """``list(build(*args))`` for a ``values()`` QuerySet of ``model``: the same dicts.

    ``build`` must be a module-level function and ``args`` hashable (dates, strings, ints,
    None): together they are the key of the compiled SQL."""
    alias = router.db_for_read(model)
    compiled = _compile(build, args, alias)
    if compiled is None:
        return []
    sql, params, names, converters = compiled
    connection = connections[alias]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        data = cursor.fetchall()
    if converters:  # SQLite (dates come back as text); PostgreSQL needs none here.
        data = [list(row) for row in data]
        for row in data:
            for pos, (functions, expression) in converters.items():
                value = row[pos]
                for convert in functions:
                    value = convert(value, expression, connection)
                row[pos] = value
    return [dict(zip(names, row, strict=True)) for row in data]
