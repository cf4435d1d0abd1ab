"""The minimal view benchmarks compare the public pages with (TOLOK_UKUR=1 only).

It goes through the whole middleware stack like any page, but renders no template and
asks nothing of the database or the cache: what is left is the cost of gunicorn, Django's
request handling and the middleware, the ceiling any page could reach on the machine.
"""

from django.http import HttpResponse
from django.views.decorators.http import require_GET


@require_GET
def minimal(request):
    return HttpResponse(b"ok\n", content_type="text/plain; charset=utf-8")
