//! Traps and wasm backtraces.

use crate::vm::{self, Pending, TrapRecord};
use std::fmt;

pub use wicker_environ::Trap;

/// One frame of a [`WasmBacktrace`].
#[derive(Clone, Debug)]
pub struct FrameInfo {
    module_name: Option<String>,
    func_index: u32,
    func_name: Option<String>,
}

impl FrameInfo {
    /// The module's name, if it has one.
    pub fn module_name(&self) -> Option<&str> {
        self.module_name.as_deref()
    }
    /// The function's index in its module.
    pub fn func_index(&self) -> u32 {
        self.func_index
    }
    /// The function's name, from the name section.
    pub fn func_name(&self) -> Option<&str> {
        self.func_name.as_deref()
    }
}

/// The wasm frames active when a trap happened, innermost first.
///
/// Attached as context to trap errors: `err.downcast_ref::<WasmBacktrace>()`.
#[derive(Clone, Debug)]
pub struct WasmBacktrace {
    frames: Vec<FrameInfo>,
}

impl WasmBacktrace {
    /// The frames, innermost first.
    pub fn frames(&self) -> &[FrameInfo] {
        &self.frames
    }

    pub(crate) fn from_pcs(pcs: &[usize]) -> WasmBacktrace {
        let mut frames = Vec::new();
        for (i, pc) in pcs.iter().enumerate() {
            // Return addresses point after the call; look up the call itself.
            let pc = if i == 0 { *pc } else { pc - 1 };
            let Some(code) = vm::lookup_code(pc) else {
                continue;
            };
            let Some(f) = code.func_at(pc) else { continue };
            frames.push(FrameInfo {
                module_name: code.module_name.clone(),
                func_index: code.first_func_index + f as u32,
                func_name: code.func_names.get(f).cloned().flatten(),
            });
        }
        WasmBacktrace { frames }
    }
}

impl fmt::Display for WasmBacktrace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "error while executing at wasm backtrace:")?;
        for (i, frame) in self.frames.iter().enumerate() {
            let module = frame.module_name.as_deref().unwrap_or("<unknown>");
            match &frame.func_name {
                Some(name) => writeln!(f, "  {i:>2}: {module}!{name}")?,
                None => writeln!(f, "  {i:>2}: {module}!<wasm function {}>", frame.func_index)?,
            }
        }
        Ok(())
    }
}

/// Turns a trap record from a call into wasm into the error returned to the caller.
pub(crate) fn trap_error(record: TrapRecord) -> anyhow::Error {
    let backtrace = WasmBacktrace::from_pcs(&record.frames);
    let err = if record.code == wicker_environ::compile::TRAP_PENDING {
        match vm::take_pending() {
            Some(Pending::Error(e)) => e,
            Some(Pending::Panic(p)) => std::panic::resume_unwind(p),
            None => anyhow::anyhow!("wasm trap with no recorded reason"),
        }
    } else {
        anyhow::Error::new(Trap::from_code(record.code).unwrap_or(Trap::UnreachableCodeReached))
    };
    if backtrace.frames.is_empty() || err.downcast_ref::<WasmBacktrace>().is_some() {
        err
    } else {
        err.context(backtrace)
    }
}
