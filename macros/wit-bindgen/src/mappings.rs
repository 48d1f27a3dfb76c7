//! The `with` and `trappable_error_type` options: WIT interfaces, resources and error
//! types mapped to Rust items that exist already.

use crate::generator::Gen;
use crate::names::raw_snake;
use crate::types::Mode;
use anyhow::{Result, bail};
use std::collections::BTreeSet;
use wit_parser::{Function, InterfaceId, Type, TypeDefKind, TypeId, TypeOwner, WorldItem};

impl Gen<'_> {
    /// Rejects a `with` or `trappable_error_type` key without a version that matches an
    /// interface of which the world has more than one version.
    pub(crate) fn check_keys(&self) -> Result<()> {
        let w = &self.resolve.worlds[self.world];
        let ids: BTreeSet<String> = w
            .imports
            .values()
            .chain(w.exports.values())
            .filter_map(|item| match item {
                WorldItem::Interface { id, .. } => self.resolve.id_of(*id),
                _ => None,
            })
            .collect();
        let keys = self
            .opts
            .with
            .iter()
            .chain(&self.opts.trappable_error_types);
        for (key, _) in keys {
            if key.contains('@') {
                continue;
            }
            let iface: Vec<&str> = key.splitn(3, '/').take(2).collect();
            let iface = iface.join("/");
            let found: Vec<&str> = ids
                .iter()
                .filter(|id| id.split('@').next() == Some(iface.as_str()) && id.contains('@'))
                .map(String::as_str)
                .collect();
            if found.len() > 1 {
                bail!(
                    "`{key}` is ambiguous: the world has `{}`; add `@version` to the key",
                    found.join("`, `")
                );
            }
        }
        Ok(())
    }

    /// The `with` mapping of an imported interface, if any.
    pub(crate) fn with_path(&self, id: InterfaceId) -> Option<(&str, &str)> {
        let full = self.resolve.id_of(id)?;
        let bare = full.split('@').next().unwrap_or(&full).to_string();
        self.opts
            .with
            .iter()
            .find(|(k, _)| *k == full || *k == bare)
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The `with` mapping of a host resource (`ns:pkg/iface/name`) to a Rust type.
    pub(crate) fn with_resource(&self, id: TypeId) -> Option<(&str, &str)> {
        let def = &self.resolve.types[id];
        let TypeOwner::Interface(iface) = def.owner else {
            return None;
        };
        let full = self.resolve.id_of(iface)?;
        let bare = full.split('@').next().unwrap_or(&full).to_string();
        let name = def.name.as_deref()?;
        self.opts
            .with
            .iter()
            .find(|(k, _)| *k == format!("{full}/{name}") || *k == format!("{bare}/{name}"))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The Rust error type mapped to WIT type `id` by `trappable_error_type`, with its key.
    pub(crate) fn mapped_error(&self, id: TypeId) -> Option<(&str, &str)> {
        let id = self.resolve_alias(id);
        let def = &self.resolve.types[id];
        let TypeOwner::Interface(iface) = def.owner else {
            return None;
        };
        let full = self.resolve.id_of(iface)?;
        let bare = full.split('@').next().unwrap_or(&full).to_string();
        let name = def.name.as_deref()?;
        self.opts
            .trappable_error_types
            .iter()
            .find(|(k, _)| *k == format!("{full}/{name}") || *k == format!("{bare}/{name}"))
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// For a function returning `result<T, E>` with `E` mapped: `(T's Rust type or "()",
    /// the Rust error, E's definition)`.
    pub(crate) fn mapped_result(
        &self,
        f: &Function,
        module: &[String],
    ) -> Result<Option<(String, String, TypeId)>> {
        let Some(Type::Id(id)) = &f.result else {
            return Ok(None);
        };
        let TypeDefKind::Result(r) = &self.resolve.types[self.resolve_alias(*id)].kind else {
            return Ok(None);
        };
        let Some(Type::Id(err)) = &r.err else {
            return Ok(None);
        };
        let Some((_, rust)) = self.mapped_error(*err) else {
            return Ok(None);
        };
        let ok = match &r.ok {
            Some(t) => self.ty(t, Mode::Owned, module)?,
            None => "()".into(),
        };
        Ok(Some((ok, rust.to_string(), self.resolve_alias(*err))))
    }

    /// The method that converts the Rust error mapped to `err` into its WIT value. It is
    /// reserved in its `Host` trait before the functions, so it is never renamed.
    pub(crate) fn convert_method(&self, err: TypeId) -> String {
        let name = self.resolve.types[err].name.clone().unwrap_or_default();
        format!("convert_{}", raw_snake(&name))
    }
}
