//! Trap codes shared by compiled code and the runtime.

use std::fmt;

/// The reason a WebAssembly computation stopped abnormally.
#[non_exhaustive]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, serde::Serialize, serde::Deserialize)]
pub enum Trap {
    /// The call stack grew past the configured maximum.
    StackOverflow,
    /// A load or store, or a bulk memory instruction, reached outside its memory.
    MemoryOutOfBounds,
    /// An atomic access was not naturally aligned.
    HeapMisaligned,
    /// An access to a table element reached past the table's end.
    TableOutOfBounds,
    /// `call_indirect` found a null reference in the table.
    IndirectCallToNull,
    /// `call_indirect` found a function of another type than expected.
    BadSignature,
    /// An integer arithmetic instruction overflowed.
    IntegerOverflow,
    /// An integer division or remainder by zero.
    IntegerDivisionByZero,
    /// A float-to-integer conversion of NaN or of a value out of range.
    BadConversionToInteger,
    /// The `unreachable` instruction was executed.
    UnreachableCodeReached,
    /// The epoch deadline passed.
    Interrupt,
    /// The store ran out of fuel.
    OutOfFuel,
    /// A null reference was dereferenced.
    NullReference,
    /// Growing a memory or table was refused by the store's limiter as an error.
    AllocationTooLarge,
    /// A call into a component instance that may not be entered (it is running an export,
    /// or trapped before).
    CannotEnterComponent,
    /// A call out of a component instance that may not leave (it is running its
    /// post-return function or its `realloc`).
    CannotLeaveComponent,
    /// A `char` lifted by the canonical ABI is not a Unicode scalar value.
    InvalidChar,
    /// A variant or enum case lifted by the canonical ABI is out of range.
    InvalidDiscriminant,
    /// A string lifted by the canonical ABI is longer than it may be.
    StringTooLong,
    /// A list lifted by the canonical ABI is longer than it may be.
    ListTooLong,
    /// A pointer the canonical ABI reads or writes through is not aligned for its value.
    UnalignedPointer,
    /// A string lifted by the canonical ABI lies outside its memory.
    StringOutOfBounds,
    /// A list lifted by the canonical ABI lies outside its memory.
    ListOutOfBounds,
    /// A return pointer the canonical ABI reads or writes through lies outside its memory.
    PointerOutOfBounds,
    /// A string lifted by the canonical ABI is not valid UTF-8.
    InvalidUtf8,
    /// A guest's `realloc` returned a pointer not aligned as asked.
    ReallocUnaligned,
    /// A guest's `realloc` returned memory that ends beyond its memory.
    ReallocOutOfBounds,
    /// A string lifted by the canonical ABI is not valid UTF-16.
    InvalidUtf16,
}

impl Trap {
    /// Every trap, in the order of their codes.
    pub const ALL: &'static [Trap] = &[
        Trap::StackOverflow,
        Trap::MemoryOutOfBounds,
        Trap::HeapMisaligned,
        Trap::TableOutOfBounds,
        Trap::IndirectCallToNull,
        Trap::BadSignature,
        Trap::IntegerOverflow,
        Trap::IntegerDivisionByZero,
        Trap::BadConversionToInteger,
        Trap::UnreachableCodeReached,
        Trap::Interrupt,
        Trap::OutOfFuel,
        Trap::NullReference,
        Trap::AllocationTooLarge,
        Trap::CannotEnterComponent,
        Trap::CannotLeaveComponent,
        Trap::InvalidChar,
        Trap::InvalidDiscriminant,
        Trap::StringTooLong,
        Trap::ListTooLong,
        Trap::UnalignedPointer,
        Trap::StringOutOfBounds,
        Trap::ListOutOfBounds,
        Trap::PointerOutOfBounds,
        Trap::InvalidUtf8,
        Trap::ReallocUnaligned,
        Trap::ReallocOutOfBounds,
        Trap::InvalidUtf16,
    ];

    /// A small code for this trap, used in compiled code's trap tables.
    pub fn code(self) -> u8 {
        Trap::ALL.iter().position(|t| *t == self).unwrap_or(0) as u8
    }

    /// The trap with the given code.
    pub fn from_code(code: u8) -> Option<Trap> {
        Trap::ALL.get(usize::from(code)).copied()
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = match self {
            Trap::StackOverflow => "call stack exhausted",
            Trap::MemoryOutOfBounds => "out of bounds memory access",
            Trap::HeapMisaligned => "misaligned memory access",
            Trap::TableOutOfBounds => "undefined element: out of bounds table access",
            Trap::IndirectCallToNull => "uninitialized element: indirect call to null",
            Trap::BadSignature => "indirect call type mismatch",
            Trap::IntegerOverflow => "integer overflow",
            Trap::IntegerDivisionByZero => "integer divide by zero",
            Trap::BadConversionToInteger => "invalid conversion to integer",
            Trap::UnreachableCodeReached => "wasm `unreachable` instruction executed",
            Trap::Interrupt => "interrupt",
            Trap::OutOfFuel => "all fuel consumed by WebAssembly",
            Trap::NullReference => "null reference",
            Trap::AllocationTooLarge => "allocation refused by the store's limiter",
            Trap::CannotEnterComponent => "cannot enter component instance",
            Trap::CannotLeaveComponent => "cannot leave component instance",
            Trap::InvalidChar => "invalid `char` bit pattern",
            Trap::InvalidDiscriminant => "invalid variant discriminant",
            Trap::StringTooLong => "string content out-of-bounds: the string is too long",
            Trap::ListTooLong => "list content out-of-bounds: the list is too long",
            Trap::UnalignedPointer => "unaligned pointer",
            Trap::StringOutOfBounds => {
                "string content out-of-bounds: string pointer/length out of bounds of memory"
            }
            Trap::ListOutOfBounds => "list content out-of-bounds",
            Trap::PointerOutOfBounds => "pointer out of bounds of memory",
            Trap::InvalidUtf8 => "invalid utf-8 in string",
            Trap::ReallocUnaligned => "realloc return: result not aligned",
            Trap::ReallocOutOfBounds => "realloc return: beyond end of memory",
            Trap::InvalidUtf16 => "invalid utf-16 in string",
        };
        write!(f, "wasm trap: {msg}")
    }
}

impl std::error::Error for Trap {}
