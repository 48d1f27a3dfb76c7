//! Per-instance handle tables for resources, with the Canonical ABI's ownership rules.
//!
//! Each component instance has one table of handles. A handle is `own` (the instance owns
//! the resource and must drop it) or `borrow` (lent for the duration of a call). An `own`
//! handle that is lent out as borrows cannot be dropped or moved until the calls that
//! borrowed it end; a call may not return while borrows it received are still undropped.

use anyhow::{Result, bail};

/// The identity of a resource type at run time: each instance of a component that defines
/// a resource type gets a distinct one, and each host-defined resource type has its own.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) enum ResourceTypeId {
    /// Defined by the host (the Rust type's identity, interned by the engine).
    Host(std::any::TypeId),
    /// Defined by a component instance: `(instance, index of the type within it)`.
    Guest(u64, u32),
}

impl ResourceTypeId {
    fn describe(self) -> &'static str {
        match self {
            ResourceTypeId::Host(_) => "host-defined resource",
            ResourceTypeId::Guest(..) => "guest-defined resource",
        }
    }
}

/// One entry of a handle table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Handle {
    pub(crate) ty: ResourceTypeId,
    /// The resource's representation (an `i32` chosen by its implementation).
    pub(crate) rep: u32,
    /// `own` rather than `borrow`.
    pub(crate) own: bool,
    /// For a borrow: the call it was lent to (an index of the caller's call scopes).
    pub(crate) borrow_scope: Option<usize>,
    /// How many borrows of this handle are currently lent out.
    pub(crate) num_lends: u32,
}

/// The bookkeeping of one call that lifts or lowers handles.
#[derive(Default, Debug)]
pub(crate) struct CallScope {
    /// Handles of the caller's table lent to the callee as borrows.
    lenders: Vec<u32>,
    /// Borrow handles the callee received and has not dropped yet.
    num_borrows: u32,
}

/// What dropping a handle requires of the caller.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Dropped {
    /// An owned handle: run the resource's destructor on this representation.
    Own(u32),
    /// A borrow: nothing to destroy.
    Borrow,
}

/// A component instance's table of resource handles.
#[derive(Debug)]
pub(crate) struct HandleTable {
    entries: Vec<Option<Handle>>,
    free: Vec<u32>,
    /// The most handles the table may hold at once.
    limit: usize,
}

impl Default for HandleTable {
    fn default() -> Self {
        HandleTable::with_limit(MAX_LENGTH)
    }
}

/// The most entries a table may hold; the top four bits of an index stay free for guests.
const MAX_LENGTH: usize = (1 << 28) - 1;

impl HandleTable {
    /// A table of at most `limit` handles (and never more than the Canonical ABI allows).
    pub(crate) fn with_limit(limit: usize) -> HandleTable {
        // Index 0 is reserved, so that it never names a handle.
        HandleTable {
            entries: vec![None],
            free: Vec::new(),
            limit: limit.min(MAX_LENGTH),
        }
    }

    fn add(&mut self, h: Handle) -> Result<u32> {
        if let Some(i) = self.free.pop() {
            self.entries[i as usize] = Some(h);
            return Ok(i);
        }
        let i = self.entries.len();
        if i > self.limit {
            bail!("resource table has no free slots");
        }
        self.entries.push(Some(h));
        Ok(i as u32)
    }

    fn get_mut(&mut self, i: u32) -> Result<&mut Handle> {
        match self.entries.get_mut(i as usize) {
            Some(Some(h)) => Ok(h),
            _ => bail!("unknown handle index {i}"),
        }
    }

    /// The handle at `i`, checked to be of type `ty`.
    fn typed(&mut self, i: u32, ty: ResourceTypeId) -> Result<&mut Handle> {
        let h = self.get_mut(i)?;
        if h.ty != ty {
            let (want, found) = (ty.describe(), h.ty.describe());
            let found = if want == found {
                format!("a different {found}")
            } else {
                found.to_string()
            };
            bail!("handle index {i} used with the wrong type, expected {want} but found {found}");
        }
        Ok(h)
    }

    fn remove(&mut self, i: u32) -> Handle {
        let h = self.entries[i as usize]
            .take()
            .expect("checked by the caller");
        self.free.push(i);
        h
    }

