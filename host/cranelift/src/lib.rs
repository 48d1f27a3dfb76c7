//! Compilation of WebAssembly to machine code with Cranelift.
//!
//! [`Compiler`] turns each function body of a module into Cranelift IR with our own
//! translator (`translate`), compiles it for the host, and hands back the machine code with
//! its relocations and trap records (`wicker_environ::compile::CompiledFunction`), as the
//! implementation of `wicker_environ::compile::Compiler`. It also compiles the trampolines
//! through which the host and WebAssembly call each other (`trampoline`), and the fused
//! adapters of calls from one component to another (`adapter`).

#![forbid(unsafe_code)]

mod adapter;
mod compiler;
mod trampoline;
mod translate;

pub use compiler::Compiler;
