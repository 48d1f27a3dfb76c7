//! The handle tables of a fused call's two instances, as its adapter reaches them: owned
//! handles moved from one table to the other, the caller's handles lent to the callee for
//! the call, and the scopes that track the lending, with the same checks (and errors, at
//! the same points of the call) as the host's path. Lifting takes a handle out of its
//! table (or lends it) and queues its representation; lowering, which visits the handles
//! in the same order, gives each to the other table.

use super::handle_table::{CallScope, ResourceTypeId};
use super::resources::{InstanceState, StateInner};
use crate::vm::AdapterHandles;
use anyhow::{Context, Result, anyhow};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use wicker_environ::compile::HandleOp;

/// The two instances of one fused adapter, the run-time identities of the resource types
/// its handles name, and its calls' scopes.
pub(crate) struct FusedHandles {
    caller: Arc<InstanceState>,
    callee: Arc<InstanceState>,
    types: Vec<ResourceTypeId>,
    /// The representations of the handles lifted and not yet lowered, in order.
    queue: Mutex<VecDeque<u32>>,
    /// The caller's handles lent to each call under way, innermost last.
    lent: Mutex<Vec<CallScope>>,
    /// The index of each call's scope in the callee's stack, innermost last.
    entered: Mutex<Vec<usize>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl FusedHandles {
    pub(crate) fn new(
        caller: Arc<InstanceState>,
        callee: Arc<InstanceState>,
        types: Vec<ResourceTypeId>,
    ) -> FusedHandles {
        FusedHandles {
            caller,
            callee,
            types,
            queue: Mutex::new(VecDeque::new()),
            lent: Mutex::new(Vec::new()),
            entered: Mutex::new(Vec::new()),
        }
    }

    fn ty(&self, resource: u32) -> Result<ResourceTypeId> {
        self.types
            .get(resource as usize)
            .copied()
            .ok_or_else(|| anyhow!("resource type unknown to this adapter"))
    }
}

impl AdapterHandles for FusedHandles {
    fn handle_op(&self, op: HandleOp, resource: u32, handle: u32) -> Result<u32> {
        let no_call = || anyhow!("a fused adapter's handle operation outside a call");
        let queue = |rep: u32| {
            lock(&self.queue).push_back(rep);
            Ok(0)
        };
        let next = || lock(&self.queue).pop_front().ok_or_else(no_call);
        match op {
            HandleOp::Begin => {
                lock(&self.queue).clear();
                lock(&self.lent).push(CallScope::default());
                Ok(0)
            }
            HandleOp::TakeOwnFromCaller => {
                let rep = self
                    .caller
                    .lock()
                    .table
                    .lift_own(self.ty(resource)?, handle)?;
                queue(rep)
            }
            HandleOp::TakeOwnFromCallee => {
                let rep = self
                    .callee
                    .lock()
                    .table
                    .lift_own(self.ty(resource)?, handle)?;
                queue(rep)
            }
            HandleOp::Lend => {
                let ty = self.ty(resource)?;
                let mut lent = lock(&self.lent);
                let scope = lent.last_mut().ok_or_else(no_call)?;
                let rep = self.caller.lock().table.lift_borrow(ty, handle, scope)?;
                drop(lent);
                queue(rep)
            }
            HandleOp::Enter => {
                let mut s = self.callee.lock();
                s.scopes.push(CallScope::default());
                lock(&self.entered).push(s.scopes.len() - 1);
                Ok(0)
            }
            HandleOp::GiveOwnToCallee => {
                let rep = next()?;
                self.callee.lock().table.lower_own(self.ty(resource)?, rep)
            }
            HandleOp::GiveOwnToCaller => {
                let rep = next()?;
                self.caller.lock().table.lower_own(self.ty(resource)?, rep)
            }
            HandleOp::GiveBorrow => {
                let ty = self.ty(resource)?;
                let rep = next()?;
                let index = *lock(&self.entered).last().ok_or_else(no_call)?;
                let here = matches!(ty, ResourceTypeId::Guest(owner, _) if owner == self.callee.id);
                let mut s = self.callee.lock();
                let StateInner { table, scopes } = &mut *s;
                let scope = scopes.get_mut(index).context("the callee's call scope")?;
                table.lower_borrow(ty, rep, here, index, scope)
            }
            HandleOp::EndLending => {
                let scope = lock(&self.lent).pop().ok_or_else(no_call)?;
                self.caller.lock().table.end_call(scope)?;
                Ok(0)
            }
            HandleOp::Exit => {
                let index = lock(&self.entered).pop().ok_or_else(no_call)?;
                let mut s = self.callee.lock();
                if s.scopes.len() != index + 1 {
                    return Err(no_call());
                }
                let scope = s.scopes.pop().ok_or_else(no_call)?;
                s.table.end_call(scope)?;
                Ok(0)
            }
        }
    }
}
