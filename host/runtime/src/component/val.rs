//! Dynamically typed component values.

/// A value of any interface type, for the dynamic API.
#[derive(Clone, Debug, PartialEq)]
#[allow(missing_docs)]
pub enum Val {
    Bool(bool),
    S8(i8),
    U8(u8),
    S16(i16),
    U16(u16),
    S32(i32),
    U32(u32),
    S64(i64),
    U64(u64),
    Float32(f32),
    Float64(f64),
    Char(char),
    String(String),
    /// A `list<T>` or a fixed-length `list<T, N>`.
    List(Vec<Val>),
    /// Field names and values, in the type's order.
    Record(Vec<(String, Val)>),
    Tuple(Vec<Val>),
    /// The case name and its payload.
    Variant(String, Option<Box<Val>>),
    Enum(String),
    Option(Option<Box<Val>>),
    Result(Result<Option<Box<Val>>, Option<Box<Val>>>),
    /// The names of the flags that are set.
    Flags(Vec<String>),
    /// An `own` or `borrow` handle.
    Resource(super::ResourceAny),
}
