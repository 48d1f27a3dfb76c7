//! Typed indices, one per index space of a module.

use cranelift_entity::entity_impl;

macro_rules! indices {
    ($($(#[$doc:meta])* $name:ident, $display:literal;)*) => {$(
        $(#[$doc])*
        #[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub struct $name(u32);
        entity_impl!($name, $display);
    )*};
}

indices! {
    /// Index into a module's type section.
    TypeIndex, "type";
    /// Index into a module's function index space (imports first).
    FuncIndex, "func";
    /// Index of a function defined (not imported) by a module.
    DefinedFuncIndex, "defined_func";
    /// Index into a module's table index space (imports first).
    TableIndex, "table";
    /// Index of a table defined by a module.
    DefinedTableIndex, "defined_table";
    /// Index into a module's memory index space (imports first).
    MemoryIndex, "memory";
    /// Index of a memory defined by a module.
    DefinedMemoryIndex, "defined_memory";
    /// Index into a module's global index space (imports first).
    GlobalIndex, "global";
    /// Index of a global defined by a module.
    DefinedGlobalIndex, "defined_global";
    /// Index of an element segment.
    ElemIndex, "elem";
    /// Index of a data segment.
    DataIndex, "data";
    /// Index of a signature interned by an engine, shared by all its modules.
    SharedSignatureIndex, "sig";
}

/// An item in one of a module's index spaces, as named by an import or an export.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub enum EntityIndex {
    /// A function.
    Function(FuncIndex),
    /// A table.
    Table(TableIndex),
    /// A linear memory.
    Memory(MemoryIndex),
    /// A global.
    Global(GlobalIndex),
}
