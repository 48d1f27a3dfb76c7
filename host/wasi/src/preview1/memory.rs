//! Bounds-checked access to the caller's linear memory.
//!
//! Every guest pointer and length goes through here: ranges are computed in 64-bit
//! arithmetic (a range may end at 2^32 exactly, the end of a 4 GiB memory) and compared
//! with the memory's current size, so a bad pointer is `EFAULT` and never a host panic.
//! Values are little-endian and may be unaligned.

use super::errno::{Errno, Result};

/// The caller's linear memory, for the duration of one host call.
pub(crate) struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

impl<'a> GuestMemory<'a> {
    pub(crate) fn new(bytes: &'a mut [u8]) -> GuestMemory<'a> {
        GuestMemory { bytes }
    }

    /// The byte range `ptr..ptr + len`, if it lies within memory.
    fn range(&self, ptr: u32, len: u32) -> Result<std::ops::Range<usize>> {
        self.range64(ptr, u64::from(len))
    }

    /// The byte range `ptr..ptr + len` for a length that may exceed 32 bits (an array's
    /// size), if it lies within memory.
    fn range64(&self, ptr: u32, len: u64) -> Result<std::ops::Range<usize>> {
        let end = u64::from(ptr) + len;
        if end > self.bytes.len() as u64 {
            return Err(Errno::FAULT.into());
        }
        Ok(ptr as usize..end as usize)
    }

    /// Fails with `EFAULT` unless `len` bytes at `ptr` lie within memory.
    pub(crate) fn check(&self, ptr: u32, len: u32) -> Result<()> {
        self.range(ptr, len).map(drop)
    }

    /// Fails with `EFAULT` unless `count` elements of `size` bytes at `ptr` lie within
    /// memory.
    pub(crate) fn check_array(&self, ptr: u32, count: u32, size: u32) -> Result<()> {
        self.range64(ptr, u64::from(count) * u64::from(size))
            .map(drop)
    }

    /// The `len` bytes at `ptr`.
    pub(crate) fn slice(&self, ptr: u32, len: u32) -> Result<&[u8]> {
        let range = self.range(ptr, len)?;
        Ok(&self.bytes[range])
    }

    /// The `len` bytes at `ptr`, mutably.
    pub(crate) fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8]> {
        let range = self.range(ptr, len)?;
        Ok(&mut self.bytes[range])
    }

    /// Copies `bytes` to `ptr`.
    pub(crate) fn write_bytes(&mut self, ptr: u32, bytes: &[u8]) -> Result<()> {
        let len = u32::try_from(bytes.len()).map_err(|_| Errno::FAULT)?;
        self.slice_mut(ptr, len)?.copy_from_slice(bytes);
        Ok(())
    }

    fn array<const N: usize>(&self, ptr: u32) -> Result<[u8; N]> {
        let mut out = [0; N];
        out.copy_from_slice(self.slice(ptr, N as u32)?);
        Ok(out)
    }

    pub(crate) fn read_u8(&self, ptr: u32) -> Result<u8> {
        Ok(self.array::<1>(ptr)?[0])
    }

    pub(crate) fn read_u16(&self, ptr: u32) -> Result<u16> {
        self.array(ptr).map(u16::from_le_bytes)
    }

    pub(crate) fn read_u32(&self, ptr: u32) -> Result<u32> {
        self.array(ptr).map(u32::from_le_bytes)
    }

    pub(crate) fn read_u64(&self, ptr: u32) -> Result<u64> {
        self.array(ptr).map(u64::from_le_bytes)
    }

    pub(crate) fn write_u8(&mut self, ptr: u32, value: u8) -> Result<()> {
        self.write_bytes(ptr, &[value])
    }

    pub(crate) fn write_u16(&mut self, ptr: u32, value: u16) -> Result<()> {
        self.write_bytes(ptr, &value.to_le_bytes())
    }

    pub(crate) fn write_u32(&mut self, ptr: u32, value: u32) -> Result<()> {
        self.write_bytes(ptr, &value.to_le_bytes())
    }

    pub(crate) fn write_u64(&mut self, ptr: u32, value: u64) -> Result<()> {
        self.write_bytes(ptr, &value.to_le_bytes())
    }

    /// Reads `count` iovecs (`{ buf: u32, buf_len: u32 }`) at `ptr`, checking that the
    /// array and every buffer it names lie within memory.
    pub(crate) fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<Iovec>> {
        self.check_array(ptr, count, IOVEC_SIZE)?;
        (0..count)
            .map(|i| {
                // Below the end of the array just checked, so below 2^32.
                let at = ptr + i * IOVEC_SIZE;
                let iov = Iovec {
                    buf: self.read_u32(at)?,
                    len: self.read_u32(at + 4)?,
                };
                self.check(iov.buf, iov.len)?;
                Ok(iov)
            })
            .collect()
    }

    /// Reads a string argument: `EFAULT` if out of range, `EILSEQ` if not UTF-8.
    pub(crate) fn read_str(&self, ptr: u32, len: u32) -> Result<String> {
        let bytes = self.slice(ptr, len)?;
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(Errno::ILSEQ.into()),
        }
    }
}

/// The size of an `iovec` or `ciovec` in memory.
const IOVEC_SIZE: u32 = 8;

/// One buffer of a scatter or gather list, already checked to lie within memory.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Iovec {
    pub(crate) buf: u32,
    pub(crate) len: u32,
}

/// The total length of `iovecs`; `EINVAL` if it exceeds what one call can transfer (the
/// sum of overlapping buffers can exceed the memory's size).
pub(crate) fn total_len(iovecs: &[Iovec]) -> Result<u32> {
    iovecs
        .iter()
        .try_fold(0u32, |total, iov| total.checked_add(iov.len))
        .ok_or_else(|| Errno::INVAL.into())
}
