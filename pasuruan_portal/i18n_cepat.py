"""``{% load i18n_cepat %}``: Django's ``i18n``, with a ``{% translate %}`` that remembers
its text.

Every public page prints 20 to 40 constant ``{% translate "..." %}`` texts. Django's node makes
a lazy translation object for each one on every render and turns it into text through the
active catalog: about 6 µs a tag, a tenth of a page without the page cache. The text of a
constant message depends only on the language (and on autoescape), so this node keeps it
per node after the first render. Everything else of Django's ``i18n`` library is reused
as it is. The project's templates load ``i18n_cepat`` where they would load ``i18n`` (a
test checks it); Django's own and third-party templates keep ``i18n``.

A catalog reloaded in development (a ``.mo`` file changed under runserver) starts the stored
texts afresh, as Django's own translation cache does.
"""

from __future__ import annotations

from django import template
from django.templatetags import i18n as django_i18n
from django.utils.autoreload import file_changed
from django.utils.translation import get_language

register = template.Library()
register.tags.update(django_i18n.register.tags)
register.filters.update(django_i18n.register.filters)

# Bumped when a catalog is reloaded: every node then forgets what it kept.
_generasi = 0


def _katalog_dimuat_ulang(sender, file_path, **kwargs):
    global _generasi
    if file_path.suffix == ".mo":
        _generasi += 1


file_changed.connect(_katalog_dimuat_ulang, dispatch_uid="i18n_cepat")


class TranslateTetapNode(django_i18n.TranslateNode):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        var = self.filter_expression.var
        # Only a constant message printed as it is: no filters, no "as" variable, no
        # context (which may be a variable), not noop.
        self.tetap = (
            getattr(var, "literal", None) is not None
            and getattr(var, "lookups", None) is None
            and not self.filter_expression.filters
            and not self.asvar
            and self.message_context is None
            and not self.noop
        )
        self._hasil: dict = {}
        self._generasi = _generasi

    def render(self, context):
        if not self.tetap:
            return super().render(context)
        if self._generasi != _generasi:
            self._hasil, self._generasi = {}, _generasi
        kunci = (get_language(), context.autoescape)
        hasil = self._hasil.get(kunci)
        if hasil is None:
            hasil = self._hasil[kunci] = super().render(context)
        return hasil


@register.tag("translate")
@register.tag("trans")
def do_translate(parser, token):
    node = django_i18n.do_translate(parser, token)
    return TranslateTetapNode(node.filter_expression, node.noop, node.asvar, node.message_context)