    /// `canon resource.new`: a new owned handle to `rep`.
    pub(crate) fn resource_new(&mut self, ty: ResourceTypeId, rep: u32) -> Result<u32> {
        self.add(Handle {
            ty,
            rep,
            own: true,
            borrow_scope: None,
            num_lends: 0,
        })
    }

    /// `canon resource.rep`: the representation behind a handle.
    pub(crate) fn resource_rep(&mut self, ty: ResourceTypeId, i: u32) -> Result<u32> {
        Ok(self.typed(i, ty)?.rep)
    }

    /// `canon resource.drop`: removes the handle; for an owned one, the caller runs the
    /// destructor on the returned representation. `scopes` are the live call scopes, for
    /// the borrow accounting.
    pub(crate) fn resource_drop(
        &mut self,
        ty: ResourceTypeId,
        i: u32,
        scopes: &mut [CallScope],
    ) -> Result<Dropped> {
        let h = self.typed(i, ty)?;
        if h.num_lends != 0 {
            bail!("cannot remove owned resource while borrowed");
        }
        let h = self.remove(i);
        if h.own {
            return Ok(Dropped::Own(h.rep));
        }
        if let Some(scope) = h.borrow_scope.and_then(|s| scopes.get_mut(s)) {
            scope.num_borrows = scope.num_borrows.saturating_sub(1);
        }
        Ok(Dropped::Borrow)
    }

    /// Lifting an `own` handle moves it out of the table.
    pub(crate) fn lift_own(&mut self, ty: ResourceTypeId, i: u32) -> Result<u32> {
        let h = self.typed(i, ty)?;
        if h.num_lends != 0 {
            bail!("cannot remove owned resource while borrowed");
        }
        if !h.own {
            bail!("cannot lift own resource from a borrow");
        }
        Ok(self.remove(i).rep)
    }

    /// Lifting a `borrow` lends the handle for the duration of the call `scope`.
    pub(crate) fn lift_borrow(
        &mut self,
        ty: ResourceTypeId,
        i: u32,
        scope: &mut CallScope,
    ) -> Result<u32> {
        let h = self.typed(i, ty)?;
        h.num_lends += 1;
        scope.lenders.push(i);
        Ok(h.rep)
    }

    /// Lowering an `own` adds a new owned handle.
    pub(crate) fn lower_own(&mut self, ty: ResourceTypeId, rep: u32) -> Result<u32> {
        self.add(Handle {
            ty,
            rep,
            own: true,
            borrow_scope: None,
            num_lends: 0,
        })
    }

    /// Lowering a `borrow` into the callee's table, for the call `scope_index`. A borrow
    /// lowered into the instance that implements the resource is its representation itself.
    pub(crate) fn lower_borrow(
        &mut self,
        ty: ResourceTypeId,
        rep: u32,
        implemented_here: bool,
        scope_index: usize,
        scope: &mut CallScope,
    ) -> Result<u32> {
        if implemented_here {
            return Ok(rep);
        }
        scope.num_borrows += 1;
        self.add(Handle {
            ty,
            rep,
            own: false,
            borrow_scope: Some(scope_index),
            num_lends: 0,
        })
    }

