/// The WIT type `name5`.
#[derive(
    ::wicker::component::ComponentType,
    ::wicker::component::Lift,
    ::wicker::component::Lower,
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq
)]
#[component(record)]
#[component(wicker = "::wicker")]
pub struct Name5_ {
    /// The `x` field.
    #[component(name = "x")]
    pub x: u32,
}
/// The WIT type `name5-pre`.
pub type Name5Pre_ = u32;
/// The WIT type `name5-imports`.
pub type Name5Imports_ = ::std::string::String;
/// The WIT type `r`.
/// The host's `r` resource: handles are `Resource<R>`.
pub enum R {}
/// The WIT type `host-r`.
pub type HostR_ = u8;
/// The host's implementation of resource `r`.
#[allow(clippy::too_many_arguments)]
pub trait HostR {
    /// `[constructor]r`.
    fn new(&mut self) -> ::wicker::component::Resource<R>;
    /// `[method]r.get`.
    fn get(&mut self, self_: ::wicker::component::Resource<R>) -> Name5_;
    /// Drops the resource `rep`, whose last owned handle the guest dropped.
    fn drop(&mut self, rep: ::wicker::component::Resource<R>) -> ::wicker::Result<()>;
}
/// The host's implementation of the functions `name5` imports.
#[allow(clippy::too_many_arguments)]
pub trait Name5Imports {
    /// `get`.
    fn get(&mut self, p: Name5Pre_) -> Name5_;
}
/// The exports of an instance of world `name5`, ready to call.
pub struct Name5 {
    __f0: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Name5 {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Name5> {
        let instance = linker.instantiate(&mut store, component)?;
        Name5::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Name5> {
        let __f0 = instance
            .get_func(&mut store, "put")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("put"))?;
        __f0.typed::<(Name5_, Name5Imports_), ()>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Name5 { __f0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: HostR + Name5Imports + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.root();
        __inst
            .resource::<
                R,
            >(
                "r",
                move |mut __store, __rep| {
                    HostR::drop(
                        __get(__store.data_mut()),
                        ::wicker::component::Resource::new_own(__rep),
                    )
                },
            )?;
        __inst
            .func_wrap(
                "[constructor]r",
                move |mut __store, (): ()| {
                    let __r = HostR::new(__get(__store.data_mut()));
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        __inst
            .func_wrap(
                "[method]r.get",
                move |mut __store, (self_,): (::wicker::component::Resource<R>,)| {
                    let __r = HostR::get(__get(__store.data_mut()), self_);
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        __inst
            .func_wrap(
                "get",
                move |mut __store, (p,): (Name5Pre_,)| {
                    let __r = Name5Imports::get(__get(__store.data_mut()), p);
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        let _ = &mut __inst;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `put`.
    pub fn call_put<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
        n: &Name5_,
        i: &Name5Imports_,
    ) -> ::wicker::Result<()> {
        let __f = ::wicker::component::__internal::typed_func::<
            (&Name5_, &Name5Imports_),
            (),
        >(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), (n, i))?;
        {
            let () = __r;
            ::core::result::Result::Ok(())
        }
    }
}
/// `Name5` ready to instantiate quickly: the imports are resolved.
pub struct Name5Pre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> Name5Pre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Name5> {
        let instance = self.pre.instantiate(&mut store)?;
        Name5::new(store, &instance)
    }
}
