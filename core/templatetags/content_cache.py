"""``{% cached_fragment "name" vary_on… %}…{% endcached_fragment %}``: a template fragment
cached per content version through core.cache.cached_by_version, like the Python fragments."""

import hashlib

from django import template

from ..cache import cached_by_version

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        values = "|".join(str(part.resolve(context)) for part in self.parts)
        key = f"kede:fragment:{hashlib.sha256(values.encode()).hexdigest()}"
        return cached_by_version(key, lambda: self.nodelist.render(context))


@register.tag
def cached_fragment(parser, token):
    """The fragment's name, then the values it varies on (the language, say)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name.")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
