/// The exports of an instance of world `several-names`, ready to call.
pub struct SeveralNames {
    __f0: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl SeveralNames {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<SeveralNames> {
        let instance = linker.instantiate(&mut store, component)?;
        SeveralNames::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<SeveralNames> {
        let __f0 = instance
            .get_func(&mut store, "check")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("check"))?;
        __f0.typed::<(), (bool,)>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(SeveralNames { __f0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<
        __T: 'static,
        __U: fixtures::several_names::store::Host + primary::Host + backup::Host
            + 'static,
    >(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::several_names::store::add_to_linker(linker, get)?;
        primary::add_to_linker(linker, get)?;
        backup::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `check`.
    pub fn call_check<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<bool> {
        let __f = ::wicker::component::__internal::typed_func::<(), (bool,)>(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), ())?;
        ::core::result::Result::Ok(__r.0)
    }
}
/// `SeveralNames` ready to instantiate quickly: the imports are resolved.
pub struct SeveralNamesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> SeveralNamesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<SeveralNames> {
        let instance = self.pre.instantiate(&mut store)?;
        SeveralNames::new(store, &instance)
    }
}
/// Generated bindings: `backup`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod backup {
    /// The WIT type `entry`.
    pub type Entry = super::fixtures::several_names::store::Entry;
    /// The host's implementation of ``.
    #[allow(clippy::too_many_arguments)]
    pub trait Host {
        /// `read`.
        fn read(&mut self, key: ::std::string::String) -> ::core::option::Option<Entry>;
    }
    /// Defines `backup` in `linker`, implemented by the `__U` that `get` finds in the
    /// store's data.
    pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.instance("backup")?;
        __inst
            .func_wrap(
                "read",
                move |mut __store, (key,): (::std::string::String,)| {
                    let __r = Host::read(__get(__store.data_mut()), key);
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        let _ = (&mut __inst, __get);
        ::core::result::Result::Ok(())
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `several_names`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod several_names {
        /// Generated bindings: `store`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod store {
            /// The WIT type `entry`.
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
            pub struct Entry {
                /// The `key` field.
                #[component(name = "key")]
                pub key: ::std::string::String,
                /// The `value` field.
                #[component(name = "value")]
                pub value: u64,
            }
            /// The host's implementation of `fixtures:several-names/store`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `get`.
                fn get(
                    &mut self,
                    key: ::std::string::String,
                ) -> ::core::option::Option<Entry>;
            }
            /// Defines `fixtures:several-names/store` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:several-names/store")?;
                __inst
                    .func_wrap(
                        "get",
                        move |mut __store, (key,): (::std::string::String,)| {
                            let __r = Host::get(__get(__store.data_mut()), key);
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
/// Generated bindings: `primary`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod primary {
    /// The WIT type `entry`.
    pub type Entry = super::fixtures::several_names::store::Entry;
    /// The host's implementation of ``.
    #[allow(clippy::too_many_arguments)]
    pub trait Host {
        /// `read`.
        fn read(&mut self, key: ::std::string::String) -> ::core::option::Option<Entry>;
    }
    /// Defines `primary` in `linker`, implemented by the `__U` that `get` finds in the
    /// store's data.
    pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        let __get = get;
        let mut __inst = linker.instance("primary")?;
        __inst
            .func_wrap(
                "read",
                move |mut __store, (key,): (::std::string::String,)| {
                    let __r = Host::read(__get(__store.data_mut()), key);
                    ::core::result::Result::Ok((__r,))
                },
            )?;
        let _ = (&mut __inst, __get);
        ::core::result::Result::Ok(())
    }
}
