//! Reading and validating a module's binary into a [`ModuleTranslation`].

use crate::features::Features;
use crate::index::*;
use crate::module::*;
use crate::types::*;
use anyhow::{Context, Result, bail};
use cranelift_entity::{EntityRef, PrimaryMap};
use wasmparser::{
    FuncToValidate, FunctionBody, KnownCustom, Name, Operator, Parser, Payload, TypeRef,
    ValidPayload, Validator, ValidatorResources,
};

/// A function body waiting to be compiled, with its validator.
pub struct FunctionBodyData<'a> {
    /// The body.
    pub body: FunctionBody<'a>,
    /// Validates the body while the compiler reads it.
    pub validator: FuncToValidate<ValidatorResources>,
}

/// The result of reading a module: its metadata and its function bodies.
pub struct ModuleTranslation<'a> {
    /// Everything but the function bodies.
    pub module: ModuleInfo,
    /// The bodies of the defined functions.
    pub bodies: PrimaryMap<DefinedFuncIndex, FunctionBodyData<'a>>,
    /// The module's binary.
    pub wasm: &'a [u8],
}

fn const_expr(expr: &wasmparser::ConstExpr<'_>) -> Result<ConstExpr> {
    let mut ops = Vec::new();
    let mut reader = expr.get_operators_reader();
    while !reader.eof() {
        let op = reader.read()?;
        ops.push(match op {
            Operator::I32Const { value } => ConstOp::I32Const(value),
            Operator::I64Const { value } => ConstOp::I64Const(value),
            Operator::F32Const { value } => ConstOp::F32Const(value.bits()),
            Operator::F64Const { value } => ConstOp::F64Const(value.bits()),
            Operator::V128Const { value } => ConstOp::V128Const(value.i128() as u128),
            Operator::GlobalGet { global_index } => {
                ConstOp::GlobalGet(GlobalIndex::from_u32(global_index))
            }
            Operator::RefNull { hty } => {
                let r = wasmparser::RefType::new(true, hty).context("invalid reference type")?;
                ConstOp::RefNull(WasmRefType::from_wasmparser(r)?)
            }
            Operator::RefFunc { function_index } => {
                ConstOp::RefFunc(FuncIndex::from_u32(function_index))
            }
            Operator::I32Add => ConstOp::I32Add,
            Operator::I32Sub => ConstOp::I32Sub,
            Operator::I32Mul => ConstOp::I32Mul,
            Operator::I64Add => ConstOp::I64Add,
            Operator::I64Sub => ConstOp::I64Sub,
            Operator::I64Mul => ConstOp::I64Mul,
            Operator::End => break,
            other => bail!("unsupported operator in constant expression: {other:?}"),
        });
    }
    Ok(ConstExpr { ops })
}

fn table_type(ty: &wasmparser::TableType) -> Result<Table> {
    Ok(Table {
        element: WasmRefType::from_wasmparser(ty.element_type)?,
        minimum: ty.initial,
        maximum: ty.maximum,
        table64: ty.table64,
    })
}

fn memory_type(ty: &wasmparser::MemoryType) -> Memory {
    Memory {
        minimum: ty.initial,
        maximum: ty.maximum,
        shared: ty.shared,
        memory64: ty.memory64,
        page_size_log2: ty
            .page_size_log2
            .map_or(WASM_PAGE_SIZE_LOG2, |log2| log2 as u8),
    }
}

fn global_type(ty: &wasmparser::GlobalType) -> Result<Global> {
    Ok(Global {
        ty: WasmValType::from_wasmparser(ty.content_type)?,
        mutable: ty.mutable,
    })
}

