"""A builtin ``{% extends %}`` that finds the root template's blocks once per template.

Django's ``ExtendsNode`` walks the whole node tree of the root template (base.html) on
every render to collect its ``{% block %}`` nodes: about 3 % of a public page rendered
without the page cache. The tree of a compiled template never changes, so the blocks are
kept per compiled template object (weakly: a template reloaded in development is a new
object and is walked again). The rendered output is Django's: a test compares them.
"""

from __future__ import annotations

import weakref

from django import template
from django.template.base import TextNode
from django.template.loader_tags import (
    BLOCK_CONTEXT_KEY,
    BlockContext,
    BlockNode,
    ExtendsNode,
    do_extends,
)

register = template.Library()

# Compiled root template -> {block name: BlockNode}; a template that itself extends
# another maps to None.
_blok_akar: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def blok_akar(induk) -> dict | None:
    """The ``{% block %}`` nodes of ``induk`` when it is a root template (no extends)."""
    try:
        return _blok_akar[induk]
    except KeyError:
        pass
    blok = None
    for node in induk.nodelist:
        # As ExtendsNode.render: the extends tag has to be the first non-text node.
        if not isinstance(node, TextNode):
            if not isinstance(node, ExtendsNode):
                blok = {n.name: n for n in induk.nodelist.get_nodes_by_type(BlockNode)}
            break
    _blok_akar[induk] = blok
    return blok


class ExtendsCepatNode(ExtendsNode):
    def render(self, context):
        compiled_parent = self.get_parent(context)
        if BLOCK_CONTEXT_KEY not in context.render_context:
            context.render_context[BLOCK_CONTEXT_KEY] = BlockContext()
        block_context = context.render_context[BLOCK_CONTEXT_KEY]
        block_context.add_blocks(self.blocks)
        blok = blok_akar(compiled_parent)
        if blok is not None:
            block_context.add_blocks(blok)
        with context.render_context.push_state(compiled_parent, isolated_context=False):
            return compiled_parent._render(context)


@register.tag("extends")
def extends_cepat(parser, token):
    node = do_extends(parser, token)
    return ExtendsCepatNode(node.nodelist, node.parent_name)
