"""Pause the cyclic garbage collector while a large structure without cycles is built.

Building many small objects (a trie of 100k words, the directives of 20k suppression comments)
triggers collection after collection, each walking a heap that keeps growing: the building time
grows faster than the input.  The objects these callers create hold no reference cycles, so
nothing is lost by collecting once afterwards.  A collector that was already off stays off.

    with paused():
        ...

(``@paused()`` also works, but mutmut does not mutate a decorated function: the modules under
mutation testing use the ``with`` form.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