/// Validates `wasm` with the given features and reads it into a [`ModuleTranslation`].
pub fn translate_module<'a>(wasm: &'a [u8], features: &Features) -> Result<ModuleTranslation<'a>> {
    let mut validator = Validator::new_with_features(features.to_wasmparser());
    let mut module = ModuleInfo::default();
    let mut bodies = PrimaryMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload?;
        match validator.payload(&payload)? {
            ValidPayload::Func(validator, body) => {
                bodies.push(FunctionBodyData { body, validator });
                continue;
            }
            ValidPayload::Parser(_) => bail!("nested modules are not supported"),
            ValidPayload::Ok | ValidPayload::End(_) => {}
        }
        match payload {
            Payload::Version { encoding, .. } if encoding != wasmparser::Encoding::Module => {
                bail!("expected a core module, found a component");
            }
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    let ty = ty?;
                    let params = ty
                        .params()
                        .iter()
                        .map(|t| WasmValType::from_wasmparser(*t))
                        .collect::<Result<Vec<_>>>()?;
                    let results = ty
                        .results()
                        .iter()
                        .map(|t| WasmValType::from_wasmparser(*t))
                        .collect::<Result<Vec<_>>>()?;
                    module.types.push(WasmFuncType::new(params, results));
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    let import = import?;
                    let index = match import.ty {
                        TypeRef::Func(ty) | TypeRef::FuncExact(ty) => {
                            module.num_imported_funcs += 1;
                            EntityIndex::Function(module.functions.push(TypeIndex::from_u32(ty)))
                        }
                        TypeRef::Table(ty) => {
                            module.num_imported_tables += 1;
                            EntityIndex::Table(module.tables.push(table_type(&ty)?))
                        }
                        TypeRef::Memory(ty) => {
                            module.num_imported_memories += 1;
                            EntityIndex::Memory(module.memories.push(memory_type(&ty)))
                        }
                        TypeRef::Global(ty) => {
                            module.num_imported_globals += 1;
                            EntityIndex::Global(module.globals.push(global_type(&ty)?))
                        }
                        TypeRef::Tag(_) => bail!("exception tags are not supported"),
                    };
                    module.imports.push(Import {
                        module: import.module.to_string(),
                        field: import.name.to_string(),
                        index,
                    });
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    module.functions.push(TypeIndex::from_u32(ty?));
                }
            }
            Payload::TableSection(reader) => {
                for table in reader {
                    let table = table?;
                    module.tables.push(table_type(&table.ty)?);
                    module.table_inits.push(match table.init {
                        wasmparser::TableInit::RefNull => None,
                        wasmparser::TableInit::Expr(e) => Some(const_expr(&e)?),
                    });
                }
            }
            Payload::MemorySection(reader) => {
                if !features.memory64 {
                    let r = reader.range();
                    check_memory_limits_encoding(&wasm[r.start as usize..r.end as usize])?;
                }
                for memory in reader {
                    module.memories.push(memory_type(&memory?));
                }
            }
            Payload::TagSection(_) => bail!("exception tags are not supported"),
            Payload::GlobalSection(reader) => {
                for global in reader {
                    let global = global?;
                    module.globals.push(global_type(&global.ty)?);
                    module.global_inits.push(const_expr(&global.init_expr)?);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    let index = match export.kind {
                        wasmparser::ExternalKind::Func | wasmparser::ExternalKind::FuncExact => {
                            EntityIndex::Function(FuncIndex::from_u32(export.index))
                        }
                        wasmparser::ExternalKind::Table => {
                            EntityIndex::Table(TableIndex::from_u32(export.index))
                        }
                        wasmparser::ExternalKind::Memory => {
                            EntityIndex::Memory(MemoryIndex::from_u32(export.index))
                        }
                        wasmparser::ExternalKind::Global => {
                            EntityIndex::Global(GlobalIndex::from_u32(export.index))
                        }
                        wasmparser::ExternalKind::Tag => bail!("exception tags are not supported"),
                    };
                    module.exports.push((export.name.to_string(), index));
                }
            }
            Payload::StartSection { func, .. } => module.start = Some(FuncIndex::from_u32(func)),
            Payload::ElementSection(reader) => {
                for elem in reader {
                    let elem = elem?;
                    let (ty, items) = match elem.items {
                        wasmparser::ElementItems::Functions(funcs) => {
                            let funcs = funcs
                                .into_iter()
                                .map(|f| f.map(FuncIndex::from_u32))
                                .collect::<Result<Vec<_>, _>>()?;
                            (WasmRefType::Func, ElemItems::Functions(funcs))
                        }
                        wasmparser::ElementItems::Expressions(ty, exprs) => {
                            let exprs = exprs
                                .into_iter()
                                .map(|e| const_expr(&e?))
                                .collect::<Result<Vec<_>>>()?;
                            (WasmRefType::from_wasmparser(ty)?, ElemItems::Exprs(exprs))
                        }
                    };
                    let mode = match elem.kind {
                        wasmparser::ElementKind::Passive => ElemMode::Passive,
                        wasmparser::ElementKind::Declared => ElemMode::Declared,
                        wasmparser::ElementKind::Active {
                            table_index,
                            offset_expr,
                        } => ElemMode::Active {
                            table: TableIndex::from_u32(table_index.unwrap_or(0)),
                            offset: const_expr(&offset_expr)?,
                        },
                    };
                    module.elems.push(ElemSegment { ty, mode, items });
                }
            }
            Payload::DataSection(reader) => {
                for data in reader {
                    let data = data?;
                    // The segment's bytes are a slice of `wasm`; remember where they are.
                    let start = data.data.as_ptr() as usize - wasm.as_ptr() as usize;
                    let range = start..start + data.data.len();
                    let active = match data.kind {
                        wasmparser::DataKind::Passive => None,
                        wasmparser::DataKind::Active {
                            memory_index,
                            offset_expr,
                        } => Some((
                            MemoryIndex::from_u32(memory_index),
                            const_expr(&offset_expr)?,
                        )),
                    };
                    module.data.push(DataSegment { active, range });
                }
            }
            Payload::CustomSection(reader) => {
                if let KnownCustom::Name(names) = reader.as_known() {
                    // A malformed name section is ignored, as the specification allows.
                    let _ = read_names(&mut module, names);
                }
            }
            _ => {}
        }
    }
    debug_assert_eq!(
        bodies.len(),
        module.functions.len() - module.num_imported_funcs as usize
    );
    let _ = DefinedFuncIndex::new(0);
    Ok(ModuleTranslation {
        module,
        bodies,
        wasm,
    })
}

