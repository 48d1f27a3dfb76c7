//! The inert description of a module: everything but its function bodies.

use crate::index::*;
use crate::types::*;
use cranelift_entity::PrimaryMap;
use std::collections::BTreeMap;

/// One operator of a constant expression, in evaluation order.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ConstOp {
    /// `i32.const`
    I32Const(i32),
    /// `i64.const`
    I64Const(i64),
    /// `f32.const`, as bits.
    F32Const(u32),
    /// `f64.const`, as bits.
    F64Const(u64),
    /// `v128.const`
    V128Const(u128),
    /// `global.get`
    GlobalGet(GlobalIndex),
    /// `ref.null`
    RefNull(WasmRefType),
    /// `ref.func`
    RefFunc(FuncIndex),
    /// `i32.add`
    I32Add,
    /// `i32.sub`
    I32Sub,
    /// `i32.mul`
    I32Mul,
    /// `i64.add`
    I64Add,
    /// `i64.sub`
    I64Sub,
    /// `i64.mul`
    I64Mul,
}

/// A constant expression: a global's initializer, a segment's offset or element.
#[derive(Clone, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ConstExpr {
    /// The operators, evaluated on a stack; one value remains.
    pub ops: Vec<ConstOp>,
}

/// An imported item.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Import {
    /// The module name.
    pub module: String,
    /// The item name.
    pub field: String,
    /// The index the import occupies in its index space.
    pub index: EntityIndex,
}

/// The elements of an element segment.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum ElemItems {
    /// Function indices (`None` never occurs here; see `Exprs` for nulls).
    Functions(Vec<FuncIndex>),
    /// Constant expressions producing references.
    Exprs(Vec<ConstExpr>),
}

impl ElemItems {
    /// The number of elements.
    pub fn len(&self) -> usize {
        match self {
            ElemItems::Functions(f) => f.len(),
            ElemItems::Exprs(e) => e.len(),
        }
    }

    /// Whether the segment is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// How an element segment is used.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum ElemMode {
    /// Copied into a table at instantiation, then dropped.
    Active {
        /// The target table.
        table: TableIndex,
        /// The first element written.
        offset: ConstExpr,
    },
    /// Kept for `table.init`.
    Passive,
    /// Only declares functions for `ref.func`; dropped at instantiation.
    Declared,
}

/// An element segment.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ElemSegment {
    /// The element type.
    pub ty: WasmRefType,
    /// How the segment is used.
    pub mode: ElemMode,
    /// The elements.
    pub items: ElemItems,
}

/// A data segment.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct DataSegment {
    /// `Some((memory, offset))` for an active segment, `None` for a passive one.
    pub active: Option<(MemoryIndex, ConstExpr)>,
    /// The range of the bytes in the module's binary.
    pub range: std::ops::Range<usize>,
}

/// Everything known about a module, except its function bodies.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct ModuleInfo {
    /// The module's own name, from the name section.
    pub name: Option<String>,
    /// Signatures of the type section.
    pub types: PrimaryMap<TypeIndex, WasmFuncType>,
    /// Type of each function, imports first.
    pub functions: PrimaryMap<FuncIndex, TypeIndex>,
    /// Every table, imports first.
    pub tables: PrimaryMap<TableIndex, Table>,
    /// Initial value of each defined table's elements (`None`: null).
    pub table_inits: PrimaryMap<DefinedTableIndex, Option<ConstExpr>>,
    /// Every memory, imports first.
    pub memories: PrimaryMap<MemoryIndex, Memory>,
    /// Every global, imports first.
    pub globals: PrimaryMap<GlobalIndex, Global>,
    /// Initializer of each defined global.
    pub global_inits: PrimaryMap<DefinedGlobalIndex, ConstExpr>,
    /// Imports in declaration order.
    pub imports: Vec<Import>,
    /// Exports in declaration order.
    pub exports: Vec<(String, EntityIndex)>,
    /// The start function.
    pub start: Option<FuncIndex>,
    /// Element segments.
    pub elems: PrimaryMap<ElemIndex, ElemSegment>,
    /// Data segments.
    pub data: PrimaryMap<DataIndex, DataSegment>,
    /// Function names from the name section (ordered, so that artifacts are the same on
    /// every run).
    pub func_names: BTreeMap<FuncIndex, String>,
    /// Number of imported functions.
    pub num_imported_funcs: u32,
    /// Number of imported tables.
    pub num_imported_tables: u32,
    /// Number of imported memories.
    pub num_imported_memories: u32,
    /// Number of imported globals.
    pub num_imported_globals: u32,
}

macro_rules! defined_index {
    ($defined:ident, $is:ident, $to_def:ident, $from_def:ident, $Idx:ident, $DefIdx:ident, $num:ident) => {
        /// Whether the item is imported.
        pub fn $is(&self, index: $Idx) -> bool {
            index.as_u32() < self.$num
        }
        /// The defined index of an item, or `None` if it is imported.
        pub fn $to_def(&self, index: $Idx) -> Option<$DefIdx> {
            index.as_u32().checked_sub(self.$num).map($DefIdx::from_u32)
        }
        /// The index-space index of a defined item.
        pub fn $from_def(&self, index: $DefIdx) -> $Idx {
            $Idx::from_u32(index.as_u32() + self.$num)
        }
    };
}

impl ModuleInfo {
    defined_index!(
        functions,
        is_imported_func,
        defined_func_index,
        func_index,
        FuncIndex,
        DefinedFuncIndex,
        num_imported_funcs
    );
    defined_index!(
        tables,
        is_imported_table,
        defined_table_index,
        table_index,
        TableIndex,
        DefinedTableIndex,
        num_imported_tables
    );
    defined_index!(
        memories,
        is_imported_memory,
        defined_memory_index,
        memory_index,
        MemoryIndex,
        DefinedMemoryIndex,
        num_imported_memories
    );
    defined_index!(
        globals,
        is_imported_global,
        defined_global_index,
        global_index,
        GlobalIndex,
        DefinedGlobalIndex,
        num_imported_globals
    );

    /// The signature of a function.
    pub fn func_type(&self, func: FuncIndex) -> &WasmFuncType {
        &self.types[self.functions[func]]
    }

    /// The number of functions defined by the module.
    pub fn num_defined_funcs(&self) -> u32 {
        self.functions.len() as u32 - self.num_imported_funcs
    }

    /// The number of globals defined by the module.
    pub fn num_defined_globals(&self) -> u32 {
        self.globals.len() as u32 - self.num_imported_globals
    }

    /// The number of tables defined by the module.
    pub fn num_defined_tables(&self) -> u32 {
        self.tables.len() as u32 - self.num_imported_tables
    }

    /// The number of memories defined by the module.
    pub fn num_defined_memories(&self) -> u32 {
        self.memories.len() as u32 - self.num_imported_memories
    }
}
