"""Run ``values()`` QuerySets of the public pages from SQL compiled once per process.

On the public pages, building and compiling a QuerySet (clones, lookups, joins,
``as_sql``) costs several times the CPU that PostgreSQL needs to run it and send the rows.
The SQL text depends only on the code and on the arguments the QuerySet is built from (a
filter value, a date, a page offset), never on what is in the database: so it is compiled
once per set of arguments and kept (a bounded LRU). Every call still runs the query and
reads fresh rows; nothing read from the database is kept. On PostgreSQL the statements are
also prepared on the server, once per connection (``DB_PERNYATAAN_SIAP``).

A prepared statement is planned once only if PostgreSQL can use its generic plan: a
statement whose filters are all ``$n`` parameters gets a new "custom" plan at every run
when the generic one cannot use the partial indexes (``diterbitkan AND status IN (...)``
is only provably the index's predicate with the constants in the text). That planning
cost more than running the query. So the constants of a prepared statement are written
into its text as SQL literals, quoted by psycopg with the connection's adapters, and only
the ``Param`` values stay parameters.

An argument wrapped in ``Param`` (a slug, a primary key) is a query parameter only: the
SQL is compiled once with a stand-in value and the real one is put in its place at every
call, so a page per service does not compile (and keep) one SQL text per service.
"""

from __future__ import annotations

import functools
import re
from collections import namedtuple
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections, router


@dataclass(frozen=True)
class Param:
    """A value that only fills a placeholder of the SQL (``=``), or a tuple of them
    (``__in``: compiled once per length)."""

    value: Any


@dataclass(frozen=True)
class _Slot:
    index: int
    kind: type
    length: int | None = None


def _stand_in_one(kind, number):
    # Values no real row has, recognisable in the compiled parameters.
    if kind is int:
        return -7_300_000_000 - number
    return f"\x1fparameter-{number}\x1f"


def _stand_in(slot: _Slot):
    if slot.length is None:
        return _stand_in_one(slot.kind, slot.index * 10_000)
    return tuple(_stand_in_one(slot.kind, slot.index * 10_000 + j) for j in range(slot.length))


def _positions(slot: _Slot):
    """(stand-in, where its real value is: (argument, element or None)) of a slot."""
    if slot.length is None:
        return [(_stand_in(slot), (slot.index, None))]
    return [(v, (slot.index, j)) for j, v in enumerate(_stand_in(slot))]


_PLACEHOLDER = re.compile(r"%%|%s")


def _inline_constants(sql, params, slots, alias):
    """The SQL with every parameter that is not a ``Param`` slot written as a literal; the
    remaining parameters and their slots renumbered."""
    from psycopg.sql import Literal  # only the PostgreSQL backend gets here

    connection = connections[alias]
    connection.ensure_connection()
    kept, new_slots = [], {}
    position = iter(range(len(params)))

    def replace(match):
        if match.group(0) == "%%":
            return "%%"
        i = next(position)
        if i in slots:
            new_slots[len(kept)] = slots[i]
            kept.append(params[i])
            return "%s"
        # psycopg escapes the value (quotes, backslashes, encoding) as libpq does; the
        # result still goes through placeholder parsing, hence %% for a literal %.
        return Literal(params[i]).as_string(connection.connection).replace("%", "%%")

    sql = _PLACEHOLDER.sub(replace, sql)
    return sql, tuple(kept), new_slots


@functools.lru_cache(maxsize=512)
def _compile(build, key, alias, wrap_count, inline=False):
    args = [_stand_in(a) if isinstance(a, _Slot) else a for a in key]
    query = build(*args).query
    if wrap_count:
        query = query.clone()
        query.clear_ordering(force=True)
    compiler = query.get_compiler(using=alias)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return None
    if wrap_count:
        # The database flattens the subquery; the filters and joins stay exactly the ORM's.
        sql = f"SELECT COUNT(*) FROM ({sql}) subquery"  # noqa: S608  # nosec: compiled SQL
    slots = {}
    for slot in (a for a in key if isinstance(a, _Slot)):
        for stand_in, where in _positions(slot):
            found = [i for i, p in enumerate(params) if p == stand_in]
            if len(found) != 1:
                raise ValueError(
                    f"Param {slot.index} of {build.__qualname__} is not one placeholder"
                )
            slots[found[0]] = where
    if inline:
        sql, params, slots = _inline_constants(sql, params, slots, alias)
    # As ValuesIterable: since Django 5.2 the columns are in the order values() named them.
    if query.selected:
        names = list(query.selected)
    else:
        names = [*query.extra_select, *query.values_select, *query.annotation_select]
    converters = {} if wrap_count else compiler.get_converters([s[0] for s in compiler.select])
    return sql, tuple(params), slots, tuple(names), converters


def _slot(index, value):
    if isinstance(value, tuple):
        kinds = {type(v) for v in value}
        return _Slot(index, kinds.pop() if len(kinds) == 1 else str, len(value))
    return _Slot(index, type(value))


def _key(args):
    return tuple(_slot(i, a.value) if isinstance(a, Param) else a for i, a in enumerate(args))


def _prepared(connection) -> bool:
    # Prepared on PostgreSQL (pasuruan_portal/postgresql): the same texts run again and
    # again, and a prepared one is not parsed and planned each time.
    return settings.DB_PERNYATAAN_SIAP and hasattr(connection, "kursor_disiapkan")


def _execute(model, build, args, wrap_count=False):
    alias = router.db_for_read(model)
    connection = connections[alias]
    prepared = _prepared(connection)
    compiled = _compile(build, _key(args), alias, wrap_count, prepared)
    if compiled is None:
        return None, ()
    sql, params, slots, names, converters = compiled
    if slots:
        params = list(params)
        for position, (index, element) in slots.items():
            value = args[index].value
            params[position] = value if element is None else value[element]
    with connection.kursor_disiapkan() if prepared else connection.cursor() as cursor:
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
    return data, names


def rows(model, build, *args) -> list[dict]:
    """``list(build(*args))`` for a ``values()`` QuerySet of ``model``: the same dicts.

    ``build`` must be a module-level function and ``args`` hashable (dates, strings, ints,
    None, ``Param``): together they are the key of the compiled SQL."""
    data, names = _execute(model, build, args)
    if data is None:
        return []
    return [dict(zip(names, row, strict=True)) for row in data]


@functools.lru_cache(maxsize=64)
def _row_type(names):
    return namedtuple("Row", names, rename=False)


def named_rows(model, build, *args) -> list:
    """As ``rows``, as named tuples (``values_list(..., named=True)``)."""
    data, names = _execute(model, build, args)
    if data is None:
        return []
    row_type = _row_type(names)
    return [row_type._make(row) for row in data]


def count(model, build, *args) -> int:
    """``build(*args).count()``."""
    data, _names = _execute(model, build, args, wrap_count=True)
    return data[0][0] if data else 0
