/// The exports of an instance of world `empty`, ready to call.
pub struct Empty {}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Empty {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Empty> {
        let instance = linker.instantiate(&mut store, component)?;
        Empty::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Empty> {
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Empty {})
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: ::core::marker::Sized + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
}
/// `Empty` ready to instantiate quickly: the imports are resolved.
pub struct EmptyPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> EmptyPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Empty> {
        let instance = self.pre.instantiate(&mut store)?;
        Empty::new(store, &instance)
    }
}