/// Reads an unsigned LEB128 and returns how many bytes it took.
fn leb_len(bytes: &[u8], at: &mut usize) -> Result<usize> {
    let start = *at;
    loop {
        let Some(b) = bytes.get(*at) else {
            bail!("unexpected end of section")
        };
        *at += 1;
        if b & 0x80 == 0 {
            return Ok(*at - start);
        }
    }
}

/// Without 64-bit memories, limits are `u32`s: their encoding may not exceed five bytes.
/// (The decoder reads them as `u64` for every configuration.)
fn check_memory_limits_encoding(section: &[u8]) -> Result<()> {
    let mut at = 0;
    let mut count = 0u64;
    let n = leb_len(section, &mut at)?;
    for (i, b) in section[..n].iter().enumerate() {
        count |= u64::from(b & 0x7f) << (7 * i.min(9));
    }
    for _ in 0..count {
        let Some(flags) = section.get(at).copied() else {
            return Ok(());
        };
        at += 1;
        if flags & 0x04 != 0 {
            return Ok(());
        }
        if leb_len(section, &mut at)? > 5 {
            bail!("integer representation too long");
        }
        if flags & 0x01 != 0 && leb_len(section, &mut at)? > 5 {
            bail!("integer representation too long");
        }
        if flags & 0x08 != 0 {
            leb_len(section, &mut at)?;
        }
    }
    Ok(())
}

fn read_names(module: &mut ModuleInfo, names: wasmparser::NameSectionReader<'_>) -> Result<()> {
    for name in names {
        match name? {
            Name::Module { name, .. } => module.name = Some(name.to_string()),
            Name::Function(map) => {
                for naming in map {
                    let naming = naming?;
                    module
                        .func_names
                        .insert(FuncIndex::from_u32(naming.index), naming.name.to_string());
                }
            }
            _ => {}
        }
    }
    Ok(())
}
