//! The types of values and of importable and exportable items.

use anyhow::Result;
use std::fmt;
use std::sync::Arc;
use wicker_environ::{WasmFuncType, WasmRefType, WasmValType};

/// A reference type.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum RefType {
    /// `funcref`
    Func,
    /// `externref`
    Extern,
}

impl RefType {
    /// `funcref`
    pub const FUNCREF: RefType = RefType::Func;
    /// `externref`
    pub const EXTERNREF: RefType = RefType::Extern;

    pub(crate) fn from_wasm(t: WasmRefType) -> RefType {
        match t {
            WasmRefType::Func => RefType::Func,
            WasmRefType::Extern => RefType::Extern,
        }
    }

    pub(crate) fn to_wasm(self) -> WasmRefType {
        match self {
            RefType::Func => WasmRefType::Func,
            RefType::Extern => WasmRefType::Extern,
        }
    }
}

/// The type of a value.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ValType {
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
    Ref(RefType),
}

impl ValType {
    /// `funcref`
    pub const FUNCREF: ValType = ValType::Ref(RefType::Func);
    /// `externref`
    pub const EXTERNREF: ValType = ValType::Ref(RefType::Extern);

    pub(crate) fn from_wasm(t: WasmValType) -> ValType {
        match t {
            WasmValType::I32 => ValType::I32,
            WasmValType::I64 => ValType::I64,
            WasmValType::F32 => ValType::F32,
            WasmValType::F64 => ValType::F64,
            WasmValType::V128 => ValType::V128,
            WasmValType::Ref(r) => ValType::Ref(RefType::from_wasm(r)),
        }
    }

    pub(crate) fn to_wasm(self) -> WasmValType {
        match self {
            ValType::I32 => WasmValType::I32,
            ValType::I64 => WasmValType::I64,
            ValType::F32 => WasmValType::F32,
            ValType::F64 => WasmValType::F64,
            ValType::V128 => WasmValType::V128,
            ValType::Ref(r) => WasmValType::Ref(r.to_wasm()),
        }
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_wasm().fmt(f)
    }
}

/// The type of a function.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct FuncType(pub(crate) Arc<WasmFuncType>);

impl FuncType {
    /// A function type with these parameters and results.
    pub fn new(
        params: impl IntoIterator<Item = ValType>,
        results: impl IntoIterator<Item = ValType>,
    ) -> FuncType {
        let params: Vec<_> = params.into_iter().map(ValType::to_wasm).collect();
        let results: Vec<_> = results.into_iter().map(ValType::to_wasm).collect();
        FuncType(Arc::new(WasmFuncType::new(params, results)))
    }

    pub(crate) fn from_wasm(t: WasmFuncType) -> FuncType {
        FuncType(Arc::new(t))
    }

    /// The parameter types.
    pub fn params(&self) -> impl ExactSizeIterator<Item = ValType> + '_ {
        self.0.params.iter().map(|t| ValType::from_wasm(*t))
    }

    /// The result types.
    pub fn results(&self) -> impl ExactSizeIterator<Item = ValType> + '_ {
        self.0.results.iter().map(|t| ValType::from_wasm(*t))
    }
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Whether a global may change.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Mutability {
    /// Immutable.
    Const,
    /// Mutable.
    Var,
}

/// The type of a global.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct GlobalType {
    content: ValType,
    mutability: Mutability,
}

impl GlobalType {
    /// A global type.
    pub fn new(content: ValType, mutability: Mutability) -> GlobalType {
        GlobalType {
            content,
            mutability,
        }
    }
    /// The value type.
    pub fn content(&self) -> &ValType {
        &self.content
    }
    /// Whether the global may change.
    pub fn mutability(&self) -> Mutability {
        self.mutability
    }
    pub(crate) fn from_wasm(g: &wicker_environ::Global) -> GlobalType {
        GlobalType {
            content: ValType::from_wasm(g.ty),
            mutability: if g.mutable {
                Mutability::Var
            } else {
                Mutability::Const
            },
        }
    }
}

/// The type of a table.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct TableType {
    element: RefType,
    minimum: u64,
    maximum: Option<u64>,
    table64: bool,
}

impl TableType {
    /// A table type with 32-bit indices.
    pub fn new(element: RefType, minimum: u32, maximum: Option<u32>) -> TableType {
        TableType {
            element,
            minimum: u64::from(minimum),
            maximum: maximum.map(u64::from),
            table64: false,
        }
    }
    /// A table type with 64-bit indices (the memory64 proposal).
    pub fn new64(element: RefType, minimum: u64, maximum: Option<u64>) -> TableType {
        TableType {
            element,
            minimum,
            maximum,
            table64: true,
        }
    }
    /// The element type.
    pub fn element(&self) -> &RefType {
        &self.element
    }
    /// The minimum number of elements.
    pub fn minimum(&self) -> u64 {
        self.minimum
    }
    /// The maximum number of elements.
    pub fn maximum(&self) -> Option<u64> {
        self.maximum
    }
    /// Whether the table is indexed with 64-bit indices.
    pub fn is_64(&self) -> bool {
        self.table64
    }
    /// This type with another minimum.
    pub(crate) fn with_minimum(&self, minimum: u64) -> TableType {
        TableType { minimum, ..*self }
    }
    pub(crate) fn from_wasm(t: &wicker_environ::Table) -> TableType {
        TableType {
            element: RefType::from_wasm(t.element),
            minimum: t.minimum,
            maximum: t.maximum,
            table64: t.table64,
        }
    }
}

