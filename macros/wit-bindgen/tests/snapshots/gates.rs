/// The exports of an instance of world `gates`, ready to call.
pub struct Gates {
    __f0: ::wicker::component::Func,
}
#[allow(non_snake_case, clippy::too_many_arguments)]
impl Gates {
    /// Instantiates `component` with `linker`'s definitions and finds its exports.
    pub fn instantiate<__T: 'static>(
        mut store: impl ::wicker::AsContextMut<Data = __T>,
        component: &::wicker::component::Component,
        linker: &::wicker::component::Linker<__T>,
    ) -> ::wicker::Result<Gates> {
        let instance = linker.instantiate(&mut store, component)?;
        Gates::new(store, &instance)
    }
    /// Finds and checks the exports of `instance`.
    pub fn new(
        mut store: impl ::wicker::AsContextMut,
        instance: &::wicker::component::Instance,
    ) -> ::wicker::Result<Gates> {
        let __f0 = instance
            .get_func(&mut store, "run")
            .ok_or_else(|| ::wicker::component::__internal::missing_export("run"))?;
        __f0.typed::<(), (u32,)>()?;
        let _ = (&mut store, instance);
        ::core::result::Result::Ok(Gates { __f0 })
    }
    /// Defines every import of the world in `linker`, implemented by the `__U` that `get`
    /// finds in the store's data.
    pub fn add_to_linker<__T: 'static, __U: fixtures::gates::api::Host + 'static>(
        linker: &mut ::wicker::component::Linker<__T>,
        get: fn(&mut __T) -> &mut __U,
    ) -> ::wicker::Result<()> {
        fixtures::gates::api::add_to_linker(linker, get)?;
        let _ = (linker, get);
        ::core::result::Result::Ok(())
    }
    /// Calls `run`.
    pub fn call_run<__T: 'static>(
        &self,
        mut __store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<u32> {
        let __f = ::wicker::component::__internal::typed_func::<(), (u32,)>(&self.__f0);
        let __r = __f.call(__store.as_context_mut(), ())?;
        ::core::result::Result::Ok(__r.0)
    }
}
/// `Gates` ready to instantiate quickly: the imports are resolved.
pub struct GatesPre<__T> {
    pre: ::wicker::component::InstancePre<__T>,
}
impl<__T: 'static> GatesPre<__T> {
    /// Wraps an `InstancePre` of a component of this world.
    pub fn new(pre: ::wicker::component::InstancePre<__T>) -> ::wicker::Result<Self> {
        ::core::result::Result::Ok(Self { pre })
    }
    /// Instantiates the component in `store` and finds its exports.
    pub fn instantiate(
        &self,
        mut store: impl ::wicker::AsContextMut<Data = __T>,
    ) -> ::wicker::Result<Gates> {
        let instance = self.pre.instantiate(&mut store)?;
        Gates::new(store, &instance)
    }
}
/// Generated bindings: `fixtures`.
#[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
pub mod fixtures {
    /// Generated bindings: `gates`.
    #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
    pub mod gates {
        /// Generated bindings: `api`.
        #[allow(dead_code, non_camel_case_types, non_snake_case, clippy::all)]
        pub mod api {
            /// The host's implementation of `fixtures:gates/api@0.2.0`.
            #[allow(clippy::too_many_arguments)]
            pub trait Host {
                /// `stable`.
                fn stable(&mut self) -> u32;
            }
            /// Defines `fixtures:gates/api@0.2.0` in `linker`, implemented by the `__U` that `get` finds in the
            /// store's data.
            pub fn add_to_linker<__T: 'static, __U: Host + 'static>(
                linker: &mut ::wicker::component::Linker<__T>,
                get: fn(&mut __T) -> &mut __U,
            ) -> ::wicker::Result<()> {
                let __get = get;
                let mut __inst = linker.instance("fixtures:gates/api@0.2.0")?;
                __inst
                    .func_wrap(
                        "stable",
                        move |mut __store, (): ()| {
                            let __r = Host::stable(__get(__store.data_mut()));
                            ::core::result::Result::Ok((__r,))
                        },
                    )?;
                let _ = (&mut __inst, __get);
                ::core::result::Result::Ok(())
            }
        }
    }
}
