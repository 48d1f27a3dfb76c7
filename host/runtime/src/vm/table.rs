//! Tables of references, stored as 8-byte raw values.

use super::vmcontext::VMTableDefinition;
use anyhow::{Result, bail};

/// The most elements a table may have, to bound the host memory a guest can claim.
pub const MAX_TABLE_ELEMENTS: u64 = 10_000_000;

/// A table.
///
/// Its elements are raw reference bits, which compiled code trusts as [`ValRaw`] slots of
/// the table's type are trusted: a `funcref` table holds only null or funcref bits of its
/// store (see [`ValRaw`]).
///
/// [`ValRaw`]: super::ValRaw
#[derive(Debug)]
pub struct Table {
    elements: Vec<u64>,
    def: Box<VMTableDefinition>,
    max: u64,
}

// SAFETY: the definition points into `elements`, owned by this value.
unsafe impl Send for Table {}
// SAFETY: shared references only read.
unsafe impl Sync for Table {}

impl Table {
    /// Creates a table of `min` elements set to `init`, that may grow to `max`.
    pub fn new(min: u64, max: Option<u64>, init: u64) -> Result<Table> {
        let max = max
            .unwrap_or(u64::from(u32::MAX))
            .min(MAX_TABLE_ELEMENTS.max(min));
        if min > MAX_TABLE_ELEMENTS {
            bail!("table minimum size of {min} elements exceeds table limits");
        }
        let mut elements = vec![init; min as usize];
        let def = Box::new(VMTableDefinition {
            base: elements.as_mut_ptr(),
            current_elements: min,
        });
        Ok(Table { elements, def, max })
    }

    fn sync(&mut self) {
        self.def.base = self.elements.as_mut_ptr();
        self.def.current_elements = self.elements.len() as u64;
    }

    /// Number of elements.
    pub fn size(&self) -> u64 {
        self.elements.len() as u64
    }

    /// Grows by `delta` elements set to `init`; returns the old size, or `None`.
    pub fn grow(&mut self, delta: u64, init: u64) -> Option<u64> {
        let old = self.size();
        let new = old.checked_add(delta)?;
        if new > self.max || new > MAX_TABLE_ELEMENTS {
            return None;
        }
        self.elements.resize(new as usize, init);
        self.sync();
        Some(old)
    }

    /// The elements.
    pub fn elements(&self) -> &[u64] {
        &self.elements
    }

    /// The elements, mutably.
    pub fn elements_mut(&mut self) -> &mut [u64] {
        &mut self.elements
    }

    /// The definition compiled code reads.
    pub fn definition(&mut self) -> *mut VMTableDefinition {
        &mut *self.def
    }
}
