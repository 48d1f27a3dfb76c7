//! The builtins compiled code calls through the `VMContext`'s builtin table.
//!
//! Each receives the calling instance's `vmctx`. Those that can fail record the trap with
//! [`set_pending`] and return non-zero; compiled code then raises it.

use super::instance::Instance;
use super::traphandlers::{Pending, set_pending};
use crate::Trap;
use wicker_environ::Builtin;

fn trap(t: Trap) -> u32 {
    set_pending(Pending::Error(anyhow::Error::new(t)));
    1
}

/// What `memory.grow`/`table.grow` return when a trap is pending (a limiter panicked).
const GROW_TRAP: u64 = u64::MAX - 1;

/// Runs a user callback (a limiter) that must not unwind into compiled code.
fn guarded(f: impl FnOnce() -> bool) -> Option<bool> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(v) => Some(v),
        Err(panic) => {
            set_pending(Pending::Panic(panic));
            None
        }
    }
}

fn range_ok(start: u64, len: u64, size: usize) -> bool {
    start.checked_add(len).is_some_and(|end| end <= size as u64)
}

/// `memory.grow` of memory `memory` by `delta` pages: the old size in pages, `u64::MAX` if
/// it cannot grow, `GROW_TRAP` if the limiter panicked.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn memory_grow(vmctx: *mut u8, memory: u32, delta: u64) -> u64 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    let (cur, max, log2) = {
        let m = inst.memory(memory as usize);
        (m.pages(), m.max_pages(), m.page_size_log2())
    };
    let Some(desired) = cur.checked_add(delta) else {
        return u64::MAX;
    };
    if desired > max {
        return u64::MAX;
    }
    match guarded(|| inst.store_mut().memory_growing(cur, desired, max, log2)) {
        None => return GROW_TRAP,
        Some(false) => return u64::MAX,
        Some(true) => {}
    }
    inst.memory_mut(memory as usize)
        .grow(delta)
        .unwrap_or(u64::MAX)
}

/// `memory.fill`: 0, or 1 with an out-of-bounds trap pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn memory_fill(vmctx: *mut u8, memory: u32, dst: u64, val: u32, len: u64) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    let data = inst.memory_mut(memory as usize).data_mut();
    if !range_ok(dst, len, data.len()) {
        return trap(Trap::MemoryOutOfBounds);
    }
    data[dst as usize..(dst + len) as usize].fill(val as u8);
    0
}

/// `memory.copy` between two memories (or within one): 0, or 1 with a trap pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn memory_copy(
    vmctx: *mut u8,
    dst_mem: u32,
    dst: u64,
    src_mem: u32,
    src: u64,
    len: u64,
) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    match inst.two_memories_mut(dst_mem as usize, src_mem as usize) {
        None => {
            let data = inst.memory_mut(dst_mem as usize).data_mut();
            if !range_ok(dst, len, data.len()) || !range_ok(src, len, data.len()) {
                return trap(Trap::MemoryOutOfBounds);
            }
            data.copy_within(src as usize..(src + len) as usize, dst as usize);
        }
        Some((d, s)) => {
            let (d, s) = (d.data_mut(), s.data());
            if !range_ok(dst, len, d.len()) || !range_ok(src, len, s.len()) {
                return trap(Trap::MemoryOutOfBounds);
            }
            d[dst as usize..(dst + len) as usize]
                .copy_from_slice(&s[src as usize..(src + len) as usize]);
        }
    }
    0
}

/// `memory.init` from a data segment: 0, or 1 with a trap pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn memory_init(
    vmctx: *mut u8,
    memory: u32,
    data: u32,
    dst: u64,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    let module = inst.module().clone();
    let bytes: &[u8] = if inst.dropped_data[data as usize] {
        &[]
    } else {
        module.data_bytes(data)
    };
    let (src, len) = (u64::from(src), u64::from(len));
    let mem = inst.memory_mut(memory as usize).data_mut();
    if !range_ok(src, len, bytes.len()) || !range_ok(dst, len, mem.len()) {
        return trap(Trap::MemoryOutOfBounds);
    }
    mem[dst as usize..(dst + len) as usize]
        .copy_from_slice(&bytes[src as usize..(src + len) as usize]);
    0
}

/// `data.drop`.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn data_drop(vmctx: *mut u8, data: u32) {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    inst.dropped_data[data as usize] = true;
}

