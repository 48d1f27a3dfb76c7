"""The `lru` resource of the Python cache plugin: a least-recently-used cache in front of
the host's storage."""

from collections import OrderedDict
from typing import Optional

import wit_world
from wit_world.exports import cache
from wit_world.imports import storage


class Lru(cache.Lru):
    def __init__(self, capacity: int) -> None:
        wit_world.log(f"new cache of {capacity} entries")
        self.capacity = max(capacity, 1)
        self.entries: "OrderedDict[str, bytes]" = OrderedDict()
        self.counts = cache.Stats(hits=0, misses=0, evictions=0)

    def _touch(self, key: str, value: bytes) -> None:
        self.entries[key] = value
        self.entries.move_to_end(key)
        if len(self.entries) > self.capacity:
            old, _ = self.entries.popitem(last=False)
            self.counts.evictions += 1
            wit_world.log(f"evicted `{old}`")

    def get(self, key: str) -> Optional[bytes]:
        if key in self.entries:
            self.counts.hits += 1
            value = self.entries[key]
            self._touch(key, value)
            return value
        self.counts.misses += 1
        value = storage.get(key)
        if value is not None:
            self._touch(key, value)
        return value

    def put(self, key: str, value: bytes) -> None:
        storage.set(key, value)
        self._touch(key, value)

    def stats(self) -> cache.Stats:
        return cache.Stats(self.counts.hits, self.counts.misses, self.counts.evictions)
