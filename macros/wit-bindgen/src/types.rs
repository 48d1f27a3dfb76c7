//! The Rust type of a WIT type, as a field, result or parameter of generated code.

use crate::generator::Gen;
use crate::modules::relative;
use crate::names::camel;
use anyhow::{Result, bail};
use wit_parser::{Handle, Type, TypeDefKind, TypeId};

/// WIT tuples up to this length are Rust tuples, so that std's derives (`Debug`,
/// `PartialEq`, ...) apply; longer ones are the `__wicker::Tuple<N>` structs.
const MAX_RUST_TUPLE: usize = 12;

/// How a type is used: owned (results, host parameters) or borrowed (guest call
/// parameters: `&str`, `&[T]`, `&T`).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Mode {
    Owned,
    Param,
}

impl Gen<'_> {
    /// The Rust name of named type `id`.
    pub(crate) fn type_ident(&self, id: TypeId) -> String {
        match self.type_names.get(&id) {
            Some(name) => name.clone(),
            None => camel(self.resolve.types[id].name.as_deref().unwrap_or("type")),
        }
    }

    /// The path of named type `id` from module `from`.
    pub(crate) fn type_path(&self, id: TypeId, from: &[String]) -> String {
        relative(from, &self.type_module(id), &self.type_ident(id))
    }

    /// Follows `type a = b` to the defining type.
    pub(crate) fn resolve_alias(&self, mut id: TypeId) -> TypeId {
        while let TypeDefKind::Type(Type::Id(next)) = &self.resolve.types[id].kind {
            id = *next;
        }
        id
    }

    /// The Rust type of `ty`, written from module `from`.
    pub(crate) fn ty(&self, ty: &Type, mode: Mode, from: &[String]) -> Result<String> {
        let w = self.w();
        Ok(match ty {
            Type::Bool => "bool".into(),
            Type::U8 => "u8".into(),
            Type::U16 => "u16".into(),
            Type::U32 => "u32".into(),
            Type::U64 => "u64".into(),
            Type::S8 => "i8".into(),
            Type::S16 => "i16".into(),
            Type::S32 => "i32".into(),
            Type::S64 => "i64".into(),
            Type::F32 => "f32".into(),
            Type::F64 => "f64".into(),
            Type::Char => "char".into(),
            Type::String => match mode {
                Mode::Param => "&str".into(),
                Mode::Owned => "::std::string::String".into(),
            },
            Type::ErrorContext => bail!("`error-context` is not supported yet"),
            Type::Id(id) => {
                let def = &self.resolve.types[*id];
                if def.name.is_some() && !matches!(def.kind, TypeDefKind::Resource) {
                    let path = self.type_path(*id, from);
                    let by_ref = mode == Mode::Param
                        && !matches!(
                            self.resolve.types[self.resolve_alias(*id)].kind,
                            TypeDefKind::Enum(_) | TypeDefKind::Flags(_) | TypeDefKind::Handle(_)
                        );
                    return Ok(if by_ref { format!("&{path}") } else { path });
                }
                match &def.kind {
                    // Guest calls borrow lists and guest resources.
                    TypeDefKind::List(t) if mode == Mode::Param => {
                        format!("&[{}]", self.ty(t, Mode::Owned, from)?)
                    }
                    TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r))
                        if mode == Mode::Param && !self.host_resource(*r) =>
                    {
                        format!("&{w}::component::ResourceAny")
                    }
                    TypeDefKind::List(_)
                    | TypeDefKind::Option(_)
                    | TypeDefKind::Result(_)
                    | TypeDefKind::Tuple(_)
                    | TypeDefKind::Handle(_) => self.anonymous(&def.kind, from)?,
                    TypeDefKind::Type(t) => self.ty(t, mode, from)?,
                    TypeDefKind::FixedLengthList(..) => {
                        bail!("fixed-length lists are not supported yet")
                    }
                    TypeDefKind::Map(..) => bail!("`map` types are not supported yet"),
                    TypeDefKind::Future(_) | TypeDefKind::Stream(_) => {
                        bail!("`future` and `stream` types are not supported yet")
                    }
                    other => bail!("unexpected anonymous type: {}", other.as_str()),
                }
            }
        })
    }

    /// The Rust type of an unnamed type definition.
    pub(crate) fn anonymous(&self, kind: &TypeDefKind, from: &[String]) -> Result<String> {
        let w = self.w();
        Ok(match kind {
            TypeDefKind::List(t) => {
                format!("::std::vec::Vec<{}>", self.ty(t, Mode::Owned, from)?)
            }
            TypeDefKind::Option(t) => {
                format!("::core::option::Option<{}>", self.ty(t, Mode::Owned, from)?)
            }
            TypeDefKind::Result(r) => {
                let part = |t: &Option<Type>| -> Result<String> {
                    match t {
                        Some(t) => self.ty(t, Mode::Owned, from),
                        None => Ok("()".into()),
                    }
                };
                format!(
                    "::core::result::Result<{}, {}>",
                    part(&r.ok)?,
                    part(&r.err)?
                )
            }
            TypeDefKind::Tuple(t) => {
                let tys = t
                    .types
                    .iter()
                    .map(|t| self.ty(t, Mode::Owned, from))
                    .collect::<Result<Vec<_>>>()?;
                if tys.len() > MAX_RUST_TUPLE {
                    format!("{}<{}>", self.wide_tuple(tys.len(), from), tys.join(", "))
                } else {
                    format!("({},)", tys.join(", "))
                }
            }
            TypeDefKind::Handle(Handle::Own(r) | Handle::Borrow(r)) => {
                if self.host_resource(*r) {
                    let r = self.resolve_alias(*r);
                    format!("{w}::component::Resource<{}>", self.type_path(r, from))
                } else {
                    format!("{w}::component::ResourceAny")
                }
            }
            other => bail!("`{}` types are not supported yet", other.as_str()),
        })
    }
}