    /// Ends a call: the handles lent to it are no longer lent, and it must have dropped
    /// every borrow it received.
    pub(crate) fn end_call(&mut self, scope: CallScope) -> Result<()> {
        for i in scope.lenders {
            if let Ok(h) = self.get_mut(i) {
                h.num_lends = h.num_lends.saturating_sub(1);
            }
        }
        if scope.num_borrows != 0 {
            bail!("borrow handles still remain at the end of the call");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const R1: ResourceTypeId = ResourceTypeId::Guest(0, 0);
    const R2: ResourceTypeId = ResourceTypeId::Guest(0, 1);
    const HOST: ResourceTypeId = ResourceTypeId::Host(std::any::TypeId::of::<()>());

    #[test]
    fn indices_start_at_one_and_are_reused() {
        let mut t = HandleTable::default();
        assert_eq!(t.resource_new(R1, 100).unwrap(), 1);
        assert_eq!(t.resource_new(R1, 200).unwrap(), 2);
        assert_eq!(t.resource_drop(R1, 1, &mut []).unwrap(), Dropped::Own(100));
        assert_eq!(t.resource_new(R1, 300).unwrap(), 1);
        assert_eq!(t.resource_rep(R1, 1).unwrap(), 300);
    }

    #[test]
    fn bad_indices_and_types_trap() {
        let mut t = HandleTable::default();
        let h = t.resource_new(R1, 7).unwrap();
        for bad in [0, 5, u32::MAX] {
            assert_eq!(
                t.resource_rep(R1, bad).unwrap_err().to_string(),
                format!("unknown handle index {bad}")
            );
        }
        assert_eq!(
            t.resource_rep(R2, h).unwrap_err().to_string(),
            "handle index 1 used with the wrong type, expected guest-defined resource but found a different guest-defined resource"
        );
        assert!(
            t.resource_drop(HOST, h, &mut [])
                .unwrap_err()
                .to_string()
                .contains("expected host-defined resource")
        );
        t.resource_drop(R1, h, &mut []).unwrap();
        assert_eq!(
            t.resource_drop(R1, h, &mut []).unwrap_err().to_string(),
            "unknown handle index 1"
        );
    }

    #[test]
    fn lent_handles_cannot_be_dropped_or_moved_until_the_call_ends() {
        let mut caller = HandleTable::default();
        let mut callee = HandleTable::default();
        let h = caller.resource_new(R1, 42).unwrap();
        let mut scope = CallScope::default();
        let rep = caller.lift_borrow(R1, h, &mut scope).unwrap();
        let b = callee.lower_borrow(R1, rep, false, 0, &mut scope).unwrap();
        assert!(
            caller
                .resource_drop(R1, h, &mut [])
                .unwrap_err()
                .to_string()
                .contains("while borrowed")
        );
        assert!(
            caller
                .lift_own(R1, h)
                .unwrap_err()
                .to_string()
                .contains("while borrowed")
        );
        // The callee drops its borrow, then the call ends cleanly.
        let mut scopes = [scope];
        assert_eq!(
            callee.resource_drop(R1, b, &mut scopes).unwrap(),
            Dropped::Borrow
        );
        let [scope] = scopes;
        caller.end_call(scope).unwrap();
        assert_eq!(caller.lift_own(R1, h).unwrap(), 42);
    }

    #[test]
    fn a_call_may_not_end_with_live_borrows() {
        let mut caller = HandleTable::default();
        let mut callee = HandleTable::default();
        let h = caller.resource_new(R1, 1).unwrap();
        let mut scope = CallScope::default();
        let rep = caller.lift_borrow(R1, h, &mut scope).unwrap();
        callee.lower_borrow(R1, rep, false, 0, &mut scope).unwrap();
        assert_eq!(
            caller.end_call(scope).unwrap_err().to_string(),
            "borrow handles still remain at the end of the call"
        );
        // The lend was released anyway: the owner may drop its handle.
        assert_eq!(
            caller.resource_drop(R1, h, &mut []).unwrap(),
            Dropped::Own(1)
        );
    }

    #[test]
    fn borrows_into_the_implementing_instance_are_representations() {
        let mut t = HandleTable::default();
        let mut scope = CallScope::default();
        assert_eq!(t.lower_borrow(R1, 99, true, 0, &mut scope).unwrap(), 99);
        t.end_call(scope).unwrap();
    }

    #[test]
    fn moving_an_own_handle_empties_its_slot() {
        let mut a = HandleTable::default();
        let mut b = HandleTable::default();
        let h = a.resource_new(R1, 5).unwrap();
        let rep = a.lift_own(R1, h).unwrap();
        let h2 = b.lower_own(R1, rep).unwrap();
        assert!(a.resource_rep(R1, h).is_err());
        assert_eq!(b.resource_rep(R1, h2).unwrap(), 5);
        let borrow = {
            let mut scope = CallScope::default();
            let i = b.lower_borrow(R2, 8, false, 0, &mut scope).unwrap();
            assert!(
                b.lift_own(R2, i)
                    .unwrap_err()
                    .to_string()
                    .contains("from a borrow")
            );
            i
        };
        assert!(b.resource_rep(R2, borrow).is_ok());
    }
}
