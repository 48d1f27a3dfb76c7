//! Process-wide maps of address ranges that a signal handler can read without a lock.
//!
//! The trap handler must find out whether a faulting pc is wasm code and whether a faulting
//! address is inside a linear memory's reservation. Locks are not async-signal-safe (a
//! thread interrupted while holding one, or a writer waiting on readers, could deadlock
//! the handler), so a map is an immutable sorted snapshot behind an atomic pointer. A
//! writer (serialized by a mutex no reader takes) publishes a new snapshot, then frees the
//! old one once no reader is inside a read. Readers only count themselves in and out and
//! load the pointer: no allocation, no lock, no wait.

use std::marker::PhantomData;
use std::sync::Mutex;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering::SeqCst};

/// One range: `[start, end)` and its value.
#[derive(Debug, Clone)]
struct Entry<T> {
    start: usize,
    end: usize,
    value: T,
}

/// A map from disjoint address ranges to values, readable from a signal handler.
pub struct RangeMap<T: 'static> {
    /// The current snapshot (sorted by `start`); never null once a writer ran, null before.
    current: AtomicPtr<Vec<Entry<T>>>,
    /// Readers inside a read.
    readers: AtomicUsize,
    /// Serializes writers.
    writer: Mutex<()>,
    /// Values are shared with readers on any thread and dropped by writers.
    _values: PhantomData<T>,
}

impl<T: Clone + 'static> RangeMap<T> {
    /// An empty map.
    pub const fn new() -> RangeMap<T> {
        RangeMap {
            current: AtomicPtr::new(std::ptr::null_mut()),
            readers: AtomicUsize::new(0),
            writer: Mutex::new(()),
            _values: PhantomData,
        }
    }

    /// Runs `f` on the entry whose range contains `addr`, if any; async-signal-safe as long
    /// as `f` is.
    pub fn with<R>(&self, addr: usize, f: impl FnOnce(usize, &T) -> R) -> Option<R> {
        self.readers.fetch_add(1, SeqCst);
        let snapshot = self.current.load(SeqCst);
        let r = if snapshot.is_null() {
            None
        } else {
            // SAFETY: a snapshot stays alive while a reader that loaded it after counting
            // itself in is inside the read: writers free the old one only after seeing
            // `readers == 0` following the swap (both sequentially consistent).
            let entries = unsafe { &*snapshot };
            let i = entries.partition_point(|e| e.start <= addr);
            (i > 0)
                .then(|| &entries[i - 1])
                .filter(|e| addr < e.end)
                .map(|e| f(e.start, &e.value))
        };
        self.readers.fetch_sub(1, SeqCst);
        r
    }

    /// Whether some range contains `addr`.
    pub fn contains(&self, addr: usize) -> bool {
        self.with(addr, |_, _| ()).is_some()
    }

    /// Adds `[start, start + len)` (replacing a range with the same start), which must not
    /// overlap another range of the map.
    pub fn insert(&self, start: usize, len: usize, value: T) {
        self.update(|entries| {
            let i = entries.partition_point(|e| e.start < start);
            let entry = Entry {
                start,
                end: start + len,
                value,
            };
            match entries.get_mut(i) {
                Some(e) if e.start == start => *e = entry,
                _ => entries.insert(i, entry),
            }
        });
    }

    /// Removes the range starting at `start`, if there is one.
    pub fn remove(&self, start: usize) {
        self.update(|entries| entries.retain(|e| e.start != start));
    }

    fn update(&self, change: impl FnOnce(&mut Vec<Entry<T>>)) {
        let _writer = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let old = self.current.load(SeqCst);
        let mut entries = if old.is_null() {
            Vec::new()
        } else {
            // SAFETY: only writers free snapshots, and this one holds the writer lock.
            unsafe { (*old).clone() }
        };
        change(&mut entries);
        let new = Box::into_raw(Box::new(entries));
        self.current.store(new, SeqCst);
        if !old.is_null() {
            // Readers that loaded `old` counted themselves in before loading it; once the
            // count is zero after the store, none can still be reading it.
            while self.readers.load(SeqCst) != 0 {
                std::hint::spin_loop();
                std::thread::yield_now();
            }
            // SAFETY: `old` came from `Box::into_raw` and is no longer reachable.
            drop(unsafe { Box::from_raw(old) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RangeMap;

    #[test]
    fn ranges_are_found_inserted_and_removed() {
        let map: RangeMap<u32> = RangeMap::new();
        assert!(!map.contains(10));
        map.insert(100, 50, 1);
        map.insert(10, 20, 2);
        map.insert(200, 1, 3);
        assert_eq!(map.with(10, |start, v| (start, *v)), Some((10, 2)));
        assert_eq!(map.with(29, |_, v| *v), Some(2));
        assert_eq!(map.with(30, |_, v| *v), None);
        assert_eq!(map.with(149, |_, v| *v), Some(1));
        assert_eq!(map.with(150, |_, v| *v), None);
        assert_eq!(map.with(200, |_, v| *v), Some(3));
        assert_eq!(map.with(9, |_, v| *v), None);
        map.remove(100);
        assert_eq!(map.with(120, |_, v| *v), None);
        assert_eq!(map.with(15, |_, v| *v), Some(2));
    }

    #[test]
    fn readers_on_other_threads_see_a_whole_snapshot() {
        static MAP: RangeMap<usize> = RangeMap::new();
        let stop = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| {
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        // Range `k * 16` always maps to `k` when present.
                        for k in 1..64usize {
                            if let Some(v) = MAP.with(k * 16 + 3, |_, v| *v) {
                                assert_eq!(v, k);
                            }
                        }
                    }
                });
            }
            for round in 0..2000usize {
                let k = round % 63 + 1;
                MAP.insert(k * 16, 16, k);
                MAP.remove(((round + 31) % 63 + 1) * 16);
            }
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        });
    }
}