/// `table.grow` by `delta` elements set to `init`: the old size, `u64::MAX` if it cannot
/// grow, `GROW_TRAP` if the limiter panicked.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn table_grow(vmctx: *mut u8, table: u32, delta: u64, init: u64) -> u64 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    let cur = inst.table_mut(table as usize).size();
    let Some(desired) = cur.checked_add(delta) else {
        return u64::MAX;
    };
    match guarded(|| inst.store_mut().table_growing(cur, desired)) {
        None => return GROW_TRAP,
        Some(false) => return u64::MAX,
        Some(true) => {}
    }
    inst.table_mut(table as usize)
        .grow(delta, init)
        .unwrap_or(u64::MAX)
}

/// `table.fill`: 0, or 1 with an out-of-bounds trap pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn table_fill(vmctx: *mut u8, table: u32, dst: u64, val: u64, len: u64) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    let elems = inst.table_mut(table as usize).elements_mut();
    if !range_ok(dst, len, elems.len()) {
        return trap(Trap::TableOutOfBounds);
    }
    elems[dst as usize..(dst + len) as usize].fill(val);
    0
}

/// `table.copy` between two tables (or within one): 0, or 1 with a trap pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn table_copy(
    vmctx: *mut u8,
    dst_table: u32,
    dst: u64,
    src_table: u32,
    src: u64,
    len: u64,
) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    match inst.two_tables_mut(dst_table as usize, src_table as usize) {
        None => {
            let elems = inst.table_mut(dst_table as usize).elements_mut();
            if !range_ok(dst, len, elems.len()) || !range_ok(src, len, elems.len()) {
                return trap(Trap::TableOutOfBounds);
            }
            elems.copy_within(src as usize..(src + len) as usize, dst as usize);
        }
        Some((d, s)) => {
            let (d, s) = (d.elements_mut(), s.elements());
            if !range_ok(dst, len, d.len()) || !range_ok(src, len, s.len()) {
                return trap(Trap::TableOutOfBounds);
            }
            d[dst as usize..(dst + len) as usize]
                .copy_from_slice(&s[src as usize..(src + len) as usize]);
        }
    }
    0
}

/// `table.init` from an element segment: 0, or 1 with a trap pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn table_init(
    vmctx: *mut u8,
    table: u32,
    elem: u32,
    dst: u64,
    src: u32,
    len: u32,
) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    let items = std::mem::take(&mut inst.passive_elems[elem as usize]);
    let (src, len) = (u64::from(src), u64::from(len));
    let elems = inst.table_mut(table as usize).elements_mut();
    let r = if !range_ok(src, len, items.len()) || !range_ok(dst, len, elems.len()) {
        trap(Trap::TableOutOfBounds)
    } else {
        elems[dst as usize..(dst + len) as usize]
            .copy_from_slice(&items[src as usize..(src + len) as usize]);
        0
    };
    inst.passive_elems[elem as usize] = items;
    r
}

/// `elem.drop`.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn elem_drop(vmctx: *mut u8, elem: u32) {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    inst.passive_elems[elem as usize] = Vec::new();
}

/// Called when the fuel counter reached zero: 0 to go on, 1 with an out-of-fuel trap
/// pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn out_of_fuel(vmctx: *mut u8) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    if inst.store_mut().refuel() {
        0
    } else {
        trap(Trap::OutOfFuel)
    }
}

/// Called when the epoch passed the deadline: 0 to go on, 1 with an interrupt pending.
///
/// # Safety
///
/// Only compiled code calls it, through the builtin table, passing its own live `vmctx`
/// (and, for `.table` and `.memory` arguments, indices that validation checked).
unsafe extern "C" fn new_epoch(vmctx: *mut u8) -> u32 {
    // SAFETY: compiled code passes its own live `vmctx`.
    let inst = unsafe { Instance::from_vmctx(vmctx) };
    if inst.store_mut().epoch_deadline_reached() {
        trap(Trap::Interrupt)
    } else {
        0
    }
}

struct Table([*const (); 12]);
// SAFETY: the table holds function pointers only.
unsafe impl Sync for Table {}

static BUILTINS: Table = Table([
    memory_grow as *const (),
    memory_fill as *const (),
    memory_copy as *const (),
    memory_init as *const (),
    data_drop as *const (),
    table_grow as *const (),
    table_fill as *const (),
    table_copy as *const (),
    table_init as *const (),
    elem_drop as *const (),
    out_of_fuel as *const (),
    new_epoch as *const (),
]);

const _: () = assert!(Builtin::ALL.len() == 12);

/// The builtin table every `VMContext` points to, in `Builtin::ALL` order.
pub fn builtins_table() -> *const *const () {
    BUILTINS.0.as_ptr()
}
