//! The WebAssembly proposals a module may use.

/// Which WebAssembly proposals are enabled.
///
/// WebAssembly 2.0, plus relaxed SIMD, tail calls, multi-memory, extended constant
/// expressions, wide arithmetic, custom page sizes and memory64, can currently be
/// compiled; the others
/// are listed so that configurations can name them and be refused with a clear message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[allow(missing_docs)]
pub struct Features {
    pub multi_value: bool,
    pub bulk_memory: bool,
    pub reference_types: bool,
    pub sign_extension: bool,
    pub saturating_float_to_int: bool,
    pub mutable_global: bool,
    pub simd: bool,
    pub relaxed_simd: bool,
    pub tail_call: bool,
    pub multi_memory: bool,
    pub memory64: bool,
    pub extended_const: bool,
    pub function_references: bool,
    pub gc: bool,
    pub exceptions: bool,
    pub threads: bool,
    pub custom_page_sizes: bool,
    pub wide_arithmetic: bool,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            multi_value: true,
            bulk_memory: true,
            reference_types: true,
            sign_extension: true,
            saturating_float_to_int: true,
            mutable_global: true,
            simd: true,
            relaxed_simd: true,
            tail_call: true,
            multi_memory: true,
            memory64: false,
            extended_const: true,
            function_references: false,
            gc: false,
            exceptions: false,
            threads: false,
            custom_page_sizes: false,
            wide_arithmetic: false,
        }
    }
}

impl Features {
    /// The proposals that are enabled but that this version cannot compile yet.
    pub fn unsupported(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let list = [
            (self.function_references, "function-references"),
            (self.gc, "gc"),
            (self.exceptions, "exceptions"),
            (self.threads, "threads"),
        ];
        for (on, name) in list {
            if on {
                out.push(name);
            }
        }
        out
    }

    /// The equivalent `wasmparser` feature set for validation.
    pub fn to_wasmparser(&self) -> wasmparser::WasmFeatures {
        use wasmparser::WasmFeatures as F;
        let mut f = F::empty();
        f.set(F::FLOATS, true);
        f.set(F::GC_TYPES, true);
        f.set(F::MULTI_VALUE, self.multi_value);
        f.set(F::BULK_MEMORY, self.bulk_memory);
        f.set(F::REFERENCE_TYPES, self.reference_types);
        f.set(F::SIGN_EXTENSION, self.sign_extension);
        f.set(F::SATURATING_FLOAT_TO_INT, self.saturating_float_to_int);
        f.set(F::MUTABLE_GLOBAL, self.mutable_global);
        f.set(F::SIMD, self.simd);
        f.set(F::RELAXED_SIMD, self.relaxed_simd);
        f.set(F::TAIL_CALL, self.tail_call);
        f.set(F::MULTI_MEMORY, self.multi_memory);
        f.set(F::MEMORY64, self.memory64);
        f.set(F::EXTENDED_CONST, self.extended_const);
        f.set(F::FUNCTION_REFERENCES, self.function_references);
        f.set(F::GC, self.gc);
        f.set(F::EXCEPTIONS, self.exceptions);
        f.set(F::THREADS, self.threads);
        f.set(F::CUSTOM_PAGE_SIZES, self.custom_page_sizes);
        f.set(F::WIDE_ARITHMETIC, self.wide_arithmetic);
        f
    }
}
