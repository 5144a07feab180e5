"""Pause the cyclic garbage collector while a large structure without cycles is built.

Building many small objects (a trie of 100k words, the directives of 20k suppression comments)
triggers collection after collection, each walking a heap that keeps growing: the building time
grows faster than the input.  The objects these callers create hold no reference cycles, so nothing
is lost by leaving the collector off meanwhile; it runs again as usual afterwards.

    with paused():
        ...

Pauses may nest and overlap across threads: only the outermost one turns the collector off, and
only when the last one ends is it turned back on, and then only if it was on before (a collector
the application had turned off stays off).  ``@paused()`` also works, but mutmut does not mutate a
decorated function: the modules under mutation testing use the ``with`` form.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # pauses in progress, in every thread
_was_enabled = False  # the collector's state when the outermost pause began


@contextmanager
def paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
