//! Reserved regions of virtual memory.

use anyhow::{Result, bail};
use std::ptr;

/// An anonymous mapping, reserved inaccessible and made accessible piecewise.
///
/// It keeps how long its readable and its writable prefixes are, so that `slice` and
/// `slice_mut` can check that what they hand out is mapped for that access.
#[derive(Debug)]
pub struct Mmap {
    ptr: *mut u8,
    len: usize,
    /// The first `readable` bytes can be read.
    readable: usize,
    /// The first `writable` bytes can be written.
    writable: usize,
}

// SAFETY: the mapping is plain memory owned by this value; access is synchronized by
// whoever holds the `Mmap` (its owner is `Send`/`Sync` as a whole).
unsafe impl Send for Mmap {}
// SAFETY: as above; shared references only read the pointer and length.
unsafe impl Sync for Mmap {}

impl Mmap {
    /// Reserves `len` bytes (rounded up to pages), all inaccessible.
    pub fn reserve(len: usize) -> Result<Mmap> {
        let len = len.max(1).next_multiple_of(page_size());
        // SAFETY: an anonymous private mapping at a kernel-chosen address touches no existing
        // memory; the result is checked.
        let ptr = unsafe {
            libc::mmap(
                ptr::null_mut(),
                len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            bail!(
                "failed to reserve {len} bytes of virtual memory: {}",
                std::io::Error::last_os_error()
            );
        }
        Ok(Mmap {
            ptr: ptr.cast(),
            len,
            readable: 0,
            writable: 0,
        })
    }

    /// Maps `len` bytes of `file` from `offset` (a multiple of the page size) privately:
    /// readable, writable when `writable`, and never written back (a page written to
    /// becomes the mapping's own copy). The length is rounded up to pages; bytes past the
    /// end of the file in the last page read as zeros.
    ///
    /// # Safety
    ///
    /// The file must not be truncated or modified while the mapping lives: a page not yet
    /// written to shows the file's current contents, and a page past a truncated end faults.
    pub unsafe fn map_file(
        file: &std::fs::File,
        offset: u64,
        len: usize,
        writable: bool,
    ) -> Result<Mmap> {
        use std::os::fd::AsRawFd;
        if !offset.is_multiple_of(page_size() as u64) {
            bail!("a file mapping at offset {offset}, not a multiple of the page size");
        }
        let file_len = file.metadata()?.len();
        if offset
            .checked_add(len as u64)
            .is_none_or(|end| end > file_len)
        {
            bail!("a file mapping of {len} bytes at {offset} past the end of a file of {file_len}");
        }
        let Ok(file_offset) = libc::off_t::try_from(offset) else {
            bail!("a file mapping at offset {offset}, too large");
        };
        // The rounded length ends in the page holding the file's last mapped byte, which is
        // accessible whole; a mapping of nothing has a page wholly past the end, which is not.
        let accessible = if len == 0 {
            0
        } else {
            len.next_multiple_of(page_size())
        };
        let len = len.max(1).next_multiple_of(page_size());
        let prot = if writable {
            libc::PROT_READ | libc::PROT_WRITE
        } else {
            libc::PROT_READ
        };
        // SAFETY: a private mapping of an open file at a kernel-chosen address touches no
        // existing memory; the offset is page-aligned and the range inside the file (checked
        // above); the result is checked. The caller keeps the file unchanged.
        let ptr = unsafe {
            libc::mmap(
                ptr::null_mut(),
                len,
                prot,
                libc::MAP_PRIVATE,
                file.as_raw_fd(),
                file_offset,
            )
        };
        if ptr == libc::MAP_FAILED {
            bail!(
                "failed to map {len} bytes of a file: {}",
                std::io::Error::last_os_error()
            );
        }
        Ok(Mmap {
            ptr: ptr.cast(),
            len,
            readable: accessible,
            writable: if writable { accessible } else { 0 },
        })
    }

    /// Makes `[start, start + len)` readable and writable.
    pub fn make_accessible(&mut self, start: usize, len: usize) -> Result<()> {
        self.protect(start, len, libc::PROT_READ | libc::PROT_WRITE)?;
        self.readable = grown(self.readable, start, len);
        self.writable = grown(self.writable, start, len);
        Ok(())
    }

    /// Makes `[start, start + len)` readable and executable (and no longer writable).
    pub fn make_executable(&mut self, start: usize, len: usize) -> Result<()> {
        self.protect(start, len, libc::PROT_READ | libc::PROT_EXEC)?;
        self.readable = grown(self.readable, start, len);
        self.writable = cut(self.writable, start, len);
        Ok(())
    }

    /// Releases the pages of `[start, start + len)`, which read as zeros afterwards (as in
    /// a new mapping); their protection is unchanged.
    pub fn zero(&mut self, start: usize, len: usize) -> Result<()> {
        if len == 0 {
            return Ok(());
        }
        assert!(
            start.is_multiple_of(page_size())
                && start.checked_add(len).is_some_and(|e| e <= self.len)
        );
        // SAFETY: the range lies inside this private anonymous mapping, which this value
        // owns; discarding its pages makes later reads return zeros, as for a new mapping.
        let r = unsafe { libc::madvise(self.ptr.add(start).cast(), len, libc::MADV_DONTNEED) };
        if r != 0 {
            bail!("madvise failed: {}", std::io::Error::last_os_error());
        }
        Ok(())
    }

    /// Makes `[start, start + len)` inaccessible.
    pub fn protect_none(&mut self, start: usize, len: usize) -> Result<()> {
        self.protect(start, len, libc::PROT_NONE)?;
        self.readable = cut(self.readable, start, len);
        self.writable = cut(self.writable, start, len);
        Ok(())
    }

    fn protect(&mut self, start: usize, len: usize, prot: libc::c_int) -> Result<()> {
        if len == 0 {
            return Ok(());
        }
        assert!(
            start.is_multiple_of(page_size())
                && start.checked_add(len).is_some_and(|e| e <= self.len)
        );
        // SAFETY: the range lies inside this mapping (asserted above), which this value owns.
        let r = unsafe { libc::mprotect(self.ptr.add(start).cast(), len, prot) };
        if r != 0 {
            bail!("mprotect failed: {}", std::io::Error::last_os_error());
        }
        Ok(())
    }

    /// Start of the mapping.
    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr
    }

