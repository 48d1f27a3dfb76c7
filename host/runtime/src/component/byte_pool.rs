//! Buffers for the bytes of integer lists on their way between components, kept in a
//! small per-thread pool: a large list passed call after call would otherwise take a
//! fresh allocation each time, which the system allocator serves above a size by mapping
//! new pages and unmapping them again on free, a page fault per 4 KiB on every call.

use std::cell::RefCell;

/// Buffers smaller than this are left to the allocator, which serves them well.
const POOL_MIN: usize = 64 << 10;
/// Buffers larger than this are freed, so that the pool keeps little memory.
const POOL_MAX: usize = 16 << 20;
/// Buffers kept per thread: a call moves two lists at most at once (arguments, results).
const POOL_LEN: usize = 2;

thread_local! {
    static POOL: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// A list's bytes, whose buffer goes back to the pool when dropped.
#[derive(Debug)]
pub(crate) struct PooledBytes(Vec<u8>);

impl PooledBytes {
    /// A copy of `src`, in a pooled buffer when one is large enough.
    pub(crate) fn copy_of(src: &[u8]) -> PooledBytes {
        let mut buf = if src.len() >= POOL_MIN {
            POOL.with(|pool| {
                let mut pool = pool.borrow_mut();
                let fit = pool.iter().position(|b| b.capacity() >= src.len());
                fit.map(|i| pool.swap_remove(i))
            })
            .unwrap_or_default()
        } else {
            Vec::new()
        };
        buf.clear();
        buf.extend_from_slice(src);
        PooledBytes(buf)
    }
}

impl std::ops::Deref for PooledBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for PooledBytes {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.0);
        if (POOL_MIN..=POOL_MAX).contains(&buf.capacity()) {
            // A thread being torn down has no pool left: the buffer is freed instead.
            let _ = POOL.try_with(|pool| {
                let mut pool = pool.borrow_mut();
                if pool.len() < POOL_LEN {
                    pool.push(buf);
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_buffer_is_reused_and_a_small_or_huge_one_is_not() {
        let big = vec![7u8; POOL_MIN * 2];
        let first = PooledBytes::copy_of(&big);
        let addr = first.as_ptr();
        drop(first);
        let second = PooledBytes::copy_of(&big[..POOL_MIN]);
        assert_eq!(second.as_ptr(), addr, "the pooled buffer is taken again");
        assert_eq!(&*second, &big[..POOL_MIN]);
        drop(second);
        // The pool never holds more than its length, nor buffers out of its range.
        for _ in 0..5 {
            drop(PooledBytes::copy_of(&big));
        }
        drop(PooledBytes::copy_of(&vec![1u8; POOL_MAX + 1]));
        drop(PooledBytes::copy_of(b"small"));
        POOL.with(|pool| {
            let pool = pool.borrow();
            assert!(pool.len() <= POOL_LEN);
            assert!(
                pool.iter()
                    .all(|b| (POOL_MIN..=POOL_MAX).contains(&b.capacity()))
            );
        });
    }
}