/// The type of a linear memory: its limits in pages, of 64 KiB unless the
/// custom-page-sizes proposal gives it pages of one byte.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct MemoryType {
    minimum: u64,
    maximum: Option<u64>,
    page_size_log2: u8,
    memory64: bool,
}

impl MemoryType {
    /// A 32-bit memory type of 64 KiB pages.
    pub fn new(minimum: u32, maximum: Option<u32>) -> MemoryType {
        MemoryType {
            minimum: u64::from(minimum),
            maximum: maximum.map(u64::from),
            page_size_log2: wicker_environ::WASM_PAGE_SIZE_LOG2,
            memory64: false,
        }
    }
    /// A 64-bit memory type (the memory64 proposal), of 64 KiB pages.
    pub fn new64(minimum: u64, maximum: Option<u64>) -> MemoryType {
        MemoryType {
            minimum,
            maximum,
            page_size_log2: wicker_environ::WASM_PAGE_SIZE_LOG2,
            memory64: true,
        }
    }
    /// Whether the memory is indexed with 64-bit addresses.
    pub fn is_64(&self) -> bool {
        self.memory64
    }
    /// A 32-bit memory type of pages of `1 << page_size_log2` bytes; the custom-page-sizes
    /// proposal allows 0 (one-byte pages) and 16 (64 KiB).
    pub fn with_page_size_log2(
        minimum: u32,
        maximum: Option<u32>,
        page_size_log2: u8,
    ) -> Result<MemoryType> {
        if page_size_log2 != 0 && page_size_log2 != wicker_environ::WASM_PAGE_SIZE_LOG2 {
            anyhow::bail!("page size 2^{page_size_log2} is not supported: only 1 and 65536");
        }
        Ok(MemoryType {
            page_size_log2,
            ..MemoryType::new(minimum, maximum)
        })
    }
    /// The minimum size in pages.
    pub fn minimum(&self) -> u64 {
        self.minimum
    }
    /// The maximum size in pages.
    pub fn maximum(&self) -> Option<u64> {
        self.maximum
    }
    /// The base-2 logarithm of the page size in bytes.
    pub fn page_size_log2(&self) -> u8 {
        self.page_size_log2
    }
    /// The page size in bytes.
    pub fn page_size(&self) -> u64 {
        1 << self.page_size_log2
    }
    /// This type with another minimum.
    pub(crate) fn with_minimum(&self, minimum: u64) -> MemoryType {
        MemoryType { minimum, ..*self }
    }
    pub(crate) fn from_wasm(m: &wicker_environ::Memory) -> MemoryType {
        MemoryType {
            minimum: m.minimum,
            maximum: m.maximum,
            page_size_log2: m.page_size_log2,
            memory64: m.memory64,
        }
    }
    pub(crate) fn to_wasm(self) -> wicker_environ::Memory {
        wicker_environ::Memory {
            minimum: self.minimum,
            maximum: self.maximum,
            shared: false,
            memory64: self.memory64,
            page_size_log2: self.page_size_log2,
        }
    }
}

/// The type of an importable or exportable item.
#[derive(Clone, Debug)]
pub enum ExternType {
    /// A function.
    Func(FuncType),
    /// A global.
    Global(GlobalType),
    /// A table.
    Table(TableType),
    /// A memory.
    Memory(MemoryType),
}

impl fmt::Display for ExternType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExternType::Func(t) => write!(f, "{t}"),
            ExternType::Global(g) => write!(f, "(global {:?} {})", g.mutability(), g.content()),
            ExternType::Table(t) => write!(
                f,
                "(table {} {:?} {:?})",
                t.minimum(),
                t.maximum(),
                t.element()
            ),
            ExternType::Memory(m) if m.page_size_log2() != wicker_environ::WASM_PAGE_SIZE_LOG2 => {
                write!(
                    f,
                    "(memory {} {:?} (pagesize {}))",
                    m.minimum(),
                    m.maximum(),
                    m.page_size()
                )
            }
            ExternType::Memory(m) if m.is_64() => {
                write!(f, "(memory i64 {} {:?})", m.minimum(), m.maximum())
            }
            ExternType::Memory(m) => write!(f, "(memory {} {:?})", m.minimum(), m.maximum()),
        }
    }
}
