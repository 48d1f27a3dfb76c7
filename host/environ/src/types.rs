//! WebAssembly types as the compiler and the runtime see them.

use anyhow::{Result, bail};
use std::fmt;

/// A reference type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub enum WasmRefType {
    /// `funcref`: a nullable reference to a function.
    Func,
    /// `externref`: a nullable reference to a host value.
    Extern,
}

/// A value type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub enum WasmValType {
    /// 32-bit integer.
    I32,
    /// 64-bit integer.
    I64,
    /// 32-bit float.
    F32,
    /// 64-bit float.
    F64,
    /// 128-bit vector.
    V128,
    /// A reference.
    Ref(WasmRefType),
}

impl fmt::Display for WasmValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WasmValType::I32 => "i32",
            WasmValType::I64 => "i64",
            WasmValType::F32 => "f32",
            WasmValType::F64 => "f64",
            WasmValType::V128 => "v128",
            WasmValType::Ref(WasmRefType::Func) => "funcref",
            WasmValType::Ref(WasmRefType::Extern) => "externref",
        })
    }
}

impl WasmRefType {
    /// Converts a `wasmparser` reference type, refusing the ones this version does not support.
    pub fn from_wasmparser(ty: wasmparser::RefType) -> Result<Self> {
        if ty.is_func_ref() {
            Ok(WasmRefType::Func)
        } else if ty.is_extern_ref() {
            Ok(WasmRefType::Extern)
        } else {
            bail!("unsupported reference type {ty:?}")
        }
    }
}

impl WasmValType {
    /// Converts a `wasmparser` value type, refusing the ones this version does not support.
    pub fn from_wasmparser(ty: wasmparser::ValType) -> Result<Self> {
        Ok(match ty {
            wasmparser::ValType::I32 => WasmValType::I32,
            wasmparser::ValType::I64 => WasmValType::I64,
            wasmparser::ValType::F32 => WasmValType::F32,
            wasmparser::ValType::F64 => WasmValType::F64,
            wasmparser::ValType::V128 => WasmValType::V128,
            wasmparser::ValType::Ref(r) => WasmValType::Ref(WasmRefType::from_wasmparser(r)?),
        })
    }
}

/// A function signature.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct WasmFuncType {
    /// Parameter types.
    pub params: Box<[WasmValType]>,
    /// Result types.
    pub results: Box<[WasmValType]>,
}

impl WasmFuncType {
    /// Creates a signature.
    pub fn new(
        params: impl Into<Box<[WasmValType]>>,
        results: impl Into<Box<[WasmValType]>>,
    ) -> Self {
        WasmFuncType {
            params: params.into(),
            results: results.into(),
        }
    }
}

impl fmt::Display for WasmFuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(func")?;
        if !self.params.is_empty() {
            f.write_str(" (param")?;
            for p in self.params.iter() {
                write!(f, " {p}")?;
            }
            f.write_str(")")?;
        }
        if !self.results.is_empty() {
            f.write_str(" (result")?;
            for p in self.results.iter() {
                write!(f, " {p}")?;
            }
            f.write_str(")")?;
        }
        f.write_str(")")
    }
}

/// A table's type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct Table {
    /// Element type.
    pub element: WasmRefType,
    /// Initial number of elements.
    pub minimum: u64,
    /// Maximum number of elements, if bounded.
    pub maximum: Option<u64>,
    /// Whether the table is indexed with 64-bit indices (the memory64 proposal).
    pub table64: bool,
}

/// A linear memory's type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct Memory {
    /// Initial size in pages.
    pub minimum: u64,
    /// Maximum size in pages, if bounded.
    pub maximum: Option<u64>,
    /// Whether the memory is shared between threads.
    pub shared: bool,
    /// Whether the memory is indexed with 64-bit addresses.
    pub memory64: bool,
    /// The base-2 logarithm of its page size in bytes: 16 (64 KiB pages) unless the
    /// custom-page-sizes proposal gives another (0, a page of one byte).
    pub page_size_log2: u8,
}

impl Memory {
    /// The page size in bytes.
    pub fn page_size(&self) -> u64 {
        1 << self.page_size_log2
    }

    /// Whether guard pages can stand in for bounds checks: only when the memory's length
    /// is always a whole number of 64 KiB pages, so that an access past it reaches a page
    /// the host keeps inaccessible.
    pub fn guard_pages_suffice(&self) -> bool {
        self.page_size_log2 >= WASM_PAGE_SIZE_LOG2 && !self.memory64
    }

    /// The largest number of pages a memory of this type may have: its maximum, or as
    /// many as its address space holds (for a 64-bit memory, `2^64` bytes' worth).
    pub fn max_pages(&self) -> u64 {
        let fit = if self.memory64 {
            (u64::MAX >> self.page_size_log2) + u64::from(self.page_size_log2 > 0)
        } else {
            (1u64 << 32) >> self.page_size_log2
        };
        self.maximum.unwrap_or(fit).min(fit)
    }
}

/// The base-2 logarithm of [`WASM_PAGE_SIZE`].
pub const WASM_PAGE_SIZE_LOG2: u8 = 16;

/// The size of a WebAssembly page.
pub const WASM_PAGE_SIZE: u64 = 65536;

/// The largest number of pages a 32-bit memory may have.
pub const WASM32_MAX_PAGES: u64 = 65536;

/// A global's type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub struct Global {
    /// Type of the value.
    pub ty: WasmValType,
    /// Whether `global.set` may change it.
    pub mutable: bool,
}
