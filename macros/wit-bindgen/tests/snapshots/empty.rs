/// The exports of an instance of world `empty`, ready to call.
pub struct Empty {}
impl Empty {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<T>,
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
        Ok(Empty {})
    }
    /// Defines every import of the world in `linker`, implemented by the `U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<T: 'static, U: Sized + 'static>(
        linker: &mut ::wicker::component::Linker<T>,
        get: fn(&mut T) -> &mut U,
    ) -> ::wicker::Result<()> {
        let _ = (linker, get);
        Ok(())
    }
}
/// `Empty` ready to instantiate quickly: the imports are resolved.
pub struct EmptyPre<T> {
    pre: ::wicker::component::InstancePre<T>,
}
impl<T: 'static> EmptyPre<T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<T>) -> ::wicker::Result<Self> {
        Ok(EmptyPre { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = T>,
    ) -> ::wicker::Result<Empty> {
        let instance = self.pre.instantiate(&mut store)?;
        Empty::new(store, &instance)
    }
}
