"""Pause the cyclic garbage collector while a large structure without cycles is built.

Building many small objects (a trie of 100k words, the directives of 20k suppression comments)
triggers collection after collection, each walking a heap that keeps growing: the building time
grows faster than the input.  The objects these callers create hold no reference cycles, so
nothing is lost by collecting once afterwards.  A collector that was already off stays off.
"""

from __future__ import annotations

import functools
import gc
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def paused(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return run