    /// Length of the mapping.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The first `len` bytes; a panic unless they are mapped readable.
    pub fn slice(&self, len: usize) -> &[u8] {
        assert!(
            len <= self.readable,
            "{len} bytes of a mapping readable for {}",
            self.readable
        );
        // SAFETY: the first `len` bytes are mapped readable (checked above); the lifetime is
        // tied to `self`, which unmaps them only when dropped.
        unsafe { std::slice::from_raw_parts(self.ptr, len) }
    }

    /// The first `len` bytes, mutably; a panic unless they are mapped writable.
    pub fn slice_mut(&mut self, len: usize) -> &mut [u8] {
        assert!(
            len <= self.writable,
            "{len} bytes of a mapping writable for {}",
            self.writable
        );
        // SAFETY: as for `slice`, writable (checked above), with exclusive access through
        // `&mut self`.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, len) }
    }
}

impl Drop for Mmap {
    fn drop(&mut self) {
        // SAFETY: the mapping was created by `reserve` or `map_file` with this length and is
        // unmapped once.
        unsafe {
            libc::munmap(self.ptr.cast(), self.len);
        }
    }
}

/// The length of a prefix of a mapping after `[start, start + len)` gains its access:
/// longer if the range touches it.
fn grown(prefix: usize, start: usize, len: usize) -> usize {
    if start <= prefix {
        prefix.max(start + len)
    } else {
        prefix
    }
}

/// The length of a prefix of a mapping after `[start, start + len)` loses its access:
/// shorter if the range overlaps it.
fn cut(prefix: usize, start: usize, len: usize) -> usize {
    if len > 0 && start < prefix {
        start
    } else {
        prefix
    }
}

/// The system page size.
pub fn page_size() -> usize {
    use std::sync::OnceLock;
    static SIZE: OnceLock<usize> = OnceLock::new();
    // SAFETY: sysconf has no preconditions.
    *SIZE.get_or_init(|| unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::{AssertUnwindSafe, catch_unwind};

    #[test]
    fn slices_are_handed_out_only_where_the_mapping_allows_the_access() {
        let page = page_size();
        let mut m = Mmap::reserve(4 * page).unwrap();
        assert!(catch_unwind(AssertUnwindSafe(|| m.slice(1).len())).is_err());
        m.make_accessible(0, 2 * page).unwrap();
        m.slice_mut(2 * page).fill(7);
        assert!(catch_unwind(AssertUnwindSafe(|| m.slice(2 * page + 1).len())).is_err());
        // Executable: still readable, no longer writable.
        m.make_executable(0, page).unwrap();
        assert_eq!(m.slice(2 * page)[0], 7);
        assert!(catch_unwind(AssertUnwindSafe(|| m.slice_mut(1).len())).is_err());
        // Made inaccessible from the middle: the readable prefix ends there.
        m.protect_none(page, page).unwrap();
        assert_eq!(m.slice(page).len(), page);
        assert!(catch_unwind(AssertUnwindSafe(|| m.slice(page + 1).len())).is_err());
    }
}
