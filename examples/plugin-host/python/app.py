"""The cache plugin of the plugin-host example, in Python. The `cache` interface has no
functions of its own; its `lru` resource is the class `Lru` of the module `cache`."""

from wit_world import exports


class Cache(exports.Cache):
    pass
