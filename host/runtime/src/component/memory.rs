//! What the canonical ABI needs of a guest: its memory, its `realloc`, its string encoding.

use anyhow::Result;
use wicker_environ::component::ComponentTypes;

/// The string encoding a component chose with `canon lift`/`canon lower`.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub enum StringEncoding {
    /// UTF-8.
    #[default]
    Utf8,
    /// UTF-16, little-endian.
    Utf16,
    /// Latin-1 or UTF-16, chosen per string (the length's high bit marks UTF-16).
    CompactUtf16,
}

/// A guest's linear memory and allocator, as the canonical ABI uses them.
pub(crate) trait GuestMemory {
    /// The memory's current bytes.
    fn bytes(&self) -> &[u8];
    /// The memory's current bytes, mutably.
    fn bytes_mut(&mut self) -> &mut [u8];
    /// Calls the guest's `realloc(old_ptr, old_size, align, new_size)`; the memory may
    /// grow meanwhile.
    fn realloc(&mut self, old_ptr: u32, old_size: u32, align: u32, new_size: u32) -> Result<u32>;
}

/// The options a lift or lower runs with.
pub(crate) struct Options<'a> {
    pub(crate) types: &'a ComponentTypes,
    pub(crate) encoding: StringEncoding,
    /// Where handles go; `None` where no resource may pass.
    pub(crate) resources: Option<&'a super::resources::ResourceCx<'a>>,
    /// The host memory that lifting may still take, in bytes ([`MAX_COPY_BYTES`] to
    /// begin with).
    pub(crate) budget: std::cell::Cell<u64>,
}

/// The most host memory the values lifted in one direction of one call may take, by
/// default (1 GiB; `Config::max_component_copy`): room for the longest string the
/// canonical ABI allows (2^28 - 1 bytes, up to 384 MiB once decoded from UTF-16) twice
/// over. Every string and list a guest passes is copied, so this bounds what a guest naming
/// one large value from many places can make the host allocate; it is checked before
/// anything is allocated.
pub(crate) const MAX_COPY_BYTES: u64 = 1 << 30;

impl<'a> Options<'a> {
    /// Options whose lifting budget is `max_copy` bytes.
    pub(crate) fn new(
        types: &'a ComponentTypes,
        encoding: StringEncoding,
        resources: Option<&'a super::resources::ResourceCx<'a>>,
        max_copy: u64,
    ) -> Options<'a> {
        Options {
            types,
            encoding,
            resources,
            budget: std::cell::Cell::new(max_copy),
        }
    }

    /// Takes `n` bytes out of the lifting budget; an error, before they are allocated,
    /// past it.
    pub(crate) fn charge(&self, n: u64) -> Result<()> {
        let left = self.budget.get();
        if n > left {
            anyhow::bail!(
                "a component call passes more than its limit of bytes of values through the \
                 host (`Config::max_component_copy`)"
            );
        }
        self.budget.set(left - n);
        Ok(())
    }

    pub(crate) fn resources(&self) -> Result<&super::resources::ResourceCx<'_>> {
        match self.resources {
            Some(r) => Ok(r),
            None => anyhow::bail!("resource handles cannot pass here"),
        }
    }
}

/// Misaligned guest pointers trap.
#[cfg(test)]
pub(crate) fn check_align(ptr: u32, align: u32) -> Result<()> {
    if !ptr.is_multiple_of(align) {
        return Err(crate::Trap::HeapMisaligned.into());
    }
    Ok(())
}

/// The most bytes a string or list may take (the spec's `MAX_*_BYTE_LENGTH`).
pub(crate) const MAX_BYTE_LENGTH: u64 = (1 << 28) - 1;

/// The high bit of a `latin1+utf16` string length, set for UTF-16.
pub(crate) const UTF16_TAG: u32 = 1 << 31;

/// Walks the fields of a record or tuple laid out from a guest address, in 64-bit
/// arithmetic: the end of the last field may be 2^32 exactly (a value ending at the end of
/// a 4 GiB memory), which a 32-bit sum would overflow.
pub(crate) struct FieldCursor(u64);

impl FieldCursor {
    /// A cursor at the start of a value stored at `ptr`.
    pub(crate) fn new(ptr: u32) -> FieldCursor {
        FieldCursor(u64::from(ptr))
    }

    /// The address of the next field, of `size` bytes aligned to `align`; an error if it
    /// would start past the 32-bit address space.
    pub(crate) fn next(&mut self, size: u32, align: u32) -> Result<u32> {
        debug_assert!(align.is_power_of_two());
        let align = u64::from(align);
        let start = (self.0 + align - 1) & !(align - 1);
        self.0 = start + u64::from(size);
        u32::try_from(start).map_err(|_| anyhow::anyhow!("record field out of bounds"))
    }
}
